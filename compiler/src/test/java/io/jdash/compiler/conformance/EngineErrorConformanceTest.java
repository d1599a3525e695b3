package io.jdash.compiler.conformance;

import java.nio.file.Path;
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
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.nulls",
                "NullCallbacks",
                EngineErrorGenerator.source(seed, "com.example.nulls", "NullCallbacks", CALLBACKS),
                "engineerrors-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
