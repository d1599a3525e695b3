package io.jdash.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jdash.contract.Dependency;
import io.jdash.contract.MethodKey;
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
public record CallbackSpec(
        Method method,
        List<String> outputs,
        List<String> inputs,
        List<String> state,
        boolean preventInitialCall,
        String namespace,
        String function,
        CallbackInvoker invoker) {

    /** Whether the browser runs it. */
    public boolean clientside() {
        return function != null;
    }

    /** The name people know it by: {@code Class#method} or {@code namespace.function}. */
    public String displayName() {
        return method != null
                ? method.getDeclaringClass().getSimpleName() + "." + method.getName()
                : namespace + "." + function;
    }

    /**
     * Dash's output key: {@code "id.prop"}, or {@code "..a.x...b.y.."} for several outputs. An
     * {@code @allow_duplicate} output gets Dash's {@code @<hash>} suffix, unique to this callback.
     */
    public String outputKey() {
        String identity = method != null ? MethodKey.of(method) : namespace + "." + function;
        if (outputs.isEmpty()) {
            return identity + "@no-output";
        }
        List<String> keys = outputs.stream()
                .map(o -> Dependency.allowsDuplicate(o) ? plainOutput(o) + "@" + CacheKeys.sha256(identity) : o)
                .toList();
        return keys.size() == 1 ? keys.get(0) : ".." + String.join("...", keys) + "..";
    }

    /** The output as Dash matches it, without any {@code @allow_duplicate} suffix. */
    public static String plainOutput(String output) {
        return Dependency.withoutAllowDuplicate(output);
    }

    /** Whether output {@code index} is an {@code ALL} pattern (its value is a list, one per matching component). */
    public boolean isAllOutput(int index) {
        Dependency output = Dependency.parse(plainOutput(outputs.get(index)));
        if (!output.isPattern()) {
            return false;
        }
        try {
            for (JsonNode value : Http.JSON.readTree(output.id())) {
                if (value.isArray()
                        && value.size() == 1
                        && "ALL".equals(value.get(0).asText())) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Splits {@code "id.prop"} into id and property, as {@link Dependency#parse} does (the app's dependencies
     * were checked with it when the callbacks were loaded).
     */
    public static String[] split(String dependency) {
        Dependency d = Dependency.parse(dependency);
        return new String[] {d.id(), d.property()};
    }
}
