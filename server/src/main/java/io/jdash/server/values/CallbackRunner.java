package io.jdash.server.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The JVM side of {@code jdash:verify}, run in a JVM of its own on the application's class path: calls callbacks
 * with the server's value mapping and prints one outcome per call (see {@link CallOutcomes}), one JSON object per
 * line, as soon as it is known, so a caller can tell which call was running if this process dies.
 *
 * <pre>java -cp &lt;app class path&gt; io.jdash.server.values.CallbackRunner calls.json timeoutMillis</pre>
 *
 * <p>{@code calls.json} is an array of {@code {"method": "com.example.A#b(java.lang.String)", "outputs": 1,
 * "args": [...], "context": {...}}}. A call that runs longer than the time limit is answered
 * {@code {"timeout": true}}; the remaining calls of that method are answered {@code {"skipped": true}} because
 * the stuck call may still hold the processor. What callbacks print goes to standard error.
 */
public final class CallbackRunner {
    private CallbackRunner() {}

    /** Entry point; exits with 2 on bad arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CallbackRunner <calls.json> <timeoutMillis>");
            System.exit(2);
        }
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        // ASCII only: a lone surrogate in a result must arrive as \\uXXXX, which no UTF-8 byte sequence can carry
        ObjectMapper json = new ObjectMapper();
        json.getFactory()
                .configure(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature(), true);
        JsonNode calls = json.readTree(new File(args[0]));
        long timeout = Long.parseLong(args[1]);
        Map<String, CallbackInvoker> invokers = new HashMap<>();
        Set<String> stuck = new HashSet<>();
        ExecutorService worker = newWorker();
        for (JsonNode call : calls) {
            String key = call.path("method").asText();
            ObjectNode outcome;
            if (stuck.contains(key)) {
                outcome = JsonNodeFactory.instance.objectNode().put("skipped", true);
            } else {
                CallbackInvoker invoker = invokers.computeIfAbsent(
                        key,
                        k -> new CallbackInvoker(
                                resolve(k), call.path("outputs").asInt(1)));
                JsonNode context = call.get("context");
                Future<ObjectNode> result = worker.submit(() -> CallOutcomes.run(
                        invoker, call.get("args"), context == null || context.isNull() ? null : context));
                try {
                    outcome = result.get(timeout, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    result.cancel(true);
                    stuck.add(key);
                    worker.shutdownNow();
                    worker = newWorker();
                    outcome = JsonNodeFactory.instance.objectNode().put("timeout", true);
                } catch (ExecutionException e) {
                    Throwable t = e.getCause();
                    outcome = JsonNodeFactory.instance
                            .objectNode()
                            .put("crash", t.getClass().getName() + ": " + t.getMessage());
                }
            }
            out.println(json.writeValueAsString(outcome));
        }
        out.flush();
        System.exit(0); // a stuck callback thread must not keep this JVM alive
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jdash-verify-call");
            t.setDaemon(true);
            return t;
        });
    }

    /** The method for a manifest key such as {@code com.example.A#b(java.lang.Integer,java.util.List)}. */
    static Method resolve(String key) {
        int hash = key.indexOf('#');
        int open = key.indexOf('(', hash);
        if (hash < 0 || open < 0 || !key.endsWith(")")) {
            throw new IllegalArgumentException("not a method key: " + key);
        }
        String cls = key.substring(0, hash);
        String name = key.substring(hash + 1, open);
        String params = key.substring(open + 1, key.length() - 1);
        try {
            for (Method m : Class.forName(cls, false, Thread.currentThread().getContextClassLoader())
                    .getDeclaredMethods()) {
                String[] types = Arrays.stream(m.getParameterTypes())
                        .map(Class::getTypeName)
                        .toArray(String[]::new);
                if (m.getName().equals(name) && String.join(",", types).equals(params)) {
                    return m;
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("class " + cls + " is not on the class path", e);
        }
        throw new IllegalArgumentException("no method " + key);
    }
}
