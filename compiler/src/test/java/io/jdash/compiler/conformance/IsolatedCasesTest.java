package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases that need a bundle of their own: a TeaVM crash that only happens in small programs, and exact texts. */
class IsolatedCasesTest {
    /**
     * TeaVM 0.16 crashed on this when nothing else created arrays reflectively (before jdash replaced
     * {@code Collectors.joining}); it must compile alone and agree.
     */
    @Test
    void collectorsJoining_compilesAloneAndAgrees(@TempDir Path dir) throws Exception {
        ConformanceBundle bundle = ConformanceBundle.compile(dir, MinifyLevel.SIMPLE, true, "joining");
        List<String> problems = bundle.disagreements(List.of(
                new Case("JoiningCallbacks_join", "[\"a\",\"b\"]", null),
                new Case("JoiningCallbacks_join", "[null,\"\"]", null),
                new Case("JoiningCallbacks_join", "[\"\",\"b\"]", null)));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * {@code Enum.valueOf} reaches TeaVM's reflective array creation without {@code Array.newInstance}, which crashes
     * TeaVM 0.16's compiler unless jdash links that method (ReflectiveArrayFix); the bundle must build and agree.
     */
    @Test
    void enumValueOf_compilesAloneAndAgrees(@TempDir Path dir) throws Exception {
        ConformanceBundle bundle = ConformanceBundle.compile(dir, MinifyLevel.SIMPLE, true, "enumvalue");
        List<String> problems = bundle.disagreements(List.of(
                new Case("EnumCallbacks_color", "[\"RED\"]", null),
                new Case("EnumCallbacks_color", "[\"GREEN\"]", null)));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Float arithmetic is rounded to float and casts to int/long saturate without {@code strict} too: they are the
     * JVM's numbers, not checks one may turn off.
     */
    @Test
    void floatArithmeticWithoutStrictChecks_agrees(@TempDir Path dir) throws Exception {
        ConformanceBundle bundle = ConformanceBundle.compile(dir, MinifyLevel.SIMPLE, false, "loosefloat");
        java.util.Random random = new java.util.Random(120_43);
        List<Case> cases = new java.util.ArrayList<>();
        for (int k = 0; k < 60; k++) {
            double x = random.nextGaussian() * Math.pow(10, random.nextInt(12) - 4);
            double y = random.nextGaussian() * 3;
            long l = k % 2 == 0 ? random.nextLong() : 0x1000_0010_0000_0001L + k;
            cases.add(new Case("LooseFloatCallbacks_floats", "[" + x + "," + y + ",\"" + l + "\"]", null));
        }
        List<String> problems = bundle.disagreements(cases);
        assertTrue(problems.isEmpty(), problems.size() + " disagree:\n" + String.join("\n", problems));
    }

    /** A value of the wrong type names the callback, the parameter, the expected type and what arrived. */
    @Test
    void wrongTypeAtRunTime_namesCallbackParameterAndValue(@TempDir Path dir) throws Exception {
        ConformanceBundle bundle = ConformanceBundle.compile(dir, MinifyLevel.SIMPLE, true, "trivial");
        var calls = List.of(
                new NodeHarness.Call(
                        "jdash", "TrivialCallbacks_label", new ObjectMapper().readTree("[\"3\",\"x\"]"), null),
                new NodeHarness.Call(
                        "jdash", "TrivialCallbacks_label", new ObjectMapper().readTree("[1.5,\"x\"]"), null),
                new NodeHarness.Call(
                        "jdash", "TrivialCallbacks_label", new ObjectMapper().readTree("[1,[1,2]]"), null));
        var outcomes = NodeHarness.run(bundle.result().bundleFile(), calls, dir);
        assertEquals("TypeError", outcomes.get(0).get("name").asText());
        assertEquals(
                "jdash: TrivialCallbacks.label: parameter 'clicks' expects an integral number in int range, but"
                        + " got \"3\" (string)",
                outcomes.get(0).get("error").asText());
        assertEquals(
                "jdash: TrivialCallbacks.label: parameter 'clicks' expects an integral number in int range, but"
                        + " got 1.5 (number)",
                outcomes.get(1).get("error").asText());
        assertEquals(
                "jdash: TrivialCallbacks.label: parameter 'name' expects a string, but got [1,2] (array)",
                outcomes.get(2).get("error").asText());
    }
}
