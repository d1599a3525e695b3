package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks of nested {@code try}/{@code catch}/{@code finally}, loops and abrupt exits
 * ({@link ControlFlowGenerator}), compiled by javac at test time, then run on the JVM and in the browser on the
 * same inputs: every path, log and exception must be the JVM's. Production and development bundles get programs
 * of their own; {@code -Djdash.controlflow.seed=N} explores others. A disagreement's source is in
 * {@code target/controlflow-<seed>.java}.
 */
class ControlFlowConformanceTest {
    private static final int CALLBACKS = 70;
    private static final List<String> TEXTS = List.of("0", "3", "", "x7", "12", "BB");

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261206, false", "20261207, true"})
    void generatedExceptionAndControlFlow_agree(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.controlflow.seed", defaultSeed);
        String source = ControlFlowGenerator.source(seed, "com.example.flow", "FlowCallbacks", CALLBACKS);
        Path sources = dir.resolve("src/com/example/flow");
        Files.createDirectories(sources);
        Path file = sources.resolve("FlowCallbacks.java");
        Files.writeString(file, source);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/controlflow-" + seed + ".java"), source);
        Path classes = dir.resolve("classes");
        assertTrue(
                ConformanceBundle.javac(file, classes),
                "the generated source does not compile: target/controlflow-" + seed + ".java");

        try (URLClassLoader loader = new URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            ConformanceBundle bundle = ConformanceBundle.compileClasses(dir, classes, loader, development);
            List<Case> cases = new ArrayList<>();
            for (String function : bundle.functions()) {
                for (int a = 0; a < 6; a++) {
                    String b = TEXTS.get((a + function.length()) % TEXTS.size());
                    cases.add(new Case(function, "[" + a + "," + ConformanceBundle.quote(b) + "]", null));
                }
            }
            assertEquals(CALLBACKS * 6, cases.size());
            List<String> problems = bundle.disagreements(cases);
            assertTrue(
                    problems.isEmpty(),
                    problems.size() + " of " + cases.size() + " cases disagree (source: target/controlflow-" + seed
                            + ".java):\n" + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
        }
    }
}
