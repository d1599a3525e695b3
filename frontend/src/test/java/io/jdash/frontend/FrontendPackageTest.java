package io.jdash.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged Dash front end: every file Dash's page needs, at Dash's paths, matching its recorded integrity. */
class FrontendPackageTest {
    private static final String ROOT = "META-INF/jdash/component-suites/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode index() throws Exception {
        try (InputStream in = FrontendPackageTest.class.getClassLoader().getResourceAsStream(ROOT + "index.json")) {
            assertNotNull(in, "the build must package " + ROOT + "index.json");
            return JSON.readTree(in);
        }
    }

    @Test
    void index_listsEveryFileThePageLoads() throws Exception {
        Set<String> paths = new HashSet<>();
        index().get("files").forEach(f -> paths.add(f.get("path").asText()));
        for (String required : new String[] {
            "dash/deps/polyfill@" + FrontendPackages.BABEL_POLYFILL + ".min.js",
            "dash/deps/react@" + FrontendPackages.REACT + ".min.js",
            "dash/deps/react-dom@" + FrontendPackages.REACT_DOM + ".min.js",
            "dash/deps/prop-types@" + FrontendPackages.PROP_TYPES + ".min.js",
            "dash/deps/react@" + FrontendPackages.REACT + ".js",
            "dash/dash-renderer/build/dash_renderer.min.js",
            "dash/dash-renderer/build/dash_renderer.dev.js",
            "dash/dcc/dash_core_components.js",
            "dash/dcc/dash_core_components-shared.js",
            "dash/dcc/async-graph.js",
            "dash/dcc/async-dropdown.js",
            "dash/html/dash_html_components.min.js",
            "dash/dash_table/bundle.js",
            "dash/dash_table/async-table.js",
            "plotly/package_data/plotly.min.js"
        }) {
            assertTrue(paths.contains(required), required + " is missing from " + paths);
        }
    }

    @Test
    void everyFile_isOnTheClasspathWithItsIntegrity() throws Exception {
        for (JsonNode f : index().get("files")) {
            try (InputStream in = getClass()
                    .getClassLoader()
                    .getResourceAsStream(ROOT + f.get("path").asText())) {
                assertNotNull(in, f.get("path").asText());
                byte[] bytes = in.readAllBytes();
                assertEquals(
                        f.get("bytes").asLong(), bytes.length, f.get("path").asText());
                String sri = "sha384-"
                        + Base64.getEncoder()
                                .encodeToString(
                                        MessageDigest.getInstance("SHA-384").digest(bytes));
                assertEquals(f.get("integrity").asText(), sri, f.get("path").asText());
            }
        }
    }

    /** The versions pinned in packages.json, by package name. */
    private static Map<String, String> pinned() throws Exception {
        Map<String, String> versions = new TreeMap<>();
        JSON.readTree(Path.of("src/build/packages.json").toFile())
                .get("packages")
                .forEach(p ->
                        versions.put(p.get("name").asText(), p.get("version").asText()));
        return versions;
    }

    @Test
    void compressedCopies_areInTheJarAndDecompressToTheFile() throws Exception {
        com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
        int gzipped = 0;
        int brotli = 0;
        for (JsonNode f : index().get("files")) {
            String path = f.get("path").asText();
            byte[] plain = resource(ROOT + path);
            boolean text = path.endsWith(".js") || path.endsWith(".css") || path.endsWith(".json");
            if (text && plain.length >= 64 * 1024) {
                assertTrue(f.has("gzipBytes") && f.has("brotliBytes"), "a large text file ships compressed: " + path);
            }
            if (f.has("gzipBytes")) {
                byte[] gz = resource(ROOT + path + ".gz");
                assertEquals(f.get("gzipBytes").asInt(), gz.length, path);
                assertTrue(gz.length < plain.length, path);
                try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
                    assertTrue(java.util.Arrays.equals(plain, in.readAllBytes()), path + ".gz");
                }
                gzipped++;
            }
            if (f.has("brotliBytes")) {
                byte[] br = resource(ROOT + path + ".br");
                assertEquals(f.get("brotliBytes").asInt(), br.length, path);
                assertTrue(br.length < plain.length, path);
                com.aayushatharva.brotli4j.decoder.DirectDecompress d =
                        com.aayushatharva.brotli4j.decoder.Decoder.decompress(br);
                assertEquals(com.aayushatharva.brotli4j.decoder.DecoderJNI.Status.DONE, d.getResultStatus(), path);
                assertTrue(java.util.Arrays.equals(plain, d.getDecompressedData()), path + ".br");
                brotli++;
            }
        }
        assertTrue(gzipped >= 10 && brotli >= 10, gzipped + " gzip and " + brotli + " brotli copies");
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = FrontendPackageTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @Test
    void versions_areThePinnedOnes() throws Exception {
        Map<String, String> pinned = pinned();
        Set<String> packaged = new TreeSet<>();
        for (JsonNode f : index().get("files")) {
            String name = f.get("package").asText();
            assertEquals(pinned.get(name), f.get("version").asText(), f.toString());
            assertTrue(f.get("path").asText().indexOf('{') < 0, f.toString());
            packaged.add(name);
        }
        assertEquals(pinned.keySet(), packaged);
    }

    /** The generated constants are the pinned versions, one per package (the page and the Javadoc use them). */
    @Test
    void frontendPackages_holdsEveryPinnedVersion() throws Exception {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : FrontendPackages.class.getFields()) {
            constants.put(field.getName(), (String) field.get(null));
        }
        Map<String, String> expected = new TreeMap<>();
        pinned().forEach((name, version) -> expected.put(
                name.replaceFirst("^@", "").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT), version));
        assertEquals(expected, constants);
    }

    /** A tarball that does not match its pinned integrity fails the build, naming package and both hashes. */
    @Test
    void wrongIntegrity_failsTheBuild(@TempDir Path dir) throws Exception {
        ObjectNode spec =
                (ObjectNode) JSON.readTree(Path.of("src/build/packages.json").toFile());
        ObjectNode prop = (ObjectNode) spec.get("packages").get(3);
        assertEquals("prop-types", prop.get("name").asText());
        prop.put("integrity", "sha512-AAAA");
        spec.set("packages", JSON.createArrayNode().add(prop));
        Path file = dir.resolve("packages.json");
        Files.writeString(file, JSON.writeValueAsString(spec));
        Process p = new ProcessBuilder(
                        System.getProperty("node.executable", "node"),
                        "src/build/fetch-frontend.cjs",
                        file.toString(),
                        "target/npm",
                        dir.resolve("out").toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, p.waitFor(), out);
        assertTrue(
                out.contains("prop-types@" + FrontendPackages.PROP_TYPES + " has integrity sha512-")
                        && out.contains("expected sha512-AAAA"),
                out);
    }
}
