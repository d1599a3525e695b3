package io.jdash.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The body of {@code _dash-dependencies}: one object per callback with every field dash-renderer 3.4 reads
 * ({@code dash/_callback.py} {@code insert_callback}; the {@code hidden} default from {@code dash/dash.py}), and
 * {@code clientside_function} set for the callbacks the browser runs; background callbacks add their fields and
 * hidden cancel callbacks ({@link BackgroundJobs#declare}).
 */
public final class Dependencies {
    private Dependencies() {}

    /** The JSON bytes for {@code callbacks}, written once at start. */
    public static byte[] json(List<CallbackSpec> callbacks, BackgroundJobs background) {
        ArrayNode deps = Http.JSON.createArrayNode();
        for (CallbackSpec s : callbacks) {
            ObjectNode d = deps.addObject();
            d.put("output", s.outputKey());
            ArrayNode inputs = d.putArray("inputs");
            s.inputs().forEach(i -> dependency(inputs, i));
            ArrayNode state = d.putArray("state");
            s.state().forEach(i -> dependency(state, i));
            if (s.clientside()) {
                d.putObject("clientside_function")
                        .put("namespace", s.namespace())
                        .put("function_name", s.function());
            } else {
                d.putNull("clientside_function");
            }
            d.put("prevent_initial_call", s.preventInitialCall())
                    .putNull("background")
                    .put("dynamic_creator", false)
                    .put("no_output", s.outputs().isEmpty())
                    .put("optional", false)
                    .put("hidden", false)
                    .put("websocket", false)
                    .put("persistent", false);
        }
        background.declare(deps);
        try {
            return Http.JSON.writeValueAsBytes(deps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    private static void dependency(ArrayNode into, String text) {
        String[] parts = CallbackSpec.split(text);
        into.addObject().put("id", parts[0]).put("property", parts[1]);
    }
}
