package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad callbacks: every problem is reported in one run, with its code, file, line and fix. */
class DiagnosticsTest {
    private static final String FILE = "io/jdash/fixtures/bad/BadCallbacks.java";

    @TempDir
    static Path tmp;

    static List<Diagnostic> diagnostics;
    static List<String> source;

    @BeforeAll
    static void compile() throws Exception {
        Path classes = Fixtures.copy("bad", tmp.resolve("classes"));
        CompilerConfig config = CompilerConfig.builder()
                .scan(classes)
                .reportDirectory(tmp.resolve("jdash"))
                .build();
        CompilationFailedException e = assertThrows(
                CompilationFailedException.class, () -> JdashCompiler.compile(config, BuildListener.SILENT));
        diagnostics = e.diagnostics();
        source = Files.readAllLines(Path.of("src/test/java", FILE));
        assertTrue(
                e.getMessage().startsWith("jdash: " + diagnostics.size() + " errors in callbacks\n"), e.getMessage());
    }

    /** The line of the first statement after the declaration of {@code method}. */
    private static int firstStatementLine(String method) {
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).matches(".*\\s" + method + "\\(.*\\{\\s*")) {
                return i + 2;
            }
        }
        throw new AssertionError("no method " + method);
    }

    private static Diagnostic find(String code, String method) {
        List<Diagnostic> found = diagnostics.stream()
                .filter(d -> d.code().equals(code)
                        && d.element() != null
                        && d.element().endsWith("#" + method))
                .toList();
        assertEquals(1, found.size(), code + " for " + method + " in " + diagnostics);
        Diagnostic d = found.get(0);
        assertEquals(FILE, d.file());
        assertEquals(firstStatementLine(method), d.line(), d.format());
        assertNotNull(d.fix());
        assertTrue(d.format().startsWith(FILE + ":" + d.line() + ": error: [" + code + "] "), d.format());
        assertTrue(d.format().contains("\n    fix: " + d.fix()), d.format());
        return d;
    }

    @Test
    void everyMistake_isReportedWithCodeFileLineAndFix() {
        assertTrue(find("JDASH-E001", "notStatic").message().contains("is not public static"));
        assertTrue(find("JDASH-E001", "notPublic").message().contains("BadCallbacks.notPublic"));
        assertTrue(find("JDASH-E003", "wrongCount").message().contains("2 input(s) and 1 state(s) = 3"));
        assertTrue(find("JDASH-E004", "badParameter").message().contains("java.util.Date"));
        assertTrue(find("JDASH-E004", "floatParameter").message().contains("float"));
        assertTrue(find("JDASH-E005", "badReturn").message().contains("java.util.Set"));
        assertTrue(find("JDASH-E006", "oneValueForTwo").message().contains("2 outputs"));
        assertTrue(find("JDASH-E006", "recordTooSmall").message().contains("3 outputs but its record"));
        assertTrue(find("JDASH-E007", "noDot").message().contains("\"nodot\""));
        assertTrue(find("JDASH-E008", "valueWithoutOutputs").message().contains("declares no outputs"));
        assertTrue(find("JDASH-E009", "secondWriter").message().contains("BadCallbacks.firstWriter"));
        assertTrue(find("JDASH-E011", "noInputs").message().contains("no inputs"));
        assertTrue(find("JDASH-E012", "contextLast").message().contains("'ctx'"));
        assertTrue(find("JDASH-E002", "inPrivateClass").message().contains("not public"));
        Diagnostic clientsideOnly = diagnostics.stream()
                .filter(d -> d.code().equals("JDASH-E010"))
                .findFirst()
                .orElseThrow();
        assertEquals(FILE, clientsideOnly.file());
        assertEquals(firstStatementLine("clientsideOnly"), clientsideOnly.line());
    }

    @Test
    void allowDuplicateOutputs_mayShareAnOutput() {
        assertTrue(
                diagnostics.stream()
                        .noneMatch(d -> d.element() != null
                                && (d.element().endsWith("#thirdWriter")
                                        || d.element().endsWith("#fourthWriter"))),
                diagnostics.toString());
    }

    @Test
    void wildcardListOfSuper_isAnObjectList() {
        assertTrue(
                diagnostics.stream()
                        .noneMatch(d -> d.element() != null && d.element().endsWith("#genericList")),
                diagnostics.toString());
    }

    @Test
    void eachCode_hasOneFixText() {
        Map<String, List<String>> fixes = diagnostics.stream()
                .collect(Collectors.groupingBy(
                        Diagnostic::code, Collectors.mapping(Diagnostic::fix, Collectors.toList())));
        fixes.forEach((code, texts) -> assertEquals(1, texts.stream().distinct().count(), code));
        assertEquals(
                16,
                diagnostics.size(),
                diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    }

    @Test
    void advanced_isRefusedWithAReason(@TempDir Path dir) {
        Path classes = Fixtures.copy("trivial", dir.resolve("classes"));
        CompilerConfig config = CompilerConfig.builder()
                .scan(classes)
                .reportDirectory(dir.resolve("jdash"))
                .minify(MinifyLevel.ADVANCED)
                .build();
        CompilationFailedException e = assertThrows(
                CompilationFailedException.class, () -> JdashCompiler.compile(config, BuildListener.SILENT));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("JDASH-E031", d.code());
        assertTrue(d.message().contains("virtual methods") && d.fix().contains("SIMPLE"), d.format());
    }
}
