package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one compilation writes: bundle, source map, manifest v1 and size report, deterministically. */
class BundleOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static CompilationResult first;
    static Path classes;
    static final List<String> log = new ArrayList<>();

    @BeforeAll
    static void compile() throws Exception {
        classes = Fixtures.copy("trivial", tmp.resolve("classes"));
        first = JdashCompiler.compile(config(), new BuildListener() {
            @Override
            public void info(String message) {
                log.add(message);
            }
        });
    }

    static CompilerConfig config() {
        return CompilerConfig.builder()
                .scan(classes)
                .reportDirectory(tmp.resolve("jdash"))
                .build();
    }

    @Test
    void bundle_isContentHashedWithIntegrityAndMap() throws Exception {
        Path bundle = first.bundleFile();
        assertNotNull(bundle);
        String name = bundle.getFileName().toString();
        assertTrue(name.matches("app\\.[0-9a-f]{8}\\.js"), name);
        byte[] bytes = Files.readAllBytes(bundle);
        String hash = name.substring(4, 12);
        String code = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        String withoutComment = code.substring(0, code.indexOf("\n//# sourceMappingURL="));
        String sha = java.util.HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(withoutComment.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(hash, sha.substring(0, 8));
        assertTrue(code.endsWith("//# sourceMappingURL=" + name + ".map\n"));
        JsonNode manifest = JSON.readTree(first.manifestFile().toFile());
        JsonNode b = manifest.get("bundles").get(0);
        assertEquals("META-INF/jdash/assets/" + name, b.get("path").asText());
        assertEquals(
                "sha384-"
                        + Base64.getEncoder()
                                .encodeToString(
                                        MessageDigest.getInstance("SHA-384").digest(bytes)),
                b.get("integrity").asText());
        assertEquals(bytes.length, b.get("bytes").asLong());
        JsonNode map = JSON.readTree(bundle.resolveSibling(name + ".map").toFile());
        assertEquals(3, map.get("version").asInt());
        assertTrue(
                map.get("sources").toString().contains("io/jdash/fixtures/trivial/TrivialCallbacks.java"),
                map.get("sources").toString());
    }

    @Test
    void manifest_isVersionOneAsDesigned() throws Exception {
        JsonNode m = JSON.readTree(first.manifestFile().toFile());
        List<String> keys = new ArrayList<>();
        m.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("manifestVersion", "generator", "bundles", "callbacks"), keys);
        assertEquals(1, m.get("manifestVersion").asInt());
        assertTrue(m.get("generator").asText().startsWith("jdash-compiler "));
        JsonNode cb = m.get("callbacks").get(0);
        assertEquals(
                "io.jdash.fixtures.trivial.TrivialCallbacks#label(java.lang.Integer,java.lang.String)",
                cb.get("method").asText());
        assertEquals("[\"label.children\"]", cb.get("outputs").toString());
        assertEquals("[\"btn.n_clicks\"]", cb.get("inputs").toString());
        assertEquals("[\"name.value\"]", cb.get("state").toString());
        assertFalse(cb.get("preventInitialCall").asBoolean());
        assertEquals("browser", cb.get("runs").asText());
        assertEquals("jdash", cb.get("namespace").asText());
        assertEquals("TrivialCallbacks_label", cb.get("function").asText());
        assertEquals(
                m.get("bundles").get(0).get("path").asText(), cb.get("bundle").asText());
        assertFalse(cb.has("reason"));
    }

    @Test
    void sizeReport_isWrittenAndLogged() throws Exception {
        JsonNode r = JSON.readTree(tmp.resolve("jdash/size-report.json").toFile());
        JsonNode bundle = r.get("bundles").get(0);
        assertTrue(bundle.get("gzipBytes").asLong() > 1000
                && bundle.get("gzipBytes").asLong() < bundle.get("bytes").asLong());
        assertTrue(bundle.get("brotliBytes").asLong() > 0);
        JsonNode cb = r.get("callbacks").get(0);
        assertEquals("TrivialCallbacks_label", cb.get("function").asText());
        assertTrue(cb.get("ownBytes").asLong() > 0);
        assertTrue(r.get("sharedBytes").asLong() > cb.get("ownBytes").asLong());
        long attributed = 0;
        for (JsonNode s : r.get("sources")) {
            attributed += s.get("bytes").asLong();
        }
        assertTrue(attributed > 0.9 * bundle.get("bytes").asLong(), "attributed " + attributed);
        String table = String.join("\n", log);
        assertTrue(
                table.contains("TrivialCallbacks_label") && table.contains("shared runtime") && table.contains("gzip"),
                table);
        assertEquals(first.sizeTable(), Files.readString(tmp.resolve("jdash/size-report.txt")));
    }

    /** The real bundle, loaded as a classic script into a page where dash-renderer already runs. */
    @Test
    void bundle_loadsBesideTheRenderer() throws Exception {
        String script = String.join(
                "\n",
                "const vm = require('vm'), fs = require('fs');",
                "const w = { dash_clientside: { set_props() {}, clean_url: (u) => u, jdash: { mine: () => 'mine' } } };",
                "w.window = w;",
                "const ctx = vm.createContext(w);",
                "const before = Object.keys(w).sort().join();",
                "const dc = w.dash_clientside;",
                "vm.runInContext(fs.readFileSync(process.argv[2], 'utf8'), ctx);",
                "const out = [];",
                "out.push(Object.keys(w).sort().join() === before, w.dash_clientside === dc, dc.jdash.mine());",
                "Object.defineProperty(dc, 'no_update', { value: {}, writable: false });",
                "Object.defineProperty(dc, 'PreventUpdate', { value: {}, writable: false });",
                "out.push(dc.jdash.TrivialCallbacks_label(2, 'Ann'));",
                "try { dc.jdash.TrivialCallbacks_label(null, 'Ann'); } catch (e) { out.push(e === dc.PreventUpdate); }",
                "process.stdout.write(JSON.stringify(out));");
        Path js = tmp.resolve("load.cjs");
        Files.writeString(js, script);
        Process p = new ProcessBuilder(
                        io.jdash.compiler.conformance.NodeHarness.node(),
                        js.toString(),
                        first.bundleFile().toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("[true,true,\"mine\",\"Hello Ann, 2 clicks\",true]", out);
    }

    @Test
    void forcedRebuild_isByteIdenticalAndRewritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(first.bundleFile());
        CompilationResult second = JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .reportDirectory(tmp.resolve("jdash"))
                        .force(true)
                        .build(),
                BuildListener.SILENT);
        assertEquals("it was forced", second.buildReason());
        assertEquals(first.bundleFile(), second.bundleFile());
        assertArrayEquals(before, Files.readAllBytes(second.bundleFile()));
        assertEquals(List.of(), second.filesWritten());
    }

    @Test
    void staleBundles_areRemoved() throws Exception {
        Path assets = first.bundleFile().getParent();
        Path stale = assets.resolve("app.0123abcd.js");
        Files.writeString(stale, "old");
        Files.writeString(assets.resolve("app.0123abcd.js.map"), "{}");
        Path other = assets.resolve("vendor.js");
        Files.writeString(other, "keep");
        JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .reportDirectory(tmp.resolve("jdash"))
                        .force(true)
                        .build(),
                BuildListener.SILENT);
        try (Stream<Path> files = Files.list(assets)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            String bundle = first.bundleFile().getFileName().toString();
            assertEquals(List.of(bundle, bundle + ".map", "vendor.js"), names);
        }
    }
}
