package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.contract.Manifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code TeaVM cannot compile: fail naming callback, API and call chain, or demote to the server. */
class UnsupportedCodeTest {
    private static final String FILE = "io/jdash/fixtures/unsupported/UnsupportedCallbacks.java";

    private static CompilerConfig.Builder config(Path dir) {
        Path classes = Fixtures.copy("unsupported", dir.resolve("classes"));
        return CompilerConfig.builder().scan(classes).reportDirectory(dir.resolve("jdash"));
    }

    @Test
    void fail_listsEveryUnsupportedCallbackWithItsCallChain(@TempDir Path dir) {
        CompilationFailedException e = assertThrows(
                CompilationFailedException.class,
                () -> JdashCompiler.compile(config(dir).build(), BuildListener.SILENT));
        List<Diagnostic> errors =
                e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertTrue(errors.stream().allMatch(d -> d.code().equals("JDASH-E020")), errors.toString());
        Diagnostic lines = errors.stream()
                .filter(d -> d.element().endsWith("#lineCount"))
                .findFirst()
                .orElseThrow();
        assertEquals(FILE, lines.file());
        assertTrue(lines.message().contains("java.util.Scanner"), lines.message());
        assertTrue(
                lines.message()
                        .contains("call chain: UnsupportedCallbacks.lineCount -> UnsupportedCallbacks$Helper.count"),
                lines.message());
        Diagnostic command = errors.stream()
                .filter(d -> d.element().endsWith("#command"))
                .findFirst()
                .orElseThrow();
        assertTrue(command.message().contains("java.lang.ProcessBuilder"), command.message());
        assertTrue(errors.stream().noneMatch(d -> d.element().endsWith("#fine")));
        assertTrue(
                e.getMessage().contains("UnsupportedCallbacks.lineCount")
                        && e.getMessage().contains("UnsupportedCallbacks.command"),
                e.getMessage());
    }

    @Test
    void server_demotesThemWithAReasonAndCompilesTheRest(@TempDir Path dir) throws Exception {
        CompilationResult result = JdashCompiler.compile(
                config(dir).onUnsupported(OnUnsupported.SERVER).build(), BuildListener.SILENT);
        Map<String, Manifest.Callback> byMethod = result.manifest().callbacks().stream()
                .collect(Collectors.toMap(
                        c -> c.method()
                                .substring(
                                        c.method().indexOf('#') + 1, c.method().indexOf('(')),
                        Function.identity()));
        assertEquals(3, byMethod.size());
        Manifest.Callback lines = byMethod.get("lineCount");
        assertEquals(Manifest.Runs.SERVER, lines.runs());
        assertTrue(
                lines.reason().contains("java.util.Scanner")
                        && lines.reason().contains("UnsupportedCallbacks.lineCount"),
                lines.reason());
        assertEquals(null, lines.function());
        assertEquals(Manifest.Runs.SERVER, byMethod.get("command").runs());
        Manifest.Callback fine = byMethod.get("fine");
        assertEquals(Manifest.Runs.BROWSER, fine.runs());
        assertEquals("UnsupportedCallbacks_fine", fine.function());
        assertNotNull(result.bundleFile());
        assertTrue(result.sizeTable().contains("server"), result.sizeTable());
    }

    /**
     * TeaVM's {@code nextGaussian(mean, stddev)} draws otherwise than the JDK's ziggurat: refused, not divergent, and
     * only in the callback whose lambda calls it, though another callback passes a lambda to the same helper.
     */
    @Test
    void randomGaussianWithMeanIsRefusedWhereItsLambdaIsMade(@TempDir Path dir) throws Exception {
        Path classes = Fixtures.copy("gaussian", dir.resolve("classes"));
        CompilationFailedException e = assertThrows(
                CompilationFailedException.class,
                () -> JdashCompiler.compile(
                        CompilerConfig.builder()
                                .scan(classes)
                                .reportDirectory(dir.resolve("jdash"))
                                .build(),
                        BuildListener.SILENT));
        Diagnostic error =
                e.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("JDASH-E020", error.code(), error.toString());
        assertTrue(error.message().contains("nextGaussian"), error.message());
        assertEquals("io/jdash/fixtures/gaussian/GaussianCallbacks.java", error.file());
        List<Diagnostic> errors =
                e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(error.element().endsWith("#noise"), error.toString());
        assertTrue(
                error.message().contains("call chain: GaussianCallbacks.noise -> GaussianCallbacks.lambda$noise$"),
                error.message());

        CompilationResult demoted = JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .reportDirectory(dir.resolve("jdash-server"))
                        .onUnsupported(OnUnsupported.SERVER)
                        .build(),
                BuildListener.SILENT);
        Map<String, Manifest.Runs> runs = demoted.manifest().callbacks().stream()
                .collect(Collectors.toMap(
                        c -> c.method()
                                .substring(
                                        c.method().indexOf('#') + 1, c.method().indexOf('(')),
                        Manifest.Callback::runs));
        assertEquals(Map.of("noise", Manifest.Runs.SERVER, "plain", Manifest.Runs.BROWSER), runs);
    }
}
