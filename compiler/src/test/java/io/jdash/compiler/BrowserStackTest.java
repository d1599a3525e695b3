package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.compiler.bundle.StackTable;
import io.jdash.compiler.conformance.NodeHarness;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Java exception in a browser callback, as Dash's error popup gets it: the real bundle (TeaVM and Closure, or
 * TeaVM alone), served over HTTP from node with its map, run with and without the server's debug script
 * ({@code jdash-server}'s {@code io/jdash/server/internal/debug.js}).
 */
class BrowserStackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("src/test/java/io/jdash/fixtures/throwing/ThrowingCallbacks.java");

    @TempDir
    Path tmp;

    /**
     * Serves the bundle's directory under {@code /_jdash/}, loads the debug script (unless "none") as the page
     * would, runs the bundle under its URL (so stacks name it) and calls the callback as dash-renderer does.
     */
    private static final String SCRIPT = String.join(
            "\n",
            "const vm = require('vm'), fs = require('fs'), http = require('http'), path = require('path');",
            "const [bundle, debug] = process.argv.slice(2);",
            "const server = http.createServer((req, res) => {",
            "  const file = path.join(path.dirname(bundle), path.basename(req.url));",
            "  if (!req.url.startsWith('/_jdash/') || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }",
            "  res.writeHead(200); res.end(fs.readFileSync(file));",
            "});",
            "server.listen(0, '127.0.0.1', async () => {",
            "  const url = 'http://127.0.0.1:' + server.address().port + '/_jdash/' + path.basename(bundle);",
            "  const w = { dash_clientside: {}, fetch, document: { getElementsByTagName: () => [{ src: url }] } };",
            "  w.window = w;",
            "  const ctx = vm.createContext(w);",
            "  vm.runInContext(fs.readFileSync(bundle, 'utf8'), ctx, { filename: url });",
            "  if (debug !== 'none') {",
            "    vm.runInContext(fs.readFileSync(debug, 'utf8'), ctx, { filename: 'debug.js' });",
            "    await w.jdash_error.ready;",
            "  }",
            "  const dc = w.dash_clientside;",
            "  Object.defineProperty(dc, 'PreventUpdate', { value: { prevent: true }, writable: false });",
            "  const call = (...args) => { try { return { value: dc.jdash.ThrowingCallbacks_order(...args) }; }",
            "    catch (e) { return { message: e.message, stack: String(e.stack), html: e.html, type: e.name,",
            "      prevent: e === dc.PreventUpdate, cause: e.cause ? String(e.cause.stack) : null }; } };",
            "  const out = { thrown: call(1, -3), prevented: call(null, 1), mismatch: call(1, 'x'), ok: call(1, 2) };",
            "  process.stdout.write(JSON.stringify(out));",
            "  server.close();",
            "});");

    /** The 1-based line of the fixture that holds {@code marker}. */
    private static int lineOf(String marker) throws Exception {
        List<String> lines = Files.readAllLines(FIXTURE);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("marker: " + marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("no marker " + marker + " in " + FIXTURE);
    }

    private Path debugScript() throws Exception {
        try (InputStream in =
                BrowserStackTest.class.getClassLoader().getResourceAsStream("io/jdash/server/internal/debug.js")) {
            assertNotNull(in, "jdash-server's debug script is on the test class path");
            Path file = tmp.resolve("debug.js");
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private JsonNode run(MinifyLevel level, String debug) throws Exception {
        return run(level, true, debug);
    }

    private JsonNode run(MinifyLevel level, boolean sourceMaps, String debug) throws Exception {
        Path classes = Fixtures.copy("throwing", tmp.resolve("classes"));
        CompilationResult result = JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .minify(level)
                        .sourceMaps(sourceMaps)
                        .reportDirectory(tmp.resolve("jdash"))
                        .build(),
                BuildListener.SILENT);
        Path js = tmp.resolve("stack.cjs");
        Files.writeString(js, SCRIPT);
        Process p = new ProcessBuilder(
                        NodeHarness.node(), js.toString(), result.bundleFile().toString(), debug)
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        return JSON.readTree(text);
    }

    @ParameterizedTest
    @EnumSource(
            value = MinifyLevel.class,
            names = {"SIMPLE", "NONE"})
    void debugScript_givesTheDashTitleAndTheJavaFramesOfTheThrowSite(MinifyLevel level) throws Exception {
        JsonNode out = run(level, debugScript().toString());
        JsonNode thrown = out.get("thrown");
        assertEquals(
                "Callback error updating status.children, total.children",
                thrown.get("message").asText());
        String trace = thrown.get("stack").asText();
        String[] lines = trace.split("\n");
        assertEquals("java.lang.IllegalArgumentException: quantity must be positive, got -3", lines[0], trace);
        assertTrue(lines.length >= 2, trace);
        assertEquals(
                "    at io.jdash.fixtures.throwing.ThrowingCallbacks$Checks.positive(ThrowingCallbacks.java:"
                        + lineOf("throws") + ")",
                lines[1],
                trace);
        // a caller TeaVM did not inline into the adapter is a frame of its own
        for (int i = 2; i < lines.length; i++) {
            assertEquals(
                    "    at io.jdash.fixtures.throwing.ThrowingCallbacks.order(ThrowingCallbacks.java:"
                            + lineOf("calls-check") + ")",
                    lines[i],
                    trace);
        }
        assertFalse(trace.contains("JdashEntry") || trace.contains("http:"), "the adapter and below are cut: " + trace);
        assertEquals(trace, thrown.get("html").asText(), "the popup shows the Java trace as plain text");
        assertTrue(
                thrown.get("cause").asText().contains("/_jdash/"),
                "TeaVM's error is the cause, with its JS " + "stack: " + thrown.get("cause"));
        assertTrue(out.get("prevented").get("prevent").asBoolean(), "PreventUpdate is thrown as is: " + out);
        assertEquals("TypeError", out.get("mismatch").get("type").asText(), out.toString());
        assertEquals(
                "jdash: ThrowingCallbacks.order: parameter 'quantity' expects an integral number in int "
                        + "range, but got \"x\" (string)",
                out.get("mismatch").get("message").asText());
        assertEquals("[\"ordered\",\"2\"]", out.get("ok").get("value").toString());
    }

    @Test
    void withoutTheDebugScript_theErrorNamesTheExceptionAndKeepsTeaVmsAsCause() throws Exception {
        JsonNode out = run(MinifyLevel.SIMPLE, "none");
        JsonNode thrown = out.get("thrown");
        assertEquals(
                "jdash: ThrowingCallbacks.order threw java.lang.IllegalArgumentException: quantity must be "
                        + "positive, got -3",
                thrown.get("message").asText());
        assertTrue(thrown.path("html").isMissingNode(), thrown.toString());
        assertTrue(thrown.get("cause").asText().contains("/_jdash/"), thrown.toString());
        assertTrue(out.get("prevented").get("prevent").asBoolean(), out.toString());
    }

    @Test
    void debugScript_withoutASourceMap_fetchesNoMapAndKeepsTheJavaScriptFrames() throws Exception {
        JsonNode thrown =
                run(MinifyLevel.SIMPLE, false, debugScript().toString()).get("thrown");
        assertEquals(
                "Callback error updating ThrowingCallbacks.order",
                thrown.get("message").asText());
        String trace = thrown.get("stack").asText();
        assertTrue(
                trace.startsWith("java.lang.IllegalArgumentException: quantity must be positive, got -3\n"
                        + "    (no source map read for this bundle: JavaScript frames)\n    at "),
                trace);
        assertTrue(trace.contains("/_jdash/"), trace);
    }

    @Test
    void theMapCarriesTheMethodTableOfTheCompiledMethodsOnly() throws Exception {
        Path classes = Fixtures.copy("throwing", tmp.resolve("classes"));
        CompilationResult result = JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .reportDirectory(tmp.resolve("jdash"))
                        .build(),
                BuildListener.SILENT);
        JsonNode map = JSON.readTree(Path.of(result.bundleFile() + ".map").toFile());
        JsonNode table = map.get(StackTable.FIELD);
        assertNotNull(table, map.fieldNames().toString());
        assertEquals(
                "status.children, total.children",
                table.at("/callbacks/ThrowingCallbacks.order").asText());
        JsonNode file = table.at("/sources/io~1jdash~1fixtures~1throwing~1ThrowingCallbacks.java");
        assertEquals("ThrowingCallbacks.java", file.get("file").asText());
        String classesText = file.get("classes").toString();
        assertTrue(
                classesText.contains("\"io.jdash.fixtures.throwing.ThrowingCallbacks$Checks\",\"positive\""),
                classesText);
        assertFalse(classesText.contains("<init>"), "the private constructors are not in the bundle: " + classesText);
        assertTrue(map.path("sourcesContent").isMissingNode(), "no sources unless asked for");
        assertTrue(
                table.at("/sources").toString().contains("\"file\":\"Integer.java\"")
                        || table.at("/sources").toString().contains("java.lang."),
                "TeaVM's class library under JDK " + "names: " + table.at("/sources"));
    }

    @Test
    void sourcesContent_embedsTheJavaSourcesFoundUnderTheRoots_andTheGeneratedAdapter() throws Exception {
        Path classes = Fixtures.copy("throwing", tmp.resolve("classes"));
        CompilationResult result = JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .sourcesContent(true)
                        .sourceRoots(List.of(Path.of("src/test/java")))
                        .reportDirectory(tmp.resolve("jdash"))
                        .build(),
                BuildListener.SILENT);
        JsonNode map = JSON.readTree(Path.of(result.bundleFile() + ".map").toFile());
        JsonNode sources = map.get("sources");
        JsonNode contents = map.get("sourcesContent");
        assertEquals(sources.size(), contents.size(), map.toString());
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i).asText();
            if (source.equals("io/jdash/fixtures/throwing/ThrowingCallbacks.java")) {
                assertEquals(Files.readString(FIXTURE), contents.get(i).asText());
            } else if (source.equals("io/jdash/generated/JdashEntry.java")) {
                assertTrue(
                        contents.get(i).asText().contains("ThrowingCallbacks_order"),
                        contents.get(i).asText());
            } else {
                assertTrue(contents.get(i).isNull(), source + " is not under the roots");
            }
        }
    }
}
