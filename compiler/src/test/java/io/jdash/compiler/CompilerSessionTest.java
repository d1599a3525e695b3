package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.compiler.conformance.NodeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's compiles against fresh ones: after an edit of a class (javac run here, as the development loop runs
 * it) the session's bundle gives the fresh bundle's answers in node, and in production settings its bytes.
 */
class CompilerSessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The app: a callback calling a helper in another class, in two versions that differ in the helper's body. */
    private static void writeApp(Path classes, Path sources, String greeting, boolean extraClass) throws Exception {
        Path pkg = sources.resolve("io/jdash/edited");
        Files.createDirectories(pkg);
        Files.writeString(
                pkg.resolve("EditedCallbacks.java"),
                """
                package io.jdash.edited;

                import io.jdash.api.Callback;
                import io.jdash.api.Clientside;

                public final class EditedCallbacks {
                    private EditedCallbacks() {
                    }

                    @Clientside
                    @Callback(outputs = "out.children", inputs = "in.value")
                    public static String greet(String name) {
                        return Helper.greeting(name) + " (" + (name == null ? 0 : name.length()) + ")";
                    }
                }
                """);
        Files.writeString(
                pkg.resolve("Helper.java"),
                """
                package io.jdash.edited;

                final class Helper {
                    private Helper() {
                    }

                    static String greeting(String name) {
                        return %s;
                    }
                }
                """
                        .formatted(
                                extraClass
                                        ? "Extra.shout(\"" + greeting + " \" + name)"
                                        : "\"" + greeting + " \" + name"));
        Files.deleteIfExists(pkg.resolve("Extra.java"));
        if (extraClass) {
            Files.writeString(
                    pkg.resolve("Extra.java"),
                    """
                    package io.jdash.edited;

                    final class Extra {
                        private Extra() {
                        }

                        static String shout(String s) {
                            return s.toUpperCase() + "!";
                        }
                    }
                    """);
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-g",
                "-classpath",
                Path.of(io.jdash.api.Callback.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString()));
        try (var files = Files.list(pkg)) {
            files.forEach(f -> args.add(f.toString()));
        }
        assertEquals(0, javac.run(null, null, null, args.toArray(new String[0])), "javac failed");
    }

    private static CompilerConfig config(Path classes, Path dir, String name, boolean development) {
        return CompilerConfig.builder()
                .scan(classes)
                .outputDirectory(dir.resolve(name + "-out"))
                .reportDirectory(dir.resolve(name + "-report"))
                .development(development)
                .force(true)
                .build();
    }

    private static String answer(CompilationResult result, Path dir, String input) throws Exception {
        String function = result.manifest().callbacks().get(0).function();
        List<JsonNode> out = NodeHarness.run(
                result.bundleFile(),
                List.of(new NodeHarness.Call(
                        "jdash", function, JSON.readTree("[" + JSON.writeValueAsString(input) + "]"), null)),
                dir);
        return out.get(0).toString();
    }

    @Test
    void developmentSession_afterAnEdit_answersAsAFreshCompile(@TempDir Path dir) throws Exception {
        Path classes = dir.resolve("classes");
        Path sources = dir.resolve("src");
        writeApp(classes, sources, "Hello", false);
        try (CompilerSession session = JdashCompiler.session()) {
            CompilationResult first = session.compile(config(classes, dir, "session", true), BuildListener.SILENT);
            assertTrue(session.lastCompileStartedCold());
            String before = answer(first, dir, "Ada");
            assertTrue(before.contains("Hello Ada (3)"), before);

            writeApp(classes, sources, "Howdy", false);
            CompilationResult edited = session.compile(config(classes, dir, "session", true), BuildListener.SILENT);
            assertFalse(session.lastCompileStartedCold());
            assertTrue(session.lastCompileChangedClasses() >= 1, "the edited Helper is read again");
            CompilationResult fresh = JdashCompiler.compile(config(classes, dir, "fresh", true), BuildListener.SILENT);
            String warm = answer(edited, dir, "Ada");
            assertTrue(warm.contains("Howdy Ada (3)"), warm);
            assertEquals(answer(fresh, dir, "Ada"), warm);
            assertEquals(answer(fresh, dir, "Grace Hopper"), answer(edited, dir, "Grace Hopper"));

            // a new class reached from the edited one
            writeApp(classes, sources, "Hi", true);
            CompilationResult added = session.compile(config(classes, dir, "session", true), BuildListener.SILENT);
            assertFalse(session.lastCompileStartedCold());
            String shouted = answer(added, dir, "Ada");
            assertTrue(shouted.contains("HI ADA! (3)"), shouted);
            assertEquals(
                    answer(
                            JdashCompiler.compile(config(classes, dir, "fresh2", true), BuildListener.SILENT),
                            dir,
                            "Ada"),
                    shouted);
        }
    }

    @Test
    void productionSession_givesTheBytesOfAFreshCompile(@TempDir Path dir) throws Exception {
        Path classes = dir.resolve("classes");
        Path sources = dir.resolve("src");
        writeApp(classes, sources, "Hello", false);
        try (CompilerSession session = JdashCompiler.session()) {
            CompilationResult first = session.compile(config(classes, dir, "session", false), BuildListener.SILENT);
            CompilationResult fresh = JdashCompiler.compile(config(classes, dir, "fresh", false), BuildListener.SILENT);
            assertArrayEquals(Files.readAllBytes(fresh.bundleFile()), Files.readAllBytes(first.bundleFile()));
            assertNotNull(first.sizeReport());

            writeApp(classes, sources, "Howdy", true);
            CompilationResult edited = session.compile(config(classes, dir, "session", false), BuildListener.SILENT);
            CompilationResult fresh2 =
                    JdashCompiler.compile(config(classes, dir, "fresh2", false), BuildListener.SILENT);
            assertArrayEquals(Files.readAllBytes(fresh2.bundleFile()), Files.readAllBytes(edited.bundleFile()));
            assertEquals(fresh2.manifest(), edited.manifest());
            assertTrue(answer(edited, dir, "Ada").contains("HOWDY ADA! (3)"));
        }
    }

    @Test
    void developmentProfile_writesNoReportNoFingerprintAndSkipsClosure(@TempDir Path dir) throws Exception {
        Path classes = dir.resolve("classes");
        writeApp(classes, dir.resolve("src"), "Hello", false);
        List<String> phases = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void phase(String name, long millis) {
                phases.add(name);
            }
        };
        CompilerConfig config = CompilerConfig.builder()
                .scan(classes)
                .outputDirectory(dir.resolve("out"))
                .reportDirectory(dir.resolve("report"))
                .development(true)
                .budgetGzipBytes(1)
                .build();
        CompilationResult result = JdashCompiler.compile(config, listener);
        assertNull(result.sizeReport());
        assertFalse(phases.contains("report"), phases.toString());
        assertFalse(phases.contains("budgets"), "a 1-byte budget fails only production builds: " + phases);
        assertFalse(Files.exists(dir.resolve("report/size-report.json")));
        assertFalse(Files.exists(dir.resolve("report/fingerprint.json")));
        assertTrue(answer(result, dir, "Ada").contains("Hello Ada (3)"));
        CompilationResult again = JdashCompiler.compile(config, BuildListener.SILENT);
        assertEquals("a development build always builds", again.buildReason());
        // Closure does not run, whatever minify says: the same bytes as with minify NONE
        CompilationResult unminified = JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .outputDirectory(dir.resolve("out2"))
                        .reportDirectory(dir.resolve("report2"))
                        .development(true)
                        .minify(MinifyLevel.NONE)
                        .build(),
                BuildListener.SILENT);
        assertArrayEquals(Files.readAllBytes(unminified.bundleFile()), Files.readAllBytes(result.bundleFile()));
        // the production fingerprint's settings text does not change with the new flag off
        assertFalse(config(classes, dir, "p", false).outputShapingSettings().contains("development"));
    }

    @Test
    void closedSession_refusesToCompile(@TempDir Path dir) throws Exception {
        Path classes = dir.resolve("classes");
        writeApp(classes, dir.resolve("src"), "Hello", false);
        CompilerSession session = JdashCompiler.session();
        session.close();
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> session.compile(config(classes, dir, "s", true), BuildListener.SILENT));
        assertTrue(e.getMessage().contains("JdashCompiler.session()"), e.getMessage());
    }
}
