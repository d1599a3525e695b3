package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The size budget of a one-callback bundle with {@code static final Pattern DATE = Pattern.compile(...)} and
 * {@code find}/{@code group}: at most 8,000 B gzip, with no regex engine and the JVM's results. The same callback
 * with the pattern made at run time (TeaVM's engine, as every Pattern.compile ran before) is measured beside it.
 */
class RegexPatternSizeTest {
    @Test
    void constantPatternBundleIsSmallAndExact() throws Exception {
        ConformanceBundle bundle = ConformanceBundle.compile(
                Files.createTempDirectory("jdash-pattern"), MinifyLevel.SIMPLE, true, "regexsize");
        ConformanceBundle engine = ConformanceBundle.compile(
                Files.createTempDirectory("jdash-pattern-engine"), MinifyLevel.SIMPLE, true, "regexsizeengine");
        long gzip = bundle.result().sizeReport().bundles().get(0).gzipBytes();
        long engineGzip = engine.result().sizeReport().bundles().get(0).gzipBytes();
        System.out.println("static final Pattern + find/group one-callback bundle: " + gzip + " B gzip; with the"
                + " pattern made at run time (TeaVM's regex engine): " + engineGzip + " B gzip");
        bundle.result().sizeReport().sources().stream()
                .sorted((a, b) -> Long.compare(b.bytes(), a.bytes()))
                .limit(10)
                .forEach(s -> System.out.println("  " + s.source() + " " + s.bytes()));
        assertTrue(gzip <= 8_000, gzip + " B gzip (budget 8,000 B)");
        assertTrue(engineGzip > 3 * gzip, "TeaVM's engine " + engineGzip + " B vs " + gzip + " B");
        List<String> engineClasses = bundle.result().sizeReport().sources().stream()
                .map(s -> s.source())
                .filter(s -> s.startsWith("java.util.regex.")
                        && !s.equals("java.util.regex.Pattern")
                        && !s.equals("java.util.regex.Matcher"))
                .toList();
        assertEquals(List.of(), engineClasses);
        assertTrue(
                bundle.result().diagnostics().stream().noneMatch(d -> d.code().equals("JDASH-W006")),
                bundle.result().diagnostics().toString());
        assertTrue(
                engine.result().diagnostics().stream().anyMatch(d -> d.code().equals("JDASH-W006")),
                "a pattern made at run time is TeaVM's: " + engine.result().diagnostics());
        List<Case> cases = new ArrayList<>();
        for (String text : RegexConformanceTest.texts(150, 7)) {
            cases.add(new Case("DateCallbacks_date", "[" + ConformanceBundle.quote(text) + "]", null));
        }
        for (String text : List.of("due 2024-01-31", "2024-01-31/1999-12-01", "2024-1-31", "x20245-01-3112")) {
            cases.add(new Case("DateCallbacks_date", "[" + ConformanceBundle.quote(text) + "]", null));
        }
        bundle.assertAgree(cases);
    }
}
