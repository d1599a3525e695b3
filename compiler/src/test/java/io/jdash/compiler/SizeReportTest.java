package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-callback attribution, budgets, the HTML report and the baseline diff. */
class SizeReportTest {
    @TempDir
    static Path dir;

    static Path classes;
    static CompilationResult two;

    @BeforeAll
    static void compile() throws Exception {
        classes = Fixtures.copy("two", dir.resolve("classes"));
        two = JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .reportDirectory(dir.resolve("jdash"))
                        .build(),
                BuildListener.SILENT);
    }

    @Test
    void regex_isTheBigCallbacksOwnCode() {
        var big = two.sizeReport().callbacks().stream()
                .filter(c -> c.function().equals("TwoCallbacks_big"))
                .findFirst()
                .orElseThrow();
        var small = two.sizeReport().callbacks().stream()
                .filter(c -> c.function().equals("TwoCallbacks_small"))
                .findFirst()
                .orElseThrow();
        assertTrue(big.ownGzipBytes() > 10 * Math.max(1, small.ownGzipBytes()), big + " vs " + small);
        var largest = big.largest().get(0);
        assertTrue(largest.source().startsWith("java.util.regex."), largest.toString());
        assertEquals("JdashEntry.TwoCallbacks_big", largest.why().get(0));
        assertTrue(largest.why().contains("TwoCallbacks.big"), largest.why().toString());
    }

    @Test
    void callbackBudget_failsNamingTheCallbackAndWhatPullsItIn(@TempDir Path out) {
        CompilationFailedException e = assertThrows(
                CompilationFailedException.class,
                () -> JdashCompiler.compile(
                        CompilerConfig.builder()
                                .scan(classes)
                                .outputDirectory(out.resolve("classes"))
                                .reportDirectory(out.resolve("jdash"))
                                .budgetCallbackGzipBytes(2000)
                                .build(),
                        BuildListener.SILENT));
        List<Diagnostic> errors =
                e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic d = errors.get(0);
        assertEquals("JDASH-E040", d.code());
        assertTrue(
                d.message()
                        .startsWith("callback TwoCallbacks_big (io.jdash.fixtures.two.TwoCallbacks#big("
                                + "java.lang.String)) pulls in "),
                d.message());
        assertTrue(d.message().contains("over the budget of 2,000 B (budgetCallbackGzipBytes)"), d.message());
        assertTrue(
                d.message().contains("java.util.regex.")
                        && d.message().contains("(why: JdashEntry.TwoCallbacks_big" + " -> TwoCallbacks.big -> "),
                d.message());
    }

    @Test
    void bundleBudget_failsNamingTheBundle(@TempDir Path out) {
        CompilationFailedException e = assertThrows(
                CompilationFailedException.class,
                () -> JdashCompiler.compile(
                        CompilerConfig.builder()
                                .scan(classes)
                                .outputDirectory(out.resolve("classes"))
                                .reportDirectory(out.resolve("jdash"))
                                .budgetGzipBytes(5000)
                                .build(),
                        BuildListener.SILENT));
        Diagnostic d =
                e.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("JDASH-E040", d.code());
        assertTrue(
                d.message()
                        .matches("bundle META-INF/jdash/assets/app\\.[0-9a-f]{8}\\.js is [0-9,]+ B gzip, over"
                                + " the budget of 5,000 B \\(budgetGzipBytes\\).*TwoCallbacks_big.*"),
                d.message());
    }

    @Test
    void htmlReport_isSelfContained() throws Exception {
        String html = Files.readString(dir.resolve("jdash/size-report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("TwoCallbacks_big") && html.contains("<svg") && html.contains("java.util.regex"));
        assertFalse(html.contains("<script")
                || html.contains("http://") && !html.contains("xmlns=\"http://www.w3.org/2000/svg\""));
        assertFalse(html.contains("https://") || html.contains("<link"), "no external resources");
    }

    @Test
    void baseline_producesAMarkdownDiff(@TempDir Path out) throws Exception {
        Path small = Fixtures.copy("trivial", out.resolve("classes"));
        JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(small)
                        .reportDirectory(out.resolve("base"))
                        .build(),
                BuildListener.SILENT);
        Path baseline = out.resolve("baseline.json");
        Files.copy(out.resolve("base/size-report.json"), baseline);
        JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .outputDirectory(out.resolve("classes2"))
                        .reportDirectory(out.resolve("now"))
                        .baseline(baseline)
                        .build(),
                BuildListener.SILENT);
        String md = Files.readString(out.resolve("now/size-report-diff.md"));
        assertTrue(md.startsWith("# jdash bundle size: changes against the baseline"), md);
        assertTrue(md.contains("| TwoCallbacks_big | new |"), md);
        assertTrue(md.contains("| TrivialCallbacks_label | ") && md.contains("| removed |"), md);
        assertTrue(
                md.matches(
                        "(?s).*\\| bundle \\(gzip\\) \\| [0-9,]+ B \\| [0-9,]+ B \\| \\+[0-9,]+ B \\(\\+[0-9.]+%\\) \\|.*"),
                md);
        assertTrue(md.contains("java.util.regex."), md);
    }
}
