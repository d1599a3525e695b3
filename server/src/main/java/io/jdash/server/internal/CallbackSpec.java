package io.jdash.server.internal;

import io.jdash.server.values.CallbackInvoker;
import java.lang.reflect.Method;
import java.util.List;

/**
 * One callback as the server knows it.
 *
 * @param method the Java method
 * @param outputs {@code "<id>.<prop>"} strings
 * @param inputs the inputs
 * @param state the state
 * @param preventInitialCall as declared
 * @param namespace the dash_clientside namespace when it runs in the browser, else null
 * @param function the function name when it runs in the browser, else null
 * @param invoker calls it on the server
 */
public record CallbackSpec(Method method, List<String> outputs, List<String> inputs, List<String> state,
        boolean preventInitialCall, String namespace, String function, CallbackInvoker invoker) {

    /** Whether the browser runs it. */
    public boolean clientside() {
        return function != null;
    }

    /** Dash's output key: {@code "id.prop"}, or {@code "..a.x...b.y.."} for several outputs. */
    public String outputKey() {
        if (outputs.isEmpty()) {
            return method.getDeclaringClass().getName() + "#" + method.getName() + "@no-output";
        }
        return outputs.size() == 1 ? outputs.get(0) : ".." + String.join("...", outputs) + "..";
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
