package io.jdash.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.api.CallbackContext;
import io.jdash.server.values.CallbackInvoker;
import io.jdash.server.values.JsonCallbackContext;
import io.jdash.server.values.ValueMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers {@code _dash-update-component}: turns the renderer's request into arguments and a callback context, runs
 * the callback on this thread, and writes Dash's answer (200 with {@code multi} and {@code sideUpdate}, 204 for
 * PreventUpdate or all-{@code no_update}, 400 for an argument of the wrong type, 500 naming the callback when it
 * throws). Stateless.
 */
public final class UpdateHandler {
    private static final System.Logger LOG = System.getLogger("io.jdash.server");

    private UpdateHandler() {
    }

    /** Runs {@code spec} for {@code request} and answers. */
    public static void handle(CallbackSpec spec, JsonNode request, HttpServletResponse resp) throws IOException {
        if (spec.invoker() == null) {
            Http.error(resp, 400, spec.displayName() + " runs in the browser only");
            return;
        }
        List<JsonNode> args = arguments(request);
        JsonCallbackContext ctx = spec.invoker().takesContext() ? context(request) : JsonCallbackContext.of(null);
        CallbackInvoker.Outcome outcome = spec.invoker().invoke(args, ctx);
        switch (outcome.kind()) {
            case PREVENT_UPDATE -> resp.setStatus(204);
            case BAD_ARGUMENT -> Http.error(resp, 400, badArgument(spec, outcome, labels(request)));
            case ERROR -> {
                LOG.log(System.Logger.Level.WARNING, outcome.message(), outcome.cause());
                Http.error(resp, 500, outcome.message());
            }
            case VALUE -> respond(spec, request, outcome.value(), ctx, resp);
            default -> throw new IllegalStateException(outcome.kind().toString());
        }
    }

    /** The callback's arguments in a request: the input values, then the state values. */
    public static List<JsonNode> arguments(JsonNode request) {
        List<JsonNode> args = new ArrayList<>();
        collect(request.path("inputs"), args);
        collect(request.path("state"), args);
        return args;
    }

    private static void collect(JsonNode entries, List<JsonNode> args) {
        for (JsonNode e : entries) {
            if (e.isArray()) {
                ArrayNode values = Http.JSON.createArrayNode();
                for (JsonNode item : e) {
                    values.add(item.has("value") ? item.get("value") : Http.JSON.nullNode());
                }
                args.add(values);
            } else {
                args.add(e.get("value"));
            }
        }
    }

    /** Dash's {@code callback_context} for a request, built only for callbacks that ask for it. */
    public static JsonCallbackContext context(JsonNode request) {
        return JsonCallbackContext.of(contextJson(request));
    }

    /** The fields of Dash's {@code callback_context} for a request, as JSON (what a background job carries). */
    public static ObjectNode contextJson(JsonNode request) {
        ObjectNode context = Http.JSON.createObjectNode();
        ArrayNode triggered = context.putArray("triggered");
        request.path("changedPropIds").forEach(id -> triggered.addObject().put("prop_id", id.asText()));
        byId(request.path("inputs"), context.putObject("inputs"));
        byId(request.path("state"), context.putObject("states"));
        return context;
    }

    private static void byId(JsonNode entries, ObjectNode into) {
        for (JsonNode e : entries) {
            for (JsonNode item : e.isArray() ? e : List.of(e)) {
                JsonNode value = item.get("value");
                into.set(stringifyId(item.get("id")) + "." + item.path("property").asText(),
                        value == null ? Http.JSON.nullNode() : value);
            }
        }
    }

    /** What each argument is, for error messages: {@code input btn.n_clicks}. */
    private static List<String> labels(JsonNode request) {
        List<String> labels = new ArrayList<>();
        for (String kind : List.of("input", "state")) {
            for (JsonNode e : request.path(kind.equals("input") ? "inputs" : "state")) {
                labels.add(e.isArray() ? kind + " (pattern-matching)"
                        : kind + " " + stringifyId(e.get("id")) + "." + e.path("property").asText());
            }
        }
        return labels;
    }

    private static String badArgument(CallbackSpec spec, CallbackInvoker.Outcome outcome, List<String> labels) {
        String message = outcome.message();
        int quote = message.indexOf("parameter '");
        if (quote >= 0) {
            String name = message.substring(quote + 11, message.indexOf('\'', quote + 11));
            Parameter[] params = spec.method().getParameters();
            int offset = params.length > 0 && params[0].getType() == CallbackContext.class ? 1 : 0;
            for (int i = offset; i < params.length; i++) {
                String p = params[i].getName();
                if ((name.equals(p) || name.startsWith(p + "[") || name.startsWith(p + "."))
                        && i - offset < labels.size()) {
                    return message + " (" + labels.get(i - offset) + ")";
                }
            }
        }
        return message;
    }

    private static void respond(CallbackSpec spec, JsonNode request, JsonNode value, JsonCallbackContext ctx,
            HttpServletResponse resp) throws IOException {
        respond(spec, request, value, ctx.setPropsCalls(), resp);
    }

    /**
     * Answers the value a callback returned, with {@code sideUpdates} (its set_props calls, in order): 200 with
     * {@code multi}, {@code response} and {@code sideUpdate}, or 204 when nothing changes.
     */
    public static void respond(CallbackSpec spec, JsonNode request, JsonNode value,
            List<JsonCallbackContext.SetProps> sideUpdates, HttpServletResponse resp) throws IOException {
        ObjectNode response = Http.JSON.createObjectNode();
        List<JsonNode> targets = new ArrayList<>();
        JsonNode declared = request.path("outputs");
        if (spec.outputs().size() == 1 || !declared.isArray()) {
            targets.add(declared);
        } else {
            declared.forEach(targets::add);
        }
        List<JsonNode> values = new ArrayList<>();
        if (spec.outputs().size() == 1) {
            values.add(value);
        } else if (value != null && value.isArray()) {
            value.forEach(values::add);
        }
        boolean any = false;
        for (int i = 0; i < values.size() && i < targets.size() && !spec.outputs().isEmpty(); i++) {
            JsonNode target = targets.get(i);
            JsonNode v = values.get(i);
            if (isNoUpdate(v)) {
                continue;
            }
            if (spec.isAllOutput(i) || target.isArray()) {
                if (v == null || !v.isArray() || v.size() != target.size()) {
                    String message = "jdash: " + spec.displayName() + " returned " + describe(v) + " for the ALL"
                            + " output " + CallbackSpec.plainOutput(spec.outputs().get(i)) + ", but "
                            + target.size() + " component(s) match: return a list with one value per component";
                    LOG.log(System.Logger.Level.WARNING, message);
                    Http.error(resp, 500, message);
                    return;
                }
                for (int j = 0; j < target.size(); j++) {
                    any |= put(response, target.get(j), v.get(j));
                }
            } else {
                any |= put(response, target, v);
            }
        }
        ObjectNode body = Http.JSON.createObjectNode().put("multi", true);
        body.set("response", response);
        if (!sideUpdates.isEmpty()) {
            ObjectNode side = body.putObject("sideUpdate");
            for (JsonCallbackContext.SetProps s : sideUpdates) {
                ObjectNode target = side.with(s.id());
                s.props().fields().forEachRemaining(f -> target.set(f.getKey(), f.getValue()));
            }
            any = true;
        }
        if (!any) {
            resp.setStatus(204);
            return;
        }
        Http.json(resp, 200, body);
    }

    private static boolean put(ObjectNode response, JsonNode target, JsonNode value) {
        if (isNoUpdate(value)) {
            return false;
        }
        String prop = target.path("property").asText();
        int at = prop.indexOf('@');
        response.with(stringifyId(target.get("id"))).set(at >= 0 ? prop.substring(0, at) : prop, value);
        return true;
    }

    private static String describe(JsonNode v) {
        return v == null || v.isNull() ? "null" : v.isArray() ? "a list of " + v.size() : "a " + v.getNodeType()
                .toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isNoUpdate(JsonNode v) {
        return v != null && v.isObject() && ValueMapper.NO_UPDATE_MARKER.equals(v.path("$jdash").asText(null));
    }

    /** A component id as Dash stringifies it: the string itself, or sorted-key JSON without spaces. */
    public static String stringifyId(JsonNode id) {
        if (id == null || id.isNull()) {
            return "";
        }
        if (id.isTextual()) {
            return id.asText();
        }
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = id.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sorted.put(e.getKey(), e.getValue());
        }
        try {
            return Http.JSON.writeValueAsString(sorted);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
