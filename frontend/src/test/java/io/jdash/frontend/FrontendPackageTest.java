package io.jdash.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
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
        for (String required : new String[] {"dash/deps/polyfill@7.12.1.min.js", "dash/deps/react@18.3.1.min.js",
            "dash/deps/react-dom@18.3.1.min.js", "dash/deps/prop-types@15.8.1.min.js", "dash/deps/react@18.3.1.js",
            "dash/dash-renderer/build/dash_renderer.min.js", "dash/dash-renderer/build/dash_renderer.dev.js",
            "dash/dcc/dash_core_components.js", "dash/dcc/dash_core_components-shared.js", "dash/dcc/async-graph.js",
            "dash/dcc/async-dropdown.js", "dash/html/dash_html_components.min.js", "dash/dash_table/bundle.js",
            "dash/dash_table/async-table.js", "plotly/package_data/plotly.min.js"}) {
            assertTrue(paths.contains(required), required + " is missing from " + paths);
        }
    }

    @Test
    void everyFile_isOnTheClasspathWithItsIntegrity() throws Exception {
        for (JsonNode f : index().get("files")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + f.get("path").asText())) {
                assertNotNull(in, f.get("path").asText());
                byte[] bytes = in.readAllBytes();
                assertEquals(f.get("bytes").asLong(), bytes.length, f.get("path").asText());
                String sri = "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384")
                        .digest(bytes));
                assertEquals(f.get("integrity").asText(), sri, f.get("path").asText());
            }
        }
    }

    @Test
    void versions_areThePinnedOnes() throws Exception {
        for (JsonNode f : index().get("files")) {
            String expected = switch (f.get("package").asText()) {
                case "dash-renderer" -> "3.4.1";
                case "dash-core-components", "dash-html-components" -> "4.4.1";
                case "dash-table" -> "7.4.1";
                case "react", "react-dom" -> "18.3.1";
                case "prop-types" -> "15.8.1";
                case "@babel/polyfill" -> "7.12.1";
                case "plotly.js-dist-min" -> "3.7.0";
                default -> "unexpected package " + f.get("package").asText();
            };
            assertEquals(expected, f.get("version").asText(), f.toString());
        }
    }

    /** A tarball that does not match its pinned integrity fails the build, naming package and both hashes. */
    @Test
    void wrongIntegrity_failsTheBuild(@TempDir Path dir) throws Exception {
        ObjectNode spec = (ObjectNode) JSON.readTree(Path.of("src/build/packages.json").toFile());
        ObjectNode prop = (ObjectNode) spec.get("packages").get(3);
        assertEquals("prop-types", prop.get("name").asText());
        prop.put("integrity", "sha512-AAAA");
        spec.set("packages", JSON.createArrayNode().add(prop));
        Path file = dir.resolve("packages.json");
        Files.writeString(file, JSON.writeValueAsString(spec));
        Process p = new ProcessBuilder(System.getProperty("node.executable", "node"), "src/build/fetch-frontend.cjs",
                file.toString(), "target/npm", dir.resolve("out").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, p.waitFor(), out);
        assertTrue(out.contains("prop-types@15.8.1 has integrity sha512-") && out.contains("expected sha512-AAAA"), out);
    }
}
