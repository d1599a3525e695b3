package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.frontend.FrontendPackages;
import io.jdash.server.fixtures.ServerCallbacks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dash protocol over real HTTP, on port 0, against the wire shapes of {@code docs/protocol.md}. */
class DashServerHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path assets;

    static DashServer server;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(assets.resolve("style.css"), "body { margin: 0; }");
        Files.writeString(Path.of(assets.toString()).getParent().resolve("secret.txt"), "secret");
        DashApp app = DashApp.builder()
                .title("Test <app>")
                .layout(Html.div(
                        Html.h1("Hi"),
                        Dcc.input().id("name").prop("value", "world"),
                        Html.button("Go").id("btn"),
                        Html.div().id("greeting")))
                .callbacks(ServerCallbacks.class)
                .assets(assets)
                .maxRequestBytes(10_000)
                .clientsideCallback(ClientsideCallback.of("ui", "double")
                        .outputs("dbl.children")
                        .inputs("dbl.n_clicks")
                        .state("dbl.title"))
                .build();
        server = DashServer.start(app, 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void index_hasConfigScriptsWithIntegrityAndNoInlineCode() throws Exception {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<title>Test &lt;app&gt;</title>"));
        assertTrue(html.contains("<div id=\"react-entry-point\">"));
        Matcher config = Pattern.compile("<script id=\"_dash-config\" type=\"application/json\">(.*?)</script>")
                .matcher(html);
        assertTrue(config.find());
        JsonNode c = JSON.readTree(config.group(1));
        assertEquals("/", c.get("requests_pathname_prefix").asText());
        assertTrue(c.get("disable_version_check").asBoolean());
        assertTrue(
                Pattern.compile("src=\"/_dash-component-suites/dash/dash-renderer/build/dash_renderer"
                                + "\\.v3_4_1m[0-9a-f]{12}\\.min\\.js\" integrity=\"sha384-")
                        .matcher(html)
                        .find(),
                html);
        assertTrue(html.contains("<script src=\"/_jdash/app.0123abcd.js\" integrity=\"sha384-"));
        assertTrue(html.indexOf("dash_renderer.") < html.indexOf("_jdash/app.0123abcd.js"));
        assertTrue(html.indexOf("react@18.") < html.indexOf("dash_renderer."));
        assertFalse(html.contains(".dev.js"), "production bundles unless debug");
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/assets/style.css\">"));
        Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*application/json)[^>]*>")
                .matcher(html);
        assertFalse(inline.find(), "no inline executable script (strict CSP): " + html);
        assertEquals(
                "var renderer = new DashRenderer();\n",
                get("_jdash/bootstrap.js").body());
    }

    @Test
    void layout_isTheComponentTree() throws Exception {
        HttpResponse<String> r = get("_dash-layout");
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode layout = JSON.readTree(r.body());
        assertEquals("Div", layout.get("type").asText());
        assertEquals("dash_html_components", layout.get("namespace").asText());
        assertEquals("H1", layout.at("/props/children/0/type").asText());
        assertEquals("Input", layout.at("/props/children/1/type").asText());
        assertEquals(
                "dash_core_components", layout.at("/props/children/1/namespace").asText());
        assertEquals("world", layout.at("/props/children/1/props/value").asText());
    }

    @Test
    void dependencies_declareServerAndBrowserCallbacks() throws Exception {
        JsonNode deps = JSON.readTree(get("_dash-dependencies").body());
        JsonNode greet = find(deps, "greeting.children");
        assertEquals(
                "[{\"id\":\"btn\",\"property\":\"n_clicks\"}]",
                greet.get("inputs").toString());
        assertEquals(
                "[{\"id\":\"name\",\"property\":\"value\"}]", greet.get("state").toString());
        assertTrue(greet.get("clientside_function").isNull());
        assertFalse(greet.get("prevent_initial_call").asBoolean());
        assertTrue(find(deps, "..pair.children...pair.style..").has("no_output"));
        JsonNode fast = find(deps, "fast.children");
        assertEquals(
                "{\"namespace\":\"jdash\",\"function_name\":\"ServerCallbacks_fast\"}",
                fast.get("clientside_function").toString());
        assertTrue(
                find(deps, "stale.children").get("clientside_function").isNull(),
                "a stale manifest entry runs on the server");
        assertEquals(
                "{\"index\":[\"MATCH\"],\"type\":\"in\"}",
                find(deps, "{\"index\":[\"MATCH\"],\"type\":\"out\"}.children")
                        .at("/inputs/0/id")
                        .asText());
    }

    private static JsonNode find(JsonNode deps, String output) {
        for (JsonNode d : deps) {
            if (d.get("output").asText().equals(output)) {
                return d;
            }
        }
        throw new AssertionError("no dependency " + output + " in " + deps);
    }

    @Test
    void update_singleOutputWithState() throws Exception {
        HttpResponse<String> r = post("{\"output\":\"greeting.children\",\"outputs\":{\"id\":\"greeting\","
                + "\"property\":\"children\"},\"inputs\":[{\"id\":\"btn\",\"property\":\"n_clicks\",\"value\":2}],"
                + "\"changedPropIds\":[\"btn.n_clicks\"],\"state\":[{\"id\":\"name\",\"property\":\"value\","
                + "\"value\":\"Ann\"}]}");
        assertEquals(200, r.statusCode());
        assertEquals("{\"multi\":true,\"response\":{\"greeting\":{\"children\":\"Hello Ann #2\"}}}", r.body());
    }

    @Test
    void update_preventUpdateAndMissingValueGive204() throws Exception {
        HttpResponse<String> r = post("{\"output\":\"greeting.children\",\"outputs\":{\"id\":\"greeting\","
                + "\"property\":\"children\"},\"inputs\":[{\"id\":\"btn\",\"property\":\"n_clicks\"}],"
                + "\"changedPropIds\":[],\"state\":[{\"id\":\"name\",\"property\":\"value\"}]}");
        assertEquals(204, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    void update_multiOutputLeavesNoUpdateOutputsOut() throws Exception {
        String outputs = "[{\"id\":\"pair\",\"property\":\"children\"},{\"id\":\"pair\",\"property\":\"style\"}]";
        HttpResponse<String> r = post("{\"output\":\"..pair.children...pair.style..\",\"outputs\":" + outputs
                + ",\"inputs\":[{\"id\":\"level\",\"property\":\"value\",\"value\":3}],\"changedPropIds\":[]}");
        assertEquals(
                "{\"multi\":true,\"response\":{\"pair\":{\"children\":\"level 3\",\"style\":{\"color\":\"green\"}}}}",
                r.body());
        r = post("{\"output\":\"..pair.children...pair.style..\",\"outputs\":" + outputs
                + ",\"inputs\":[{\"id\":\"level\",\"property\":\"value\",\"value\":9}],\"changedPropIds\":[]}");
        assertEquals("{\"multi\":true,\"response\":{\"pair\":{\"children\":\"level 9\"}}}", r.body());
        r = post("{\"output\":\"..pair.children...pair.style..\",\"outputs\":" + outputs
                + ",\"inputs\":[{\"id\":\"level\",\"property\":\"value\"}],\"changedPropIds\":[]}");
        assertEquals(204, r.statusCode(), "every output no_update");
    }

    @Test
    void update_contextAndSetProps() throws Exception {
        HttpResponse<String> r = post("{\"output\":\"who.children\",\"outputs\":{\"id\":\"who\",\"property\":"
                + "\"children\"},\"inputs\":[{\"id\":\"a\",\"property\":\"n_clicks\",\"value\":1},{\"id\":\"b\","
                + "\"property\":\"n_clicks\"}],\"changedPropIds\":[\"a.n_clicks\"]}");
        assertEquals(
                "{\"multi\":true,\"response\":{\"who\":{\"children\":\"a.n_clicks\"}},\"sideUpdate\":{\"side\":"
                        + "{\"children\":\"side a\"}}}",
                r.body());
    }

    @Test
    void update_patternMatchingIdAnswersUnderSortedKeyJson() throws Exception {
        HttpResponse<String> r =
                post("{\"output\":\"{\\\"index\\\":[\\\"MATCH\\\"],\\\"type\\\":\\\"out\\\"}.children\","
                        + "\"outputs\":{\"id\":{\"type\":\"out\",\"index\":2},\"property\":\"children\"},"
                        + "\"inputs\":[{\"id\":{\"type\":\"in\",\"index\":2},\"property\":\"value\",\"value\":\"x\"}],"
                        + "\"changedPropIds\":[\"{\\\"index\\\":2,\\\"type\\\":\\\"in\\\"}.value\"]}");
        assertEquals(
                "{\"multi\":true,\"response\":{\"{\\\"index\\\":2,\\\"type\\\":\\\"out\\\"}\":{\"children\":"
                        + "\"got x\"}}}",
                r.body());
    }

    @Test
    void badRequests_getShortAnswersAndTheServerKeepsServing() throws Exception {
        HttpResponse<String> r = post("{not json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().startsWith("{\"error\":\"malformed JSON"), r.body());
        for (int i = 0; i < 20; i++) {
            r = post("{\"output\":\"x\",\"pad\":\"" + "x".repeat(20_000 + i * 50_000) + "\"}");
            assertEquals(413, r.statusCode(), "attempt " + i);
        }
        r = post("{\"output\":\"nope.children\"}");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("no callback has the output nope.children"));
        r = post("{\"output\":\"greeting.children\",\"outputs\":{\"id\":\"greeting\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"btn\",\"property\":\"n_clicks\",\"value\":\"3\"}],\"changedPropIds\":[],"
                + "\"state\":[{\"id\":\"name\",\"property\":\"value\",\"value\":\"Ann\"}]}");
        assertEquals(400, r.statusCode());
        assertEquals(
                "{\"error\":\"jdash: ServerCallbacks.greet: parameter 'clicks' expects an integral number in int"
                        + " range, but got \\\"3\\\" (string) (input btn.n_clicks)\"}",
                r.body());
        r = post("{\"output\":\"boom.children\",\"outputs\":{\"id\":\"boom\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"boom\",\"property\":\"n_clicks\",\"value\":1}],\"changedPropIds\":[]}");
        assertEquals(500, r.statusCode());
        assertTrue(
                r.body().matches("\\{\"error\":\"jdash: ServerCallbacks.boom failed \\(error id [0-9a-f]{12}\\)\"}"),
                "production names the callback and an error id, nothing of the exception: " + r.body());
        for (String traversal : List.of(
                "assets/../secret.txt",
                "assets/%2e%2e/secret.txt",
                "assets/..%2fsecret.txt",
                "assets/%2e%2e%2fsecret.txt")) {
            HttpResponse<String> t = get(traversal);
            assertTrue(
                    t.statusCode() >= 400 && t.statusCode() < 500 && !t.body().contains("secret\""),
                    traversal + " gave " + t.statusCode() + " " + t.body());
            assertFalse(t.body().equals("secret"), traversal);
        }
        assertEquals(404, get("_dash-component-suites/dash/dcc/nothing.js").statusCode());
        HttpResponse<String> escape = get("_dash-component-suites/../../META-INF/jdash/manifest.json");
        assertTrue(escape.statusCode() >= 400 && escape.statusCode() < 500, escape.statusCode() + "");
        assertFalse(escape.body().contains("manifestVersion"));
        HttpResponse<String> encoded = get("_dash-component-suites/dash%2f..%2f..%2fMETA-INF%2fjdash%2fmanifest.json");
        assertTrue(encoded.statusCode() >= 400 && encoded.statusCode() < 500, encoded.statusCode() + "");
        assertFalse(encoded.body().contains("manifestVersion"));
        assertEquals(200, get("_dash-layout").statusCode(), "still serving");
    }

    @Test
    void componentSuites_areServedFingerprintedAndImmutable() throws Exception {
        HttpResponse<String> plain = get("_dash-component-suites/dash/dcc/dash_core_components.js");
        assertEquals(200, plain.statusCode());
        assertEquals(
                "application/javascript",
                plain.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> printed = get("_dash-component-suites/dash/deps/react@18.v4_4_1m1700000000.3.1.min.js");
        assertEquals(200, printed.statusCode());
        assertTrue(printed.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(
                get("_dash-component-suites/dash/deps/react@" + FrontendPackages.REACT + ".min.js")
                        .body(),
                printed.body());
        assertEquals(
                200,
                get("_dash-component-suites/plotly/package_data/plotly.min.js").statusCode());
        HttpResponse<String> bundle = get("_jdash/app.0123abcd.js");
        assertEquals(200, bundle.statusCode());
        assertTrue(bundle.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(200, get("_favicon.ico").statusCode());
        assertEquals("body { margin: 0; }", get("assets/style.css").body());
    }

    @Test
    void pageScripts_areFingerprintedImmutableAndTheRestRevalidates() throws Exception {
        Matcher scripts =
                Pattern.compile("src=\"/(_dash-component-suites/[^\"]+)\"").matcher(get("").body());
        int count = 0;
        while (scripts.find()) {
            HttpResponse<String> r = get(scripts.group(1));
            assertEquals(200, r.statusCode(), scripts.group(1));
            assertEquals(
                    "public, max-age=31536000, immutable",
                    r.headers().firstValue("Cache-Control").orElse(""),
                    scripts.group(1));
            count++;
        }
        assertEquals(9, count, "polyfill, react, react-dom, prop-types, renderer, dcc x2, html, table");
        HttpResponse<String> chunk = get("_dash-component-suites/dash/dcc/async-graph.js");
        assertEquals("no-cache", chunk.headers().firstValue("Cache-Control").orElse(""));
        String etag = chunk.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-component-suites/dash/dcc/async-graph.js"))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void debugMode_servesTheDevelopmentBundlesThatCheckProps() throws Exception {
        DashApp app = DashApp.builder().layout(Html.div()).debug(true).build();
        try (DashServer debug = DashServer.start(app, 0)) {
            String html = HTTP.send(
                            HttpRequest.newBuilder(URI.create(debug.url())).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertTrue(html.contains("dash_renderer.v3_4_1m"), html);
            assertTrue(
                    Pattern.compile("dash_renderer\\.v[\\w]+m[0-9a-f]+\\.dev\\.js")
                            .matcher(html)
                            .find(),
                    html);
            assertTrue(html.contains("/dcc/proptypes.v"), html);
            assertTrue(
                    Pattern.compile("react@18\\.v[\\w]+m[0-9a-f]+\\.3\\.1\\.js")
                            .matcher(html)
                            .find(),
                    html);
            assertTrue(html.contains("\"props_check\":true"), html);
        }
    }

    @Test
    void largeResponses_areGzipped() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(server.url() + "_dash-component-suites/dash/dcc/dash_core_components.js"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(r.body().length < 200_000, "compressed " + r.body().length);
        byte[] unpacked = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes();
        assertEquals(
                get("_dash-component-suites/dash/dcc/dash_core_components.js").body(),
                new String(unpacked, java.nio.charset.StandardCharsets.UTF_8),
                "compressed once, not twice");
        String big = "{\"output\":\"total.children\",\"outputs\":{\"id\":\"total\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"items\",\"property\":\"data\",\"value\":[" + "1,".repeat(2000)
                + "1]}],\"changedPropIds\":[]}";
        HttpResponse<byte[]> layout = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-layout"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, layout.statusCode());
        assertEquals(200, post(big).statusCode());
    }

    @Test
    void values_followTheMapping() throws Exception {
        HttpResponse<String> r = post("{\"output\":\"total.children\",\"outputs\":{\"id\":\"total\",\"property\":"
                + "\"children\"},\"inputs\":[{\"id\":\"items\",\"property\":\"data\",\"value\":[1,2.5,3]}],"
                + "\"changedPropIds\":[]}");
        assertEquals(6.5, JSON.readTree(r.body()).at("/response/total/children").asDouble());
        r = post("{\"output\":\"total.children\",\"outputs\":{\"id\":\"total\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"items\",\"property\":\"data\",\"value\":[1,\"x\"]}],\"changedPropIds\":[]}");
        assertEquals(400, r.statusCode());
        assertTrue(
                r.body()
                        .contains("parameter 'items[1]' expects a number, but got \\\"x\\\" (string) (input"
                                + " items.data)"),
                r.body());
    }

    @Test
    void update_allOutputsTakeOneValuePerMatchingComponent() throws Exception {
        String ids = "[{\"id\":{\"index\":0,\"type\":\"cell\"},\"property\":\"children\"},"
                + "{\"id\":{\"index\":1,\"type\":\"cell\"},\"property\":\"children\"},"
                + "{\"id\":{\"index\":2,\"type\":\"cell\"},\"property\":\"children\"}]";
        String inputs = "[[{\"id\":{\"index\":0,\"type\":\"cell\"},\"property\":\"n_clicks\",\"value\":4},"
                + "{\"id\":{\"index\":1,\"type\":\"cell\"},\"property\":\"n_clicks\"},"
                + "{\"id\":{\"type\":\"cell\",\"index\":2},\"property\":\"n_clicks\",\"value\":1}]]";
        HttpResponse<String> r = post("{\"output\":\"{\\\"index\\\":[\\\"ALL\\\"],\\\"type\\\":\\\"cell\\\"}"
                + ".children\",\"outputs\":" + ids + ",\"inputs\":" + inputs + ",\"changedPropIds\":[]}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "{\"multi\":true,\"response\":{\"{\\\"index\\\":0,\\\"type\\\":\\\"cell\\\"}\":{\"children\":"
                        + "\"clicked 4\"},\"{\\\"index\\\":2,\\\"type\\\":\\\"cell\\\"}\":{\"children\":\"clicked 1\"}}}",
                r.body(),
                "one key per component, no_update entries left out");
        HttpResponse<String> none = post("{\"output\":\"{\\\"index\\\":[\\\"ALL\\\"],\\\"type\\\":"
                + "\\\"cell\\\"}.children\",\"outputs\":[],\"inputs\":[[]],\"changedPropIds\":[]}");
        assertEquals(204, none.statusCode(), "no components match");
        HttpResponse<String> wrong = post("{\"output\":\"{\\\"index\\\":[\\\"ALL\\\"],\\\"type\\\":"
                + "\\\"cell\\\"}.children\",\"outputs\":" + ids + ",\"inputs\":[[]],\"changedPropIds\":[]}");
        assertEquals(500, wrong.statusCode());
        assertTrue(
                wrong.body()
                        .matches("\\{\"error\":\"jdash: ServerCallbacks.cells failed \\(error id [0-9a-f]{12}\\)\"}"),
                wrong.body());
    }

    @Test
    void update_allSmallerInputsArriveAsAList() throws Exception {
        HttpResponse<String> r = post("{\"output\":\"total2.children\",\"outputs\":{\"id\":\"total2\",\"property\":"
                + "\"children\"},\"inputs\":[[{\"id\":{\"index\":0,\"type\":\"row\"},\"property\":\"value\","
                + "\"value\":1.5},{\"id\":{\"index\":1,\"type\":\"row\"},\"property\":\"value\",\"value\":2}],"
                + "{\"id\":{\"index\":2,\"type\":\"row\"},\"property\":\"value\",\"value\":7}],\"changedPropIds\":[]}");
        assertEquals("{\"multi\":true,\"response\":{\"total2\":{\"children\":\"2 before, mine 7.0\"}}}", r.body());
    }

    @Test
    void allowDuplicate_givesEachWriterItsOwnKeyAndAnswersUnderTheCleanProp() throws Exception {
        JsonNode deps = JSON.readTree(get("_dash-dependencies").body());
        find(deps, "shared.children");
        String second = null;
        for (JsonNode d : deps) {
            if (d.get("output").asText().startsWith("shared.children@")) {
                second = d.get("output").asText();
            }
        }
        assertTrue(second != null && second.matches("shared\\.children@[0-9a-f]{64}"), String.valueOf(second));
        HttpResponse<String> r = post("{\"output\":\"" + second + "\",\"outputs\":{\"id\":\"shared\",\"property\":\""
                + second.substring("shared.".length()) + "\"},\"inputs\":[{\"id\":\"second\",\"property\":"
                + "\"n_clicks\",\"value\":3}],\"changedPropIds\":[\"second.n_clicks\"]}");
        assertEquals("{\"multi\":true,\"response\":{\"shared\":{\"children\":\"second 3\"}}}", r.body());
    }

    @Test
    void duplicateOutputsWithoutAllowDuplicate_failAtStartNamingBothCallbacks() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> new DashServlet(DashApp.builder()
                        .layout(Html.div())
                        .callbacks(ServerCallbacks.class)
                        .clientsideCallback(ClientsideCallback.of("ui", "again")
                                .outputs("greeting.children")
                                .inputs("x.n_clicks"))
                        .build()));
        assertTrue(
                e.getMessage().contains("greeting.children is written by both ServerCallbacks.greet and ui.again"),
                e.getMessage());
        assertTrue(e.getMessage().contains("greeting.children@allow_duplicate"), e.getMessage());
    }

    @Test
    void patch_isAnsweredAsDashPatchOperations() throws Exception {
        HttpResponse<String> r = post("{\"output\":\"chart.figure\",\"outputs\":{\"id\":\"chart\",\"property\":"
                + "\"figure\"},\"inputs\":[{\"id\":\"grow\",\"property\":\"n_clicks\",\"value\":2}],"
                + "\"changedPropIds\":[\"grow.n_clicks\"]}");
        assertEquals(
                "{\"multi\":true,\"response\":{\"chart\":{\"figure\":{\"__dash_patch_update\":"
                        + "\"__dash_patch_update\",\"operations\":["
                        + "{\"operation\":\"Append\",\"location\":[\"data\",0,\"y\"],\"params\":{\"value\":2}},"
                        + "{\"operation\":\"Assign\",\"location\":[\"layout\",\"title\",\"text\"],\"params\":{\"value\":"
                        + "\"clicked 2\"}},"
                        + "{\"operation\":\"Insert\",\"location\":[\"data\",0,\"x\"],\"params\":{\"value\":-1,\"index\":0}},"
                        + "{\"operation\":\"Delete\",\"location\":[\"layout\",\"legend\"],\"params\":{}}]}}}}",
                r.body());
    }

    @Test
    void javaScriptCallbacks_areDeclaredAndNeverRunOnTheServer() throws Exception {
        JsonNode d = find(JSON.readTree(get("_dash-dependencies").body()), "dbl.children");
        assertEquals(
                "{\"namespace\":\"ui\",\"function_name\":\"double\"}",
                d.get("clientside_function").toString());
        assertEquals("[{\"id\":\"dbl\",\"property\":\"title\"}]", d.get("state").toString());
        HttpResponse<String> r = post("{\"output\":\"dbl.children\",\"outputs\":{\"id\":\"dbl\",\"property\":"
                + "\"children\"},\"inputs\":[{\"id\":\"dbl\",\"property\":\"n_clicks\",\"value\":1}]}");
        assertEquals(400, r.statusCode());
        assertEquals("{\"error\":\"ui.double runs in the browser only\"}", r.body());
    }

    @Test
    void update_manyConcurrentCallsEachGetTheirOwnAnswer() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                answers.add(pool.submit(() -> post("{\"output\":\"who.children\",\"outputs\":{\"id\":\"who\","
                                + "\"property\":\"children\"},\"inputs\":[{\"id\":\"a\",\"property\":\"n_clicks\","
                                + "\"value\":1},{\"id\":\"b\",\"property\":\"n_clicks\"}],\"changedPropIds\":[\"a" + n
                                + ".n_clicks\"]}")
                        .body()));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(
                        "{\"multi\":true,\"response\":{\"who\":{\"children\":\"a" + i + ".n_clicks\"}},"
                                + "\"sideUpdate\":{\"side\":{\"children\":\"side a" + i + "\"}}}",
                        answers.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
