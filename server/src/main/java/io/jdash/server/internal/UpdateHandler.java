package io.jdash.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.server.values.CallbackInvoker;
import io.jdash.server.values.JsonCallbackContext;
import io.jdash.server.values.NoUpdateNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers a validated {@code _dash-update-component} request: turns it into arguments and a callback context, runs
 * the callback on this thread, and writes Dash's answer (200 with {@code multi} and {@code sideUpdate}, 204 for
 * PreventUpdate or all-{@code no_update}, 400 naming the component and property of an argument of the wrong type,
 * 500 naming the callback and an error id when it fails). Stateless.
 */
public final class UpdateHandler {
    private UpdateHandler() {
    }

    /** Runs the callback of {@code request} and answers; {@code debug} puts failure messages in the answer. */
    public static void handle(UpdateRequest request, boolean debug, HttpServletResponse resp) throws IOException {
        CallbackSpec spec = request.callback();
        List<JsonNode> args = arguments(request);
        JsonCallbackContext ctx = spec.invoker().takesContext() ? context(request) : JsonCallbackContext.of(null);
        CallbackInvoker.Outcome outcome = spec.invoker().invoke(args, ctx);
        switch (outcome.kind()) {
            case PREVENT_UPDATE -> resp.setStatus(204);
            case BAD_ARGUMENT -> Http.error(resp, 400, BadArgument.of(request, outcome.mismatch()).message());
            case ERROR -> Http.error(resp, 500, new CallbackFailure(spec.displayName(), outcome.message(),
                    outcome.cause()).logAndDescribe(debug));
            case VALUE -> respond(request, outcome.value(), ctx.setPropsCalls(), debug, resp);
            default -> throw new IllegalStateException(outcome.kind().toString());
        }
    }

    /** The callback's arguments in a request: the input values, then the state values. */
    public static List<JsonNode> arguments(UpdateRequest request) {
        List<JsonNode> args = new ArrayList<>(request.inputs().size() + request.state().size());
        request.inputs().forEach(d -> args.add(argument(d)));
        request.state().forEach(d -> args.add(argument(d)));
        return args;
    }

    private static JsonNode argument(UpdateRequest.Dependency d) {
        if (!d.many()) {
            return d.props().get(0).value();
        }
        ArrayNode values = Http.JSON.createArrayNode();
        for (UpdateRequest.Prop p : d.props()) {
            values.add(p.value() != null ? p.value() : Http.JSON.nullNode());
        }
        return values;
    }

    /** Dash's {@code callback_context}, built only for callbacks that ask for it. */
    private static JsonCallbackContext context(UpdateRequest request) {
        return JsonCallbackContext.of(contextJson(request));
    }

    /** The fields of Dash's {@code callback_context} for a request, as JSON (what a background job carries). */
    public static ObjectNode contextJson(UpdateRequest request) {
        ObjectNode context = Http.JSON.createObjectNode();
        ArrayNode triggered = context.putArray("triggered");
        request.changedPropIds().forEach(id -> triggered.addObject().put("prop_id", id));
        byId(request.inputs(), context.putObject("inputs"));
        byId(request.state(), context.putObject("states"));
        return context;
    }

    private static void byId(List<UpdateRequest.Dependency> dependencies, ObjectNode into) {
        for (UpdateRequest.Dependency d : dependencies) {
            for (UpdateRequest.Prop p : d.props()) {
                into.set(p.key(), p.value() == null ? Http.JSON.nullNode() : p.value());
            }
        }
    }

    /**
     * Answers the value a callback returned, with {@code sideUpdates} (its set_props calls, in order): 200 with
     * {@code multi}, {@code response} and {@code sideUpdate}, 204 when nothing changes, 500 naming the callback and
     * an error id when the value does not fit the outputs ({@code debug}: with the message).
     */
    public static void respond(UpdateRequest request, JsonNode value, List<JsonCallbackContext.SetProps> sideUpdates,
            boolean debug, HttpServletResponse resp) throws IOException {
        CallbackSpec spec = request.callback();
        ObjectNode response = Http.JSON.createObjectNode();
        List<JsonNode> values = new ArrayList<>();
        if (spec.outputs().size() == 1) {
            values.add(value);
        } else if (value != null && value.isArray()) {
            value.forEach(values::add);
        }
        boolean any = false;
        for (int i = 0; i < values.size() && i < request.outputs().size(); i++) {
            UpdateRequest.Dependency target = request.outputs().get(i);
            JsonNode v = values.get(i);
            if (NoUpdateNode.is(v)) {
                continue;
            }
            if (target.many()) {
                if (v == null || !v.isArray() || v.size() != target.props().size()) {
                    String message = "jdash: " + spec.displayName() + " returned " + describe(v) + " for the ALL"
                            + " output " + target.declared() + ", but " + target.props().size() + " component(s)"
                            + " match: return a list with one value per component";
                    Http.error(resp, 500, new CallbackFailure(spec.displayName(), message, null)
                            .logAndDescribe(debug));
                    return;
                }
                for (int j = 0; j < v.size(); j++) {
                    any |= put(response, target.props().get(j), v.get(j));
                }
            } else {
                any |= put(response, target.props().get(0), v);
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

    private static boolean put(ObjectNode response, UpdateRequest.Prop target, JsonNode value) {
        if (NoUpdateNode.is(value)) {
            return false;
        }
        String prop = target.property();
        int at = prop.indexOf('@');
        response.with(stringifyId(target.id())).set(at >= 0 ? prop.substring(0, at) : prop, value);
        return true;
    }

    private static String describe(JsonNode v) {
        return v == null || v.isNull() ? "null" : v.isArray() ? "a list of " + v.size() : "a " + v.getNodeType()
                .toString().toLowerCase(Locale.ROOT);
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
