package io.jdash.compiler.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.jdash.server.values.CallOutcomes;
import java.lang.reflect.Method;

/** Runs the same calls on the JVM, in this JVM, with the code jdash:verify's JVM side runs (jdash-server's). */
public final class JvmHarness {
    private JvmHarness() {}

    /** Calls {@code method} (declaring {@code outputs} outputs) and describes the outcome as dash-env.cjs does. */
    public static JsonNode run(Method method, int outputs, JsonNode args, JsonNode context) {
        return CallOutcomes.run(method, outputs, args, context);
    }
}
