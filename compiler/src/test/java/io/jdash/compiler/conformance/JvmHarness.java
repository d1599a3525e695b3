package io.jdash.compiler.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.server.values.CallbackInvoker;
import io.jdash.server.values.JsonCallbackContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Runs the same calls on the JVM, by reflection with the server's value mapping, as dash-env.cjs outcomes. */
public final class JvmHarness {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JvmHarness() {
    }

    /**
     * Whether the text of an exception is not part of Java's contract: the JVM's own messages for
     * {@code NullPointerException} ("helpful" messages naming local variables) and {@code ClassCastException}
     * (naming modules and class loaders), and any exception thrown inside the JDK, whose wording changes between
     * JDK versions. For these the suite compares the exception class, not the text.
     */
    static boolean messageUnspecified(Throwable t) {
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
        return top.startsWith("java.") || top.startsWith("javax.") || top.startsWith("jdk.")
                || top.startsWith("sun.");
    }

    /** Calls {@code method} (declaring {@code outputs} outputs) and describes the outcome as dash-env.cjs does. */
    public static JsonNode run(Method method, int outputs, JsonNode args, JsonNode context) {
        CallbackInvoker invoker = new CallbackInvoker(method, outputs);
        JsonCallbackContext ctx = JsonCallbackContext.of(context);
        List<JsonNode> list = new ArrayList<>();
        args.forEach(list::add);
        CallbackInvoker.Outcome outcome = invoker.invoke(list, ctx);
        ObjectNode o = JSON.createObjectNode();
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
            default -> throw new IllegalStateException();
        }
        if (!ctx.setPropsCalls().isEmpty()) {
            var calls = o.putArray("setProps");
            for (JsonCallbackContext.SetProps s : ctx.setPropsCalls()) {
                calls.addObject().put("id", s.id()).set("props", s.props());
            }
        }
        return o;
    }
}
