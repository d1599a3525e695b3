package io.jdash.compiler.conformance;

import java.nio.file.Path;
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
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.flow",
                "FlowCallbacks",
                ControlFlowGenerator.source(seed, "com.example.flow", "FlowCallbacks", CALLBACKS),
                "controlflow-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 1));
    }
}
