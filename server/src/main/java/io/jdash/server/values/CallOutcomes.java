package io.jdash.server.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls a callback on the JVM with the server's value mapping and describes what happened in the words the browser
 * runtime's test environment uses for the same call: {@code {"value": v}}, {@code {"preventUpdate": true}} or
 * {@code {"error": message, "name": "TypeError"|"Error"}}, plus {@code "setProps"} when the callback called it.
 * This is the JVM half of every differential comparison (jdash's own suite and {@code jdash:verify}).
 */
public final class CallOutcomes {
    private CallOutcomes() {}

    /**
     * Whether the text of an exception is not part of Java's contract: the JVM's own messages for
     * {@code NullPointerException} ("helpful" messages naming local variables) and {@code ClassCastException}
     * (naming modules and class loaders), and any exception thrown inside the JDK, whose wording changes between
     * JDK versions. For these a comparison looks at the exception class, not the text.
     */
    public static boolean messageUnspecified(Throwable t) {
        if (t == null) {
            return false;
        }
        if (t instanceof NullPointerException || t instanceof ClassCastException) {
            return true;
        }
        StackTraceElement[] stack = t.getStackTrace();
        if (stack.length == 0) {
            return false;
        }
        String top = stack[0].getClassName();
        return top.startsWith("java.") || top.startsWith("javax.") || top.startsWith("jdk.") || top.startsWith("sun.");
    }

    /** Calls {@code invoker} with {@code args} (a JSON array) and {@code context} (or null) and describes it. */
    public static ObjectNode run(CallbackInvoker invoker, JsonNode args, JsonNode context) {
        JsonCallbackContext ctx = JsonCallbackContext.of(context);
        List<JsonNode> list = new ArrayList<>();
        if (args != null) {
            args.forEach(list::add);
        }
        CallbackInvoker.Outcome outcome = invoker.invoke(list, ctx);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        switch (outcome.kind()) {
            case VALUE -> o.set("value", outcome.value());
            case PREVENT_UPDATE -> o.put("preventUpdate", true);
            case BAD_ARGUMENT -> o.put("error", outcome.message()).put("name", "TypeError");
            case ERROR -> {
                o.put("error", outcome.message()).put("name", "Error");
                if (messageUnspecified(outcome.cause())) {
                    o.put("messageUnspecified", true);
                }
            }
            default -> throw new IllegalStateException("unknown outcome " + outcome.kind());
        }
        if (!ctx.setPropsCalls().isEmpty()) {
            var calls = o.putArray("setProps");
            for (JsonCallbackContext.SetProps s : ctx.setPropsCalls()) {
                calls.addObject().put("id", s.id()).set("props", s.props());
            }
        }
        return o;
    }

    /** As {@link #run(CallbackInvoker, JsonNode, JsonNode)} for a method declaring {@code outputs} outputs. */
    public static ObjectNode run(Method method, int outputs, JsonNode args, JsonNode context) {
        return run(new CallbackInvoker(method, outputs), args, context);
    }
}
