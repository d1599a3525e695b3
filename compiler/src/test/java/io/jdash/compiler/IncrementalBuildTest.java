package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint: a no-op build skips TeaVM and Closure; any change to what the output depends on rebuilds. */
class IncrementalBuildTest {
    private static final class Phases implements BuildListener {
        final List<String> names = new ArrayList<>();

        @Override
        public void phase(String name, long millis) {
            names.add(name);
        }
    }

    private static CompilerConfig.Builder builder(Path classes, Path dir) {
        return CompilerConfig.builder().scan(classes).reportDirectory(dir.resolve("jdash"));
    }

    @Test
    void noOp_skipsTeaVmAndRewritesNothing(@TempDir Path dir) throws Exception {
        Path classes = Fixtures.copy("trivial", dir.resolve("classes"));
        CompilationResult first = JdashCompiler.compile(builder(classes, dir).build(), BuildListener.SILENT);
        assertEquals("there is no previous build", first.buildReason());
        long modified = Files.getLastModifiedTime(first.bundleFile()).toMillis();
        Phases phases = new Phases();
        CompilationResult second = JdashCompiler.compile(builder(classes, dir).build(), phases);
        assertNull(second.buildReason(), "rebuilt because " + second.buildReason());
        assertTrue(second.upToDate());
        assertNull(second.buildReason());
        assertEquals(List.of("fingerprint"), phases.names);
        assertEquals(List.of(), second.filesWritten());
        assertEquals(first.manifest(), second.manifest());
        assertEquals(first.bundleFile(), second.bundleFile());
        assertEquals(first.sizeReport(), second.sizeReport());
        assertEquals(modified, Files.getLastModifiedTime(second.bundleFile()).toMillis());
    }

    @Test
    void changedClass_rebuildsNamingIt(@TempDir Path dir) throws Exception {
        Path classes = Fixtures.copy("trivial", dir.resolve("classes"));
        JdashCompiler.compile(builder(classes, dir).build(), BuildListener.SILENT);
        Path two = Fixtures.copy("two", dir.resolve("classes"));
        CompilationResult second = JdashCompiler.compile(builder(two, dir).build(), BuildListener.SILENT);
        assertEquals("of changed classes (io/jdash/fixtures/two/TwoCallbacks.class)", second.buildReason());
        assertEquals(3, second.manifest().callbacks().size());
    }

    @Test
    void changedConfiguration_rebuilds(@TempDir Path dir) throws Exception {
        Path classes = Fixtures.copy("trivial", dir.resolve("classes"));
        JdashCompiler.compile(builder(classes, dir).build(), BuildListener.SILENT);
        CompilationResult second =
                JdashCompiler.compile(builder(classes, dir).namespace("other").build(), BuildListener.SILENT);
        assertEquals("the configuration changed", second.buildReason());
        assertEquals("other", second.manifest().callbacks().get(0).namespace());
    }

    @Test
    void changedDependency_rebuildsNamingIt(@TempDir Path dir) throws Exception {
        Path classes = Fixtures.copy("trivial", dir.resolve("classes"));
        Path jar = dir.resolve("lib.jar");
        jar(jar, "one");
        JdashCompiler.compile(builder(classes, dir).classpath(List.of(jar)).build(), BuildListener.SILENT);
        jar(jar, "two");
        CompilationResult second = JdashCompiler.compile(
                builder(classes, dir).classpath(List.of(jar)).build(), BuildListener.SILENT);
        assertEquals("of a changed dependency (lib.jar)", second.buildReason());
    }

    private static void jar(Path file, String content) throws java.io.IOException {
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("data.txt"));
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    @Test
    void missingOutput_rebuilds(@TempDir Path dir) throws Exception {
        Path classes = Fixtures.copy("trivial", dir.resolve("classes"));
        CompilationResult first = JdashCompiler.compile(builder(classes, dir).build(), BuildListener.SILENT);
        Files.delete(first.bundleFile());
        CompilationResult second = JdashCompiler.compile(builder(classes, dir).build(), BuildListener.SILENT);
        assertEquals("an output is missing", second.buildReason());
        assertTrue(Files.exists(second.bundleFile()));
    }

    @Test
    void failedBuild_isNotRecordedAsUpToDate(@TempDir Path dir) throws Exception {
        Path classes = Fixtures.copy("warned", dir.resolve("classes"));
        CompilerConfig strict = builder(classes, dir).failOnWarnings(true).build();
        CompilationFailedException e = org.junit.jupiter.api.Assertions.assertThrows(
                CompilationFailedException.class, () -> JdashCompiler.compile(strict, BuildListener.SILENT));
        assertTrue(
                e.getMessage()
                        .startsWith("jdash: 1 warning (failOnWarnings is set) in callbacks\n"
                                + "io/jdash/fixtures/warned/WarnedCallbacks.java:"),
                e.getMessage());
        assertTrue(e.getMessage().contains("[JDASH-W002] Math.sin may differ in the last digit"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("jdash/fingerprint.json")));
        org.junit.jupiter.api.Assertions.assertThrows(
                CompilationFailedException.class, () -> JdashCompiler.compile(strict, BuildListener.SILENT));
        CompilationResult relaxed = JdashCompiler.compile(builder(classes, dir).build(), BuildListener.SILENT);
        assertEquals(1, relaxed.diagnostics().size());
        assertEquals("JDASH-W002", relaxed.diagnostics().get(0).code());
    }
}
