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
 * 500 naming the callback and an error id when it fails; in debug the failures are pages for Dash's error popup).
 * With a {@link ServerTiming} the answer carries its {@code Server-Timing} header. Stateless.
 */
public final class UpdateHandler {
    private UpdateHandler() {}

    /**
     * Runs the callback of {@code request} and answers; {@code debug} answers failures with {@link DebugErrorPage}s,
     * {@code timing} (null for none) measures the call and the answer for the {@code Server-Timing} header.
     */
    public static void handle(UpdateRequest request, boolean debug, ServerTiming timing, HttpServletResponse resp)
            throws IOException {
        CallbackSpec spec = request.callback();
        long start = timing != null ? System.nanoTime() : 0;
        List<JsonNode> args = arguments(request);
        JsonCallbackContext ctx = spec.invoker().takesContext() ? context(request) : JsonCallbackContext.of(null);
        CallbackInvoker.Outcome outcome = timing != null && spec.invoker() instanceof MemoizedInvoker memo
                ? memo.invoke(args, ctx, timing)
                : spec.invoker().invoke(args, ctx);
        if (timing != null) {
            timing.server(System.nanoTime() - start);
        }
        switch (outcome.kind()) {
            case PREVENT_UPDATE -> Http.noContent(resp, timing);
            case BAD_ARGUMENT -> badArgument(BadArgument.of(request, outcome.mismatch()), debug, resp);
            case ERROR ->
                new CallbackFailure(spec.displayName(), outcome.message(), outcome.cause()).answer(resp, debug);
            case VALUE -> respond(request, outcome.value(), ctx.setPropsCalls(), debug, timing, resp);
            default -> throw new IllegalStateException(outcome.kind().toString());
        }
    }

    /**
     * Answers an argument of the wrong type: 400 with the message naming the component and property. In debug 422
     * with a {@link DebugErrorPage}: dash-renderer reads the body of every 400 itself (to look for an expired
     * token, {@code src/actions/callbacks.ts}, {@code executeCallback}) and then hands the same, used-up response
     * to its error popup ({@code handleAsyncError} in {@code src/actions/index.js}), which fails and shows nothing.
     */
    public static void badArgument(BadArgument bad, boolean debug, HttpServletResponse resp) throws IOException {
        if (debug) {
            Http.html(resp, 422, DebugErrorPage.badArgument(bad));
        } else {
            Http.error(resp, 400, bad.message());
        }
    }

    /** The callback's arguments in a request: the input values, then the state values. */
    public static List<JsonNode> arguments(UpdateRequest request) {
        List<JsonNode> args =
                new ArrayList<>(request.inputs().size() + request.state().size());
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
    public static void respond(
            UpdateRequest request,
            JsonNode value,
            List<JsonCallbackContext.SetProps> sideUpdates,
            boolean debug,
            HttpServletResponse resp)
            throws IOException {
        respond(request, value, sideUpdates, debug, null, resp);
    }

    /** As {@link #respond(UpdateRequest, JsonNode, List, boolean, HttpServletResponse)}, with {@code timing}. */
    public static void respond(
            UpdateRequest request,
            JsonNode value,
            List<JsonCallbackContext.SetProps> sideUpdates,
            boolean debug,
            ServerTiming timing,
            HttpServletResponse resp)
            throws IOException {
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
                            + " output " + target.declared() + ", but "
                            + target.props().size() + " component(s)"
                            + " match: return a list with one value per component";
                    new CallbackFailure(spec.displayName(), message, null).answer(resp, debug);
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
            Http.noContent(resp, timing);
            return;
        }
        Http.json(resp, 200, body, timing);
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
        if (v instanceof RawJsonNode raw) {
            return raw.describe();
        }
        return v == null || v.isNull()
                ? "null"
                : v.isArray()
                        ? "a list of " + v.size()
                        : v.isObject()
                                ? "an object"
                                : "a " + v.getNodeType().toString().toLowerCase(Locale.ROOT);
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
