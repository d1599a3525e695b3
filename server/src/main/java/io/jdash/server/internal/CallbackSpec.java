package io.jdash.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jdash.api.Callback;
import io.jdash.server.cache.CacheKeys;
import io.jdash.server.values.CallbackInvoker;
import java.lang.reflect.Method;
import java.util.List;

/**
 * One callback as the server knows it.
 *
 * @param method the Java method, or null for a callback written in JavaScript
 * @param outputs {@code "<id>.<prop>"} strings, as declared (with any {@code @allow_duplicate} suffix)
 * @param inputs the inputs
 * @param state the state
 * @param preventInitialCall as declared
 * @param namespace the dash_clientside namespace when it runs in the browser, else null
 * @param function the function name when it runs in the browser, else null
 * @param invoker calls it on the server, or null when only the browser can run it
 */
public record CallbackSpec(Method method, List<String> outputs, List<String> inputs, List<String> state,
        boolean preventInitialCall, String namespace, String function, CallbackInvoker invoker) {

    /** Whether the browser runs it. */
    public boolean clientside() {
        return function != null;
    }

    /** The name people know it by: {@code Class#method} or {@code namespace.function}. */
    public String displayName() {
        return method != null ? method.getDeclaringClass().getSimpleName() + "." + method.getName()
                : namespace + "." + function;
    }

    /**
     * Dash's output key: {@code "id.prop"}, or {@code "..a.x...b.y.."} for several outputs. An
     * {@code @allow_duplicate} output gets Dash's {@code @<hash>} suffix, unique to this callback.
     */
    public String outputKey() {
        String identity = method != null ? methodKey(method) : namespace + "." + function;
        if (outputs.isEmpty()) {
            return identity + "@no-output";
        }
        List<String> keys = outputs.stream().map(o -> o.endsWith(Callback.ALLOW_DUPLICATE)
                ? plainOutput(o) + "@" + CacheKeys.sha256(identity) : o).toList();
        return keys.size() == 1 ? keys.get(0) : ".." + String.join("...", keys) + "..";
    }

    /** The output as Dash matches it, without any {@code @allow_duplicate} suffix. */
    public static String plainOutput(String output) {
        return output.endsWith(Callback.ALLOW_DUPLICATE)
                ? output.substring(0, output.length() - Callback.ALLOW_DUPLICATE.length()) : output;
    }

    /** Whether output {@code index} is an {@code ALL} pattern (its value is a list, one per matching component). */
    public boolean isAllOutput(int index) {
        String[] parts = split(plainOutput(outputs.get(index)));
        if (!parts[0].startsWith("{")) {
            return false;
        }
        try {
            for (JsonNode value : Http.JSON.readTree(parts[0])) {
                if (value.isArray() && value.size() == 1 && "ALL".equals(value.get(0).asText())) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The method's identity, as the jdash manifest writes it. */
    public static String methodKey(Method m) {
        StringBuilder sb = new StringBuilder(m.getDeclaringClass().getName()).append('#').append(m.getName())
                .append('(');
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            sb.append(i > 0 ? "," : "").append(types[i].getTypeName());
        }
        return sb.append(')').toString();
    }

    /** Splits {@code "id.prop"} (JSON ids end at the last dot) into id and property. */
    public static String[] split(String dependency) {
        int dot = dependency.startsWith("{") ? dependency.lastIndexOf('.') : dependency.indexOf('.');
        return new String[] {dependency.substring(0, dot), dependency.substring(dot + 1)};
    }
}
