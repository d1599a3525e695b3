package io.jdash.server.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages name the parameters as the source does, however the user's build compiled the class: with
 * {@code -parameters}, with only debug information (Maven's default without {@code -parameters}), or with neither.
 */
class ParameterNamesTest {
    private static final String SOURCE =
            """
            package p;
            public final class Cb {
                @io.jdash.api.Callback(outputs = "o.children", inputs = {"a.value", "b.value"}, state = "c.value")
                public static String f(io.jdash.api.CallbackContext ctx, long wide, Integer clicks, double ratio) {
                    return "" + wide + clicks + ratio;
                }
                @io.jdash.api.Callback(outputs = "o2.children", inputs = {"a.value", "b.value"})
                public static String g(double first, java.util.List<Integer> counts) {
                    return "" + first + counts;
                }
            }
            """;

    @TempDir
    Path dir;

    private Method compile(String name, List<String> options) throws Exception {
        Path src = dir.resolve(name).resolve("p/Cb.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path out = Files.createDirectories(dir.resolve(name + "-classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), src.toString()));
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "javac " + args);
        URLClassLoader loader =
                new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
        for (Method m : loader.loadClass("p.Cb").getMethods()) {
            if (m.getName().equals(name.substring(0, 1))) {
                return m;
            }
        }
        throw new AssertionError("no method " + name);
    }

    private static String message(Method m, int outputs, int bad) {
        List<com.fasterxml.jackson.databind.JsonNode> args = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            args.add(i == bad ? JsonNodeFactory.instance.textNode("x") : JsonNodeFactory.instance.numberNode(1));
        }
        CallbackInvoker.Outcome o = new CallbackInvoker(m, outputs).invoke(args, JsonCallbackContext.of(null));
        assertEquals(CallbackInvoker.Kind.BAD_ARGUMENT, o.kind(), String.valueOf(o));
        assertEquals(o.message(), o.mismatch().message());
        return o.mismatch().parameter();
    }

    @Test
    void namesComeFromTheClassFileWhenReflectionHasNone() throws Exception {
        for (String flags : List.of("-g", "-g:vars", "-parameters", "-g -parameters")) {
            Method f = compile("f" + flags.replace(" ", "").replace(":", ""), List.of(flags.split(" ")));
            assertEquals(flags.contains("-parameters"), f.getParameters()[1].isNamePresent(), flags);
            assertEquals("wide", message(f, 1, 0), flags);
            assertEquals("clicks", message(f, 1, 1), flags);
            assertEquals("ratio", message(f, 1, 2), flags);
        }
        Method g = compile("g", List.of("-g"));
        assertEquals("first", message(g, 1, 0));
        List<com.fasterxml.jackson.databind.JsonNode> args = List.of(
                JsonNodeFactory.instance.numberNode(1),
                JsonNodeFactory.instance.arrayNode().add(1).add("x"));
        CallbackInvoker.Outcome o = new CallbackInvoker(g, 1).invoke(args, JsonCallbackContext.of(null));
        assertEquals(
                "jdash: Cb.g: parameter 'counts[1]' expects an integral number in int range, but got \"x\""
                        + " (string)",
                o.message());
        assertEquals(1, o.mismatch().element());
    }

    @Test
    void withoutAnyNames_theMessageSaysArgNAsTheBrowserBuildDoes() throws Exception {
        Method f = compile("f-none", List.of("-g:none"));
        assertEquals("arg1", message(f, 1, 0));
        assertEquals("arg3", message(f, 1, 2));
        assertTrue(message(f, 1, 1).startsWith("arg"));
    }
}
