package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.server.cache.MemoCache;
import io.jdash.server.fixtures.MemoCallbacks;
import io.jdash.server.fixtures.ServerCallbacks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a callback request must be before user code runs: declared JSON from the app's own origin, in the shape
 * dash-renderer sends and matching the registered callback; and what a failure answers.
 */
class UpdateRequestTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ECHO = "{\"output\":\"echo.data\",\"outputs\":{\"id\":\"echo\",\"property\":\"data\"},"
            + "\"inputs\":[{\"id\":\"echo\",\"property\":\"value\",\"value\":%s}],\"changedPropIds\":[]}";
    static DashServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DashServer.start(
                DashApp.builder()
                        .layout(Html.div())
                        .callbacks(ServerCallbacks.class)
                        .allowedOrigins("https://portal.example.com")
                        .build(),
                0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpResponse<String> post(DashServer to, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(to.url() + "_dash-update-component"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(DashServer to, String body) throws Exception {
        return post(to, body, "Content-Type", "application/json");
    }

    @Test
    void userDataShapedLikeJdashsNoUpdateMarker_isAnsweredAsData() throws Exception {
        String marker = "{\"$jdash\":\"no_update\"}";
        HttpResponse<String> r = postJson(server, ECHO.formatted(marker));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"multi\":true,\"response\":{\"echo\":{\"data\":" + marker + "}}}", r.body());
        String nested = "[" + marker + ",{\"a\":" + marker + "}]";
        assertEquals(
                "{\"multi\":true,\"response\":{\"echo\":{\"data\":" + nested + "}}}",
                postJson(server, ECHO.formatted(nested)).body());
        try (MemoCache cache = MemoCache.inProcess(1 << 20);
                DashServer memo = DashServer.start(
                        DashApp.builder()
                                .layout(Html.div())
                                .callbacks(MemoCallbacks.class)
                                .cache(cache)
                                .build(),
                        0)) {
            for (int i = 0; i < 2; i++) {
                assertEquals(
                        "{\"multi\":true,\"response\":{\"echo\":{\"data\":" + marker + "}}}",
                        postJson(memo, ECHO.formatted(marker)).body(),
                        i == 0 ? "computed" : "from the cache");
            }
        }
    }

    @Test
    void bodiesAPageOfAnotherSiteCanSend_areRefusedAndRunNoCallback() throws Exception {
        int before = ServerCallbacks.ECHO_RUNS.get();
        String body = ECHO.formatted("1");
        for (String type : List.of(
                "text/plain",
                "text/plain;charset=UTF-8",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/jsonp",
                "text/json",
                "")) {
            HttpResponse<String> r = type.isEmpty() ? post(server, body) : post(server, body, "Content-Type", type);
            assertEquals(415, r.statusCode(), type + ": " + r.body());
            assertTrue(r.body().contains("Content-Type: application/json"), r.body());
        }
        assertEquals(before, ServerCallbacks.ECHO_RUNS.get(), "no callback ran");
        assertEquals(
                200,
                post(server, body, "Content-Type", "application/json; charset=utf-8")
                        .statusCode());
        assertEquals(200, post(server, body, "Content-Type", "Application/JSON").statusCode());
    }

    @Test
    void requestsFromOtherOrigins_areRefusedUnlessAllowed() throws Exception {
        int before = ServerCallbacks.ECHO_RUNS.get();
        String body = ECHO.formatted("1");
        String own = "http://127.0.0.1:" + server.port();
        List<String[]> refused = List.of(
                new String[] {"Origin", "https://evil.example"},
                new String[] {"Origin", "null"},
                new String[] {"Origin", "http://127.0.0.1:" + (server.port() + 1)},
                new String[] {"Origin", "https://portal.example.com.evil.example"},
                new String[] {"Origin", "https://evil.example", "X-Forwarded-Host", "dash.example.com"},
                new String[] {"Sec-Fetch-Site", "cross-site"},
                new String[] {"Sec-Fetch-Site", "same-site"},
                new String[] {"Sec-Fetch-Site", "cross-site", "Origin", own});
        for (String[] h : refused) {
            List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
            headers.addAll(List.of(h));
            HttpResponse<String> r = post(server, body, headers.toArray(String[]::new));
            assertEquals(403, r.statusCode(), List.of(h) + ": " + r.body());
        }
        assertEquals(before, ServerCallbacks.ECHO_RUNS.get(), "no callback ran");
        for (String[] h : List.of(
                new String[] {"Origin", own},
                new String[] {"Origin", own, "Sec-Fetch-Site", "same-origin"},
                new String[] {"Origin", "https://portal.example.com", "Sec-Fetch-Site", "cross-site"},
                new String[] {"Sec-Fetch-Site", "none"},
                new String[] {"Origin", "https://dash.example.com", "X-Forwarded-Host", "dash.example.com"})) {
            List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
            headers.addAll(List.of(h));
            HttpResponse<String> r = post(server, body, headers.toArray(String[]::new));
            assertEquals(200, r.statusCode(), List.of(h) + ": " + r.body());
        }
    }

    /** Each request differs from a valid one in one part; none may reach the callback. */
    @Test
    void malformedShapes_get400NamingWhatIsWrong_andNeverReachTheCallback() throws Exception {
        String out = "\"output\":\"who.children\",\"outputs\":{\"id\":\"who\",\"property\":\"children\"}";
        String a = "{\"id\":\"a\",\"property\":\"n_clicks\",\"value\":1}";
        String b = "{\"id\":\"b\",\"property\":\"n_clicks\"}";
        assertEquals(
                200,
                postJson(
                                server,
                                "{" + out + ",\"inputs\":[" + a + "," + b + "],\"changedPropIds\":"
                                        + "[\"a.n_clicks\"],\"unknown\":{\"x\":1}}")
                        .statusCode(),
                "the valid one, an unknown field ignored");
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("{" + out + "}", "'inputs' must be a list of 2 entries");
        for (String inputs :
                List.of("{}", "\"a\"", "3", "null", "true", "[]", "[" + a + "]", "[" + a + "," + b + "," + b + "]")) {
            bad.put("{" + out + ",\"inputs\":" + inputs + "}", "'inputs' must be a list of 2 entries");
        }
        bad.put(
                "{" + out + ",\"inputs\":[" + b.replace("\"b\"", "\"a\"") + ","
                        + a.replace("\"a\"", "\"b\"").replace("n_clicks", "value") + "]}",
                "inputs[1] has the property \\\"value\\\"");
        bad.put(
                "{" + out + ",\"inputs\":[" + b + "," + a + "]}",
                "inputs[0] has the id \\\"b\\\", but the callback" + " declares a.n_clicks there");
        bad.put(
                "{" + out + ",\"inputs\":[[" + a + "]," + b + "]}",
                "inputs[0] must be an object {id, property, value}");
        bad.put("{" + out + ",\"inputs\":[" + a + ",3]}", "inputs[1] must be an object");
        bad.put("{" + out + ",\"inputs\":[{\"property\":\"n_clicks\"}," + b + "]}", "inputs[0] has no id");
        bad.put(
                "{" + out + ",\"inputs\":[{\"id\":{\"a\":1},\"property\":\"n_clicks\"}," + b + "]}",
                "inputs[0] has the id {\\\"a\\\":1}");
        bad.put(
                "{" + out + ",\"inputs\":[" + a + "," + b + "],\"changedPropIds\":\"a.n_clicks\"}",
                "'changedPropIds' must be a list");
        bad.put(
                "{" + out + ",\"inputs\":[" + a + "," + b + "],\"changedPropIds\":[1]}",
                "must hold \\\"<id>.<property>\\\" strings, but has 1 (number)");
        bad.put(
                "{" + out + ",\"inputs\":[" + a + "," + b + "],\"changedPropIds\":[\"nodot\"]}",
                "but has \\\"nodot\\\" (string)");
        bad.put("{\"output\":\"who.children\",\"inputs\":[" + a + "," + b + "]}", "'outputs' is missing");
        bad.put(
                "{\"output\":\"who.children\",\"outputs\":[],\"inputs\":[" + a + "," + b + "]}",
                "outputs must be an object");
        bad.put(
                "{\"output\":\"who.children\",\"outputs\":{\"id\":\"what\",\"property\":\"children\"},\"inputs\":[" + a
                        + "," + b + "]}",
                "outputs has the id \\\"what\\\"");
        bad.put(
                "{\"output\":\"..pair.children...pair.style..\",\"outputs\":{\"id\":\"pair\",\"property\":"
                        + "\"children\"},\"inputs\":[{\"id\":\"level\",\"property\":\"value\",\"value\":1}]}",
                "'outputs' must be a list of 2 entries");
        bad.put(
                "{\"output\":\"greeting.children\",\"outputs\":{\"id\":\"greeting\",\"property\":\"children\"},"
                        + "\"inputs\":[{\"id\":\"btn\",\"property\":\"n_clicks\",\"value\":1}]}",
                "'state' must be a list of 1");
        bad.put(
                "{\"output\":\"greeting.children\",\"outputs\":{\"id\":\"greeting\",\"property\":\"children\"},"
                        + "\"inputs\":[{\"id\":\"btn\",\"property\":\"n_clicks\",\"value\":1}],\"state\":{\"id\":\"name\","
                        + "\"property\":\"value\"}}",
                "'state' must be a list of 1");
        String match = "\"output\":\"{\\\"index\\\":[\\\"MATCH\\\"],\\\"type\\\":\\\"out\\\"}.children\","
                + "\"outputs\":{\"id\":{\"type\":\"out\",\"index\":2},\"property\":\"children\"}";
        bad.put(
                "{" + match + ",\"inputs\":[{\"id\":{\"type\":\"other\",\"index\":2},\"property\":\"value\"}]}",
                "whose 'type' does not match");
        bad.put(
                "{" + match + ",\"inputs\":[{\"id\":{\"type\":\"in\",\"index\":[2]},\"property\":\"value\"}]}",
                "whose 'index' does not match");
        bad.put(
                "{" + match + ",\"inputs\":[{\"id\":{\"type\":\"in\"},\"property\":\"value\"}]}",
                "not one with the keys [index, type]");
        bad.put("{" + match + ",\"inputs\":[{\"id\":\"in\",\"property\":\"value\"}]}", "has the id \\\"in\\\"");
        bad.put(
                "{" + match + ",\"inputs\":[{\"id\":{\"type\":\"in\",\"index\":3},\"property\":\"value\"}]}",
                "inputs[0] has the MATCH value 3 for 'index', but an earlier part of the request has 2");
        String all = "\"output\":\"{\\\"index\\\":[\\\"ALL\\\"],\\\"type\\\":\\\"cell\\\"}.children\",\"outputs\":[]";
        bad.put(
                "{" + all + ",\"inputs\":[{\"id\":{\"type\":\"cell\",\"index\":0},\"property\":\"n_clicks\"}]}",
                "inputs[0] must be a list of {id, property, value} entries for the pattern");
        bad.put(
                "{" + all + ",\"inputs\":[[{\"id\":{\"type\":\"row\",\"index\":0},\"property\":\"n_clicks\"}]]}",
                "inputs[0][0] has the id");
        bad.put(
                "{\"output\":\"{\\\"index\\\":[\\\"ALL\\\"],\\\"type\\\":\\\"cell\\\"}.children\",\"outputs\":{},"
                        + "\"inputs\":[[]]}",
                "outputs must be a list of {id, property} entries");
        int before = ServerCallbacks.ECHO_RUNS.get();
        for (Map.Entry<String, String> e : bad.entrySet()) {
            HttpResponse<String> r = postJson(server, e.getKey());
            assertEquals(400, r.statusCode(), e.getKey() + " -> " + r.body());
            assertTrue(r.body().contains(e.getValue()), e.getKey() + " -> " + r.body() + ", wanted " + e.getValue());
            assertTrue(r.body().startsWith("{\"error\":\"jdash: bad request for ServerCallbacks."), r.body());
        }
        for (String echo : List.of(
                "{\"output\":\"echo.data\",\"outputs\":{\"id\":\"echo\",\"property\":\"data\"}}",
                ECHO.formatted("1").replace("[{", "{").replace("}],", "},"),
                ECHO.formatted("1")
                        .replace("\"echo\"," + "\"property\":\"value\"", "\"echo\",\"property\":\"data\""))) {
            assertEquals(400, postJson(server, echo).statusCode(), echo);
        }
        assertEquals(before, ServerCallbacks.ECHO_RUNS.get(), "no callback ran");
    }

    @Test
    void failures_inProductionNameTheCallbackAndAnErrorIdThatTheLogHasWithTheStack() throws Exception {
        List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("io.jdash.server").addHandler(handler);
        try {
            String boom = "{\"output\":\"boom.children\",\"outputs\":{\"id\":\"boom\",\"property\":\"children\"},"
                    + "\"inputs\":[{\"id\":\"boom\",\"property\":\"n_clicks\",\"value\":1}],\"changedPropIds\":[]}";
            HttpResponse<String> r = postJson(server, boom);
            assertEquals(500, r.statusCode());
            Matcher id = Pattern.compile(
                            "^\\{\"error\":\"jdash: ServerCallbacks.boom failed \\(error id ([0-9a-f]{12})" + "\\)\"}$")
                    .matcher(r.body());
            assertTrue(id.find(), r.body());
            assertFalse(r.body().contains("IllegalStateException") || r.body().contains("boom 1"), r.body());
            LogRecord logged = records.stream()
                    .filter(l -> l.getMessage().contains(id.group(1)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no log line with " + id.group(1)));
            assertTrue(logged.getMessage().contains("IllegalStateException: boom 1"), logged.getMessage());
            assertTrue(logged.getThrown() instanceof IllegalStateException, String.valueOf(logged.getThrown()));
            try (DashServer debug = DashServer.start(
                    DashApp.builder()
                            .layout(Html.div())
                            .callbacks(ServerCallbacks.class)
                            .debug(true)
                            .build(),
                    0)) {
                HttpResponse<String> d = postJson(debug, boom);
                assertEquals(500, d.statusCode());
                // debug answers with a page for Dash's error popup (DevToolsHttpTest checks it in detail)
                assertTrue(
                        d.body().startsWith("<!doctype html>")
                                && d.body()
                                        .contains("jdash: ServerCallbacks.boom"
                                                + " threw java.lang.IllegalStateException: boom 1<br>")
                                && d.body().contains("error id "),
                        d.body());
                String ids = "[{\"id\":{\"index\":0,\"type\":\"cell\"},\"property\":\"children\"}]";
                HttpResponse<String> wrong = postJson(
                        debug,
                        "{\"output\":\"{\\\"index\\\":[\\\"ALL\\\"],\\\"type\\\":"
                                + "\\\"cell\\\"}.children\",\"outputs\":" + ids
                                + ",\"inputs\":[[]],\"changedPropIds\":[]}");
                assertEquals(500, wrong.statusCode());
                assertTrue(
                        wrong.body().contains("ServerCallbacks.cells returned a list of 0 for the ALL output"),
                        wrong.body());
            }
        } finally {
            Logger.getLogger("io.jdash.server").removeHandler(handler);
        }
    }

    @Test
    void wrongValuesInPatternMatchingInputs_nameTheComponentIdAndProperty() throws Exception {
        HttpResponse<String> r = postJson(
                server,
                "{\"output\":\"total2.children\",\"outputs\":{\"id\":\"total2\","
                        + "\"property\":\"children\"},\"inputs\":[[{\"id\":{\"index\":0,\"type\":\"row\"},\"property\":"
                        + "\"value\",\"value\":1.5},{\"id\":{\"type\":\"row\",\"index\":1},\"property\":\"value\",\"value\":"
                        + "\"x\"}],{\"id\":{\"index\":2,\"type\":\"row\"},\"property\":\"value\",\"value\":7}],"
                        + "\"changedPropIds\":[]}");
        assertEquals(400, r.statusCode());
        assertEquals(
                "{\"error\":\"jdash: ServerCallbacks.smaller: parameter 'before[1]' expects a number, but got"
                        + " \\\"x\\\" (string) (input {\\\"index\\\":1,\\\"type\\\":\\\"row\\\"}.value)\"}",
                r.body());
        r = postJson(
                server,
                "{\"output\":\"total2.children\",\"outputs\":{\"id\":\"total2\",\"property\":"
                        + "\"children\"},\"inputs\":[[],{\"id\":{\"index\":2,\"type\":\"row\"},\"property\":\"value\","
                        + "\"value\":true}],\"changedPropIds\":[]}");
        assertTrue(
                r.body()
                        .contains("parameter 'mine' expects a number, but got true (boolean) (input"
                                + " {\\\"index\\\":2,\\\"type\\\":\\\"row\\\"}.value)"),
                r.body());
        String cells = "[[{\"id\":{\"index\":0,\"type\":\"cell\"},\"property\":\"n_clicks\",\"value\":1},"
                + "{\"id\":{\"index\":7,\"type\":\"cell\"},\"property\":\"n_clicks\",\"value\":[2]}]]";
        r = postJson(
                server,
                "{\"output\":\"{\\\"index\\\":[\\\"ALL\\\"],\\\"type\\\":\\\"cell\\\"}.children\","
                        + "\"outputs\":[],\"inputs\":" + cells + ",\"changedPropIds\":[]}");
        assertTrue(
                r.body()
                        .endsWith("parameter 'clicks[1]' expects an integral number in int range, but got [2]"
                                + " (array) (input {\\\"index\\\":7,\\\"type\\\":\\\"cell\\\"}.n_clicks)\"}"),
                r.body());
    }

    @Test
    void queryParametersRideAlong_andOtherMethodsAreRefused() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component?endId=tok%20123&cacheKey=k"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(ECHO.formatted("2")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> get = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> post = post(server, "{}", "Content-Type", "application/json");
        assertEquals(400, post.statusCode());
        HttpResponse<String> layout = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-layout"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, layout.statusCode());
    }
}
