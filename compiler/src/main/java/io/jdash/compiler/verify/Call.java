package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;

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
public record Call(String method, int outputs, String namespace, String function, JsonNode args,
        JsonNode context) {
}
