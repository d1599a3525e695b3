package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.compiler.bundle.DashWrapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Memoize} on {@code @Clientside} callbacks: the bounded in-browser memo, run in node, and its diagnostics. */
class MemoizeBundleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Calls the real bundle as dash-renderer would, in the order the assertions below read. */
    private static final String SCRIPT = String.join(
            "\n",
            "const vm = require('vm'), fs = require('fs');",
            "const w = { dash_clientside: {} }; w.window = w;",
            "vm.runInContext(fs.readFileSync(process.argv[2], 'utf8'), vm.createContext(w));",
            "const dc = w.dash_clientside;",
            "Object.defineProperty(dc, 'no_update', { value: {}, writable: false });",
            "Object.defineProperty(dc, 'PreventUpdate', { value: {}, writable: false });",
            "const f = dc.jdash.MemoCallbacks_count, p = dc.jdash.MemoCallbacks_plain;",
            "const out = {};",
            "out.first = f('a', { x: 1, y: [2, 'z'] });",
            "out.again = f('a', { y: [2.0, 'z'], x: 1 });",
            "out.other = f('b', null);",
            "out.absent = f('b', undefined);",
            "const prevented = () => { try { f(null, null); return 'value'; } catch (e) { return e === dc.PreventUpdate; } };",
            "out.prevented = [prevented(), prevented()];",
            "out.afterPrevent = f('c', null);",
            "for (let i = 0; i < 64; i++) f('k' + i, null);",
            "out.newest = [f('k63', null), f('k63', null)];",
            "out.evicted = [f('a', { x: 1, y: [2, 'z'] }), out.first];",
            "out.plain = [p('p'), p('p')];",
            "setTimeout(() => {",
            "  out.expired = f('k63', null);",
            "  process.stdout.write(JSON.stringify(out));",
            "}, 450);");

    @Test
    void browserMemo_keepsValuesByCanonicalArguments_boundedAndForItsTtl() throws Exception {
        Path classes = Fixtures.copy("memo", tmp.resolve("classes"));
        CompilationResult result = JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .reportDirectory(tmp.resolve("jdash"))
                        .build(),
                BuildListener.SILENT);
        JsonNode manifest = JSON.readTree(result.manifestFile().toFile());
        for (JsonNode cb : manifest.get("callbacks")) {
            boolean memoized = cb.get("function").asText().equals("MemoCallbacks_count");
            assertEquals(memoized ? 300 : -1, cb.path("memoizeTtlMillis").asLong(-1), cb.toString());
        }
        Path js = tmp.resolve("memo.cjs");
        Files.writeString(js, SCRIPT);
        Process p = new ProcessBuilder(
                        io.jdash.compiler.conformance.NodeHarness.node(),
                        js.toString(),
                        result.bundleFile().toString())
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        JsonNode out = JSON.readTree(text);
        assertEquals("a #1", out.get("first").asText());
        assertEquals("a #1", out.get("again").asText(), "same arguments, keys in another order: kept");
        assertEquals("b #2", out.get("other").asText());
        assertEquals("b #3", out.get("absent").asText(), "undefined is not null");
        assertEquals("[true,true]", out.get("prevented").toString(), "PreventUpdate every time");
        assertEquals("c #6", out.get("afterPrevent").asText(), "both prevented calls ran");
        assertEquals(out.get("newest").get(0), out.get("newest").get(1));
        assertFalse(
                out.get("evicted").get(0).equals(out.get("evicted").get(1)),
                "65 newer argument lists pushed the first out: " + out.get("evicted"));
        assertFalse(out.get("plain").get(0).equals(out.get("plain").get(1)), "a callback without @Memoize");
        assertFalse(out.get("expired").equals(out.get("newest").get(0)), "kept past its 300ms ttl");
    }

    @Test
    void bundlesWithoutMemoizedCallbacks_doNotCarryTheMemo() {
        String plain = DashWrapper.wrap("exports.f = 1;", "jdash", List.of("f"), Map.of());
        String memo = DashWrapper.wrap("exports.f = 1;", "jdash", List.of("f"), Map.of("f", 20_000L));
        assertFalse(plain.contains("memoize") || plain.contains("@memo@"), plain);
        assertTrue(memo.contains("memoize") && memo.contains("({\"f\":20000})"), memo);
    }

    @Test
    void memoizeWithContextOrBadTtl_failsTheBuild() throws Exception {
        Path classes = Fixtures.copy("badmemo", tmp.resolve("classes"));
        CompilationFailedException e = assertThrows(
                CompilationFailedException.class,
                () -> JdashCompiler.compile(
                        CompilerConfig.builder()
                                .scan(classes)
                                .reportDirectory(tmp.resolve("jdash"))
                                .build(),
                        BuildListener.SILENT));
        String all = e.getMessage();
        assertTrue(
                all.contains("BadMemoCallbacks.java:")
                        && all.contains("[JDASH-E013]")
                        && all.contains("@Memoize on BadMemoCallbacks.who")
                        && all.contains("remove the CallbackContext"),
                all);
        assertTrue(all.contains("[JDASH-E014]") && all.contains("\"twenty seconds\""), all);
    }
}
