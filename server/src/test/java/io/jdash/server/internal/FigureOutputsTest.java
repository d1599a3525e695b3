package io.jdash.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;
import io.jdash.api.Patch;
import io.jdash.api.PlainArrays;
import io.jdash.server.ClientsideCallback;
import io.jdash.server.cache.MemoCache;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Which figure outputs are written with typed arrays: the default, the opt-outs, and the figures kept plain. */
class FigureOutputsTest {
    /** Callbacks of every kind around some graphs. */
    public static final class Charts {
        private Charts() {}

        public record Two(Map<String, Object> figure, String text) {}

        public record Patched(Patch figure, String text) {}

        @Callback(outputs = "free.figure", inputs = "n.value")
        public static Map<String, Object> free(Integer n) {
            return Map.of();
        }

        @Callback(
                outputs = {"free2.figure", "label.children"},
                inputs = "n.value")
        public static Two two(Integer n) {
            return new Two(Map.of(), "");
        }

        @PlainArrays
        @Callback(outputs = "annotated.figure", inputs = "n.value")
        public static Map<String, Object> annotated(Integer n) {
            return Map.of();
        }

        @Callback(outputs = "patched.figure", inputs = "n.value")
        public static Map<String, Object> patched(Integer n) {
            return Map.of();
        }

        @Callback(outputs = "patched.figure@allow_duplicate", inputs = "m.value")
        public static Patch patch(Integer n) {
            return Patch.create();
        }

        @Callback(outputs = "recordPatched.figure", inputs = "n.value")
        public static Map<String, Object> recordPatched(Integer n) {
            return Map.of();
        }

        @Callback(
                outputs = {"recordPatched.figure@allow_duplicate", "label2.children"},
                inputs = "m.value")
        public static Patched recordPatch(Integer n) {
            return new Patched(Patch.create(), "");
        }

        @Callback(outputs = "read.figure", inputs = "n.value")
        public static Map<String, Object> read(Integer n) {
            return Map.of();
        }

        @Callback(outputs = "reader.children", inputs = "m.value", state = "read.figure")
        public static String reader(Integer m, Map<String, Object> figure) {
            return "";
        }

        @Callback(outputs = "readInBrowser.figure", inputs = "n.value")
        public static Map<String, Object> readInBrowser(Integer n) {
            return Map.of();
        }

        @Clientside
        @Callback(outputs = "browserReader.children", inputs = "readInBrowser.figure")
        public static String browserReader(Map<String, Object> figure) {
            return "";
        }

        @Callback(outputs = "extended.figure", inputs = "n.value")
        public static Map<String, Object> extended(Integer n) {
            return Map.of();
        }

        @Callback(outputs = "extended.extendData", inputs = "m.value")
        public static List<Object> extend(Integer n) {
            return List.of();
        }

        @Callback(outputs = "js.figure", inputs = "n.value")
        public static Map<String, Object> js(Integer n) {
            return Map.of();
        }

        @Callback(outputs = "{\"index\":[\"ALL\"],\"type\":\"g\"}.figure", inputs = "n.value")
        public static List<Map<String, Object>> all(Integer n) {
            return List.of();
        }

        @Callback(outputs = "notAFigure.children", inputs = "n.value")
        public static double[] notAFigure(Integer n) {
            return new double[0];
        }
    }

    private static Map<String, String> typed(UnaryOperator<String> settings) {
        List<Method> methods = Arrays.stream(Charts.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Callback.class))
                .toList();
        ClientsideCallback js = new ClientsideCallback(
                "ns", "f", List.of("js.figure@allow_duplicate"), List.of("q.value"), List.of(), false);
        FigureOutputs outputs = FigureOutputs.of(methods, List.of(js), settings);
        Map<String, String> typed = new TreeMap<>();
        for (Method m : methods) {
            BitSet b = outputs.typed(m);
            typed.put(m.getName(), b.toString());
        }
        return typed;
    }

    @Test
    void figuresAreTyped_unlessOptedOutOrPatchedOrReadOnTheServer() {
        Map<String, String> typed = typed(name -> null);
        assertEquals("{0}", typed.get("free"));
        assertEquals("{0}", typed.get("two"), "the figure output of a record");
        assertEquals("{0}", typed.get("all"), "an ALL output of figures");
        assertEquals("{0}", typed.get("readInBrowser"), "read only in the browser, which decodes it");
        assertEquals("{}", typed.get("annotated"), "@PlainArrays");
        assertEquals("{}", typed.get("patched"), "a Patch callback of the same figure");
        assertEquals("{}", typed.get("patch"));
        assertEquals("{}", typed.get("recordPatched"), "a Patch component of a record");
        assertEquals("{}", typed.get("read"), "a server callback reads it: plotly's _inputArray would travel back");
        assertEquals("{}", typed.get("extended"), "extendData goes to Plotly.extendTraces");
        assertEquals("{}", typed.get("js"), "a JavaScript callback writes it");
        assertEquals("{}", typed.get("notAFigure"));
        Map<String, String> off = typed(name -> name.equals("jdash.typedArrays") ? "false" : null);
        assertTrue(off.values().stream().allMatch("{}"::equals), off.toString());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> typed(name -> "maybe"));
        assertEquals("jdash.typedArrays=maybe: write true or false", bad.getMessage());
    }

    @Test
    void theInvokersCarryTheDecision() {
        Callbacks callbacks = Callbacks.load(
                List.of(Charts.class), List.of(), FigureOutputsTest.class.getClassLoader(), MemoCache::shared);
        assertEquals(
                "{0}",
                callbacks.byOutput("free.figure").invoker().typedFigures().toString());
        assertEquals(
                "{}",
                callbacks.byOutput("annotated.figure").invoker().typedFigures().toString());
    }
}
