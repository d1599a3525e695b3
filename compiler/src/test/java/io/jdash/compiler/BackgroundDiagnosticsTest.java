package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Background} at build time: not in the browser, and its Progress parameter in its place. */
class BackgroundDiagnosticsTest {
    private static final String FILE = "io/jdash/fixtures/badbackground/BadBackgroundCallbacks.java";

    @TempDir
    Path tmp;

    @Test
    void clientsideBackgroundAndMisplacedProgress_failTheBuildWithFileLineAndFix() {
        Path classes = Fixtures.copy("badbackground", tmp.resolve("classes"));
        CompilationFailedException e = assertThrows(
                CompilationFailedException.class,
                () -> JdashCompiler.compile(
                        CompilerConfig.builder()
                                .scan(classes)
                                .reportDirectory(tmp.resolve("jdash"))
                                .build(),
                        BuildListener.SILENT));
        List<Diagnostic> all = e.diagnostics();
        Diagnostic browser = one(all, "JDASH-E015", "inBrowser");
        assertTrue(browser.message().contains("both @Clientside and @Background"), browser.format());
        assertTrue(
                browser.format().startsWith(FILE + ":" + browser.line() + ": error: [JDASH-E015] "), browser.format());
        assertTrue(browser.line() > 0, browser.format());
        assertTrue(browser.fix().contains("remove @Clientside"), browser.fix());
        assertTrue(one(all, "JDASH-E016", "progressWithoutBackground").message().contains("is not @Background"));
        assertTrue(one(all, "JDASH-E016", "progressLast").message().contains("not the first parameter"));
        assertEquals(
                List.of(),
                all.stream()
                        .filter(d -> d.element() != null && d.element().endsWith("#fine"))
                        .toList(),
                "a background callback with a leading Progress is fine");
        assertEquals(
                List.of(),
                all.stream()
                        .filter(d -> d.code().equals("JDASH-E003")
                                && d.element() != null
                                && !d.element().endsWith("#progressLast"))
                        .toList(),
                "a leading Progress is no value parameter");
    }

    private static Diagnostic one(List<Diagnostic> all, String code, String method) {
        List<Diagnostic> found = all.stream()
                .filter(d -> d.code().equals(code)
                        && d.element() != null
                        && d.element().endsWith("#" + method))
                .toList();
        assertEquals(1, found.size(), code + " for " + method + " in " + all);
        return found.get(0);
    }
}
