package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One call of a callback, the same for both sides.
 *
 * @param method the manifest's method key, e.g. {@code com.example.A#b(java.lang.String)} (the JVM side)
 * @param outputs how many outputs the callback declares
 * @param namespace the {@code dash_clientside} namespace (the browser side)
 * @param function the bundle's function name (the browser side)
 * @param args the arguments as Dash sends them: inputs then states
 * @param context the {@code callback_context} ({@code triggered}, {@code inputs}, {@code states}), or null
 */
public record Call(String method, int outputs, String namespace, String function, JsonNode args, JsonNode context) {

    /** The call as one side's driver reads it: by function for the browser, by method for the JVM. */
    ObjectNode json(boolean browser) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (browser) {
            // as text, parsed once in the page's realm: a JSON round trip in JavaScript would turn -0 into 0
            o.put("namespace", namespace).put("function", function).put("argsJson", args.toString());
            if (context != null) {
                o.put("contextJson", context.toString());
            }
            return o;
        }
        o.put("method", method).put("outputs", outputs).set("args", args);
        if (context != null) {
            o.set("context", context);
        }
        return o;
    }
}
