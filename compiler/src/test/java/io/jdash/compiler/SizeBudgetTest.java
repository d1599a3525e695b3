package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size budgets that must not regress silently: each compiles a one-callback app as a user's build does (SIMPLE,
 * source maps on) and fails when its bundle grows over the limit in gzip bytes. The benchmark harness measures the
 * same apps; these limits are the promises made about them.
 */
class SizeBudgetTest {
    /** The one-callback string-concatenation app ({@code "Hello " + name + ", " + clicks + " clicks"}). */
    static final long ONE_CALLBACK_LIMIT = 3_000;
    /** A one-callback app returning {@code Double.parseDouble(text)}. */
    static final long PARSE_DOUBLE_LIMIT = 5_000;
    /**
     * A one-callback app counting words with {@code Collectors.groupingBy} into a HashMap, printed (11,021 B since
     * {@code Arrays.asList}, which TeaVM's {@code Collector.of} calls, became the JDK's, with its own iterator; 11,068 B
     * with the JDK's array range checks; 11,190 B since a stream is used once, as the JDK's: 122 B for the check
     * before each of the callback's stream operations).
     */
    static final long HASH_GROUPING_LIMIT = 11_300;

    @Test
    void oneCallbackConcatApp_staysWithinBudget(@TempDir Path dir) throws Exception {
        assertWithin("trivial", ONE_CALLBACK_LIMIT, dir);
    }

    @Test
    void parseDoubleApp_staysWithinBudget(@TempDir Path dir) throws Exception {
        assertWithin("parsedouble", PARSE_DOUBLE_LIMIT, dir);
    }

    @Test
    void hashGroupingApp_staysWithinBudget(@TempDir Path dir) throws Exception {
        assertWithin("hashsize", HASH_GROUPING_LIMIT, dir);
    }

    private static void assertWithin(String fixture, long limit, Path dir) throws Exception {
        Path classes = Fixtures.copy(fixture, dir.resolve("classes"));
        CompilationResult result = JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .outputDirectory(dir.resolve("out"))
                        .reportDirectory(dir.resolve("jdash"))
                        .build(),
                BuildListener.SILENT);
        long gzip = result.sizeReport().bundles().get(0).gzipBytes();
        System.out.printf("size budget: %s bundle %,d B gzip (limit %,d B)%n", fixture, gzip, limit);
        assertTrue(
                gzip <= limit,
                "the " + fixture + " bundle is " + gzip + " B gzip, over its budget of " + limit
                        + " B; the size report (target/jdash/size-report.txt of the build) shows what grew");
    }
}
