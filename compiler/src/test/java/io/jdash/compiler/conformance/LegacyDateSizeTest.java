package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The size of a one-callback bundle that parses and formats with {@code SimpleDateFormat} (jdash's, with the build
 * JDK's names for the one locale it names), and that it answers as the JVM.
 */
class LegacyDateSizeTest {
    /**
     * gzip bytes: 61,890 measured with jdash's SimpleDateFormat; TeaVM's was 71,392 and threw a
     * NullPointerException for text it could not parse. Most of it is TeaVM's time zone database, which every
     * {@code Calendar} brings.
     */
    private static final long BUDGET = 63_000;

    @Test
    void parseAndFormat_areSmallAndAnswerAsTheJvm() throws Exception {
        ConformanceBundle bundle = ConformanceBundle.compile(
                Files.createTempDirectory("jdash-legacydate-size"), MinifyLevel.SIMPLE, true, "legacydatesize");
        long gzip = bundle.result().sizeReport().bundles().get(0).gzipBytes();
        System.out.println("SimpleDateFormat parse + format one-callback bundle: " + gzip + " B gzip");
        bundle.result().sizeReport().sources().stream()
                .sorted((a, b) -> Long.compare(b.bytes(), a.bytes()))
                .limit(12)
                .forEach(s -> System.out.println("  " + s.source() + " " + s.bytes()));
        List<Case> cases = new ArrayList<>();
        for (String text : List.of("2024-01-31", "2024-02-30", "x", "", "2024-1-5", " 2024-13-01", "99-01-01")) {
            cases.add(new Case("LegacyDateSizeCallbacks_date", "[" + ConformanceBundle.quote(text) + "]", null));
        }
        bundle.assertAgree(cases);
        assertTrue(gzip <= BUDGET, gzip + " B gzip > budget " + BUDGET);
    }
}
