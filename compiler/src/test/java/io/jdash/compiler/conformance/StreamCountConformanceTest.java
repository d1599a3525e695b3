package io.jdash.compiler.conformance;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated stream pipelines ({@link StreamCountGenerator}) compiled by javac at test time and run on the JVM and in
 * the browser on the same inputs: which operations run (their log), in which order, and the counts and results must
 * be the JVM's. {@code -Djdash.streamcount.seed=N} explores other programs; a disagreement's source is in
 * {@code target/streamcount-<seed>.java}.
 */
class StreamCountConformanceTest {
    private static final int CALLBACKS = 50;
    private static final List<String> TEXTS = List.of("ab", "", "xyz", "q", "b", "zz");

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261209, false", "20261210, true"})
    void streamPipelines_runTheirOperationsAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.streamcount.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.streams",
                "StreamCallbacks",
                StreamCountGenerator.source(seed, "com.example.streams", "StreamCallbacks", CALLBACKS),
                "streamcount-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
