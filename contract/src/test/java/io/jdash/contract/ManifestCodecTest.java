package io.jdash.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestCodecTest {
    private static final String SOURCE = ClassPathLocations.MANIFEST;

    private static Manifest sample() {
        String bundle = ClassPathLocations.ASSETS + "app.3f9a2c1b.js";
        return new Manifest(
                Manifest.VERSION,
                "jdash-compiler 0.1.0",
                List.of(new Manifest.Bundle(bundle, bundle + ".map", "sha384-abc", 1234, 567)),
                List.of(
                        Manifest.Callback.inBrowser(
                                "com.example.C#label(java.lang.Integer)",
                                List.of("a.children"),
                                List.of("b.n_clicks"),
                                List.of(),
                                false,
                                "jdash",
                                "C_label",
                                bundle,
                                null),
                        Manifest.Callback.onServer(
                                "com.example.C#load(java.lang.String)",
                                List.of("c.children@allow_duplicate"),
                                List.of("d.value"),
                                List.of("e.value"),
                                true,
                                "java.sql.DriverManager is not available in the browser",
                                20_000L)));
    }

    @Test
    void write_isTheDocumentedFormatInFieldOrder() {
        String text = new String(ManifestCodec.write(sample()), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n"), text);
        String[] order = {
            "\"manifestVersion\" : 1",
            "\"generator\"",
            "\"bundles\"",
            "\"path\"",
            "\"sourceMap\"",
            "\"integrity\"",
            "\"bytes\"",
            "\"gzipBytes\"",
            "\"callbacks\"",
            "\"method\"",
            "\"outputs\"",
            "\"inputs\"",
            "\"state\"",
            "\"preventInitialCall\"",
            "\"runs\" : \"browser\"",
            "\"namespace\"",
            "\"function\"",
            "\"bundle\"",
            "\"runs\" : \"server\"",
            "\"reason\"",
            "\"memoizeTtlMillis\""
        };
        int at = -1;
        for (String field : order) {
            int next = text.indexOf(field, at + 1);
            assertTrue(next > at, field + " out of order in\n" + text);
            at = next;
        }
        assertTrue(!text.contains("null"), "absent fields are left out:\n" + text);
    }

    @Test
    void readOfWrite_isTheSameManifest_andWriteIsDeterministic() throws Exception {
        byte[] bytes = ManifestCodec.write(sample());
        Manifest back = ManifestCodec.read(bytes, SOURCE);
        assertEquals(sample(), back);
        assertArrayEquals(bytes, ManifestCodec.write(back));
    }

    @Test
    void otherVersions_areRefusedNamingTheVersionAndTheFix() {
        String body = new String(ManifestCodec.write(sample()), StandardCharsets.UTF_8);
        for (String version : List.of("0", "2", "3", "-1", "1.5", "\"1\"", "null", "99999999999")) {
            String json = body.replace("\"manifestVersion\" : 1", "\"manifestVersion\" : " + version);
            ManifestException e = assertThrows(
                    ManifestException.class,
                    () -> ManifestCodec.read(json.getBytes(StandardCharsets.UTF_8), SOURCE),
                    version);
            assertTrue(
                    e.getMessage().startsWith(SOURCE + " has manifestVersion " + version)
                            && e.getMessage().contains("reads version 1 only")
                            && e.getMessage().contains("jdash-maven-plugin"),
                    e.getMessage());
        }
        String missing = body.replace("\"manifestVersion\" : 1,", "");
        ManifestException e = assertThrows(
                ManifestException.class, () -> ManifestCodec.read(missing.getBytes(StandardCharsets.UTF_8), SOURCE));
        assertTrue(e.getMessage().contains("has manifestVersion null"), e.getMessage());
    }

    @Test
    void brokenManifests_areRefusedWithWhatIsWrong() {
        String body = new String(ManifestCodec.write(sample()), StandardCharsets.UTF_8);
        List<List<String>> cases = List.of(
                List.of("{", "is not JSON"),
                List.of("[1]", "is not a JSON object"),
                List.of(body.replace("\"function\" : \"C_label\",", ""), "lacks its namespace, function"),
                List.of(body.replace("\"runs\" : \"browser\"", "\"runs\" : \"moon\""), "does not follow"),
                List.of(body.replace("\"state\" : [ ],", ""), "does not follow"),
                List.of(body.replace("\"preventInitialCall\" : false,", ""), "does not follow"),
                List.of(body.replace("\"generator\"", "\"color\" : 1, \"generator\""), "does not follow"),
                List.of(body.replace("\"path\" :", "\"color\" : 1, \"path\" :"), "bundles[0] has the unknown field"),
                List.of(body.replace("\"runs\" :", "\"color\" : 1, \"runs\" :"), "callbacks[0] has the unknown field"),
                List.of(body.replaceFirst("\"bytes\" : (\\d+)", "\"bytes\" : \"$1\""), "bytes is \""),
                List.of(body.replaceFirst("\"bytes\" : (\\d+)", "\"bytes\" : 1.5"), "bytes is 1.5"),
                List.of(body.replace("\"preventInitialCall\" : false", "\"preventInitialCall\" : 0"), "true or false"),
                List.of(body.replace("\"inputs\" : [ ", "\"inputs\" : [ 7, "), "inputs[0] is 7"),
                List.of(body.replace("\"callbacks\" : [ ", "\"callbacks\" : [ 3, "), "callbacks[0] is 3"),
                List.of(
                        body.replace("com.example.C#load(java.lang.String)", "com.example.C#label(java.lang.Integer)"),
                        "is listed twice"),
                List.of(
                        body.replace("\"path\" : \"META-INF/jdash/assets/", "\"path\" : \"elsewhere/"),
                        "lists a bundle outside"));
        for (List<String> c : cases) {
            ManifestException e = assertThrows(
                    ManifestException.class,
                    () -> ManifestCodec.read(c.get(0).getBytes(StandardCharsets.UTF_8), SOURCE),
                    c.get(1));
            assertTrue(
                    e.getMessage().startsWith(SOURCE)
                            && e.getMessage().contains(c.get(1))
                            && e.getMessage().contains("mvn package"),
                    c.get(1) + ": " + e.getMessage());
        }
    }
}
