package io.jdash.compiler.conformance;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over immutable, unmodifiable, fixed-size and singleton collections beside mutable ones
 * ({@link CollectionViewGenerator}), compiled by javac at test time and run on the JVM and in the browser on the same
 * inputs: answers, refusals (the exception's class and message) and the state left afterwards must be the JVM's.
 * {@code -Djdash.collectionviews.seed=N} explores other programs; a disagreement's source is in
 * {@code target/collectionviews-<seed>.java}.
 */
class CollectionViewConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS = List.of("p", "zz", "", "k", "q", "Ab", "r");

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261211, false", "20261212, true"})
    void collectionViews_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.collectionviews.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.views",
                "ViewCallbacks",
                CollectionViewGenerator.source(seed, "com.example.views", "ViewCallbacks", CALLBACKS),
                "collectionviews-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
