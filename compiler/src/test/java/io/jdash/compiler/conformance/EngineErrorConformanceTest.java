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
 * Generated callbacks in which a null reaches the JDK's classes or a recursion exhausts the stack
 * ({@link EngineErrorGenerator}), compiled by javac at test time and run on the JVM and in the browser on the same
 * inputs: the handler that runs, the exception class it sees and what it logs must be the JVM's. {@code -Djdash.engineerrors.seed=N} explores other programs; a
 * disagreement's source is in {@code target/engineerrors-<seed>.java}.
 */
class EngineErrorConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS = List.of("12", "ab", "", "2024-01-05", "PT5M", "RED", "a,b", "%d");

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261207, false", "20261208, true"})
    void nullsIntoTheJdkAndStackOverflows_areCaughtAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.engineerrors.seed", defaultSeed);
        String source = EngineErrorGenerator.source(seed, "com.example.nulls", "NullCallbacks", CALLBACKS);
        Path sources = dir.resolve("src/com/example/nulls");
        Files.createDirectories(sources);
        Path file = sources.resolve("NullCallbacks.java");
        Files.writeString(file, source);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/engineerrors-" + seed + ".java"), source);
        Path classes = dir.resolve("classes");
        assertTrue(
                ConformanceBundle.javac(file, classes),
                "the generated source does not compile: target/engineerrors-" + seed + ".java");

        try (URLClassLoader loader = new URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            ConformanceBundle bundle = ConformanceBundle.compileClasses(dir, classes, loader, development);
            List<Case> cases = new ArrayList<>();
            for (String function : bundle.functions()) {
                for (int a = 0; a < 6; a++) {
                    String b = TEXTS.get((a * 3 + function.length()) % TEXTS.size());
                    cases.add(new Case(function, "[" + a + "," + ConformanceBundle.quote(b) + "]", null));
                }
            }
            assertEquals(CALLBACKS * 6, cases.size());
            List<String> problems = bundle.disagreements(cases);
            assertTrue(
                    problems.isEmpty(),
                    problems.size() + " of " + cases.size() + " cases disagree (source: target/engineerrors-" + seed
                            + ".java):\n" + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
        }
    }
}
