package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.server.background.BackgroundOptions;
import io.jdash.server.cache.MemoCache;
import io.jdash.server.fixtures.FailingCallbacks;
import io.jdash.server.fixtures.JobCallbacks;
import io.jdash.server.fixtures.MemoCallbacks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Dash's dev tools get from server callbacks, over real HTTP: in debug mode a failing callback's page (the
 * exception, its causes, the frames of the app's code, all escaped) and the {@code Server-Timing} header; in
 * production neither, and the short answers of before.
 */
class DevToolsHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MS = Pattern.compile("[0-9]+\\.[0-9]{3}");
    static DashServer debug;
    static DashServer production;

    @BeforeAll
    static void start() throws Exception {
        debug = DashServer.start(
                DashApp.builder()
                        .layout(Html.div())
                        .callbacks(FailingCallbacks.class)
                        .debug(true)
                        .build(),
                0);
        production = DashServer.start(
                DashApp.builder()
                        .layout(Html.div())
                        .callbacks(FailingCallbacks.class)
                        .build(),
                0);
    }

    @AfterAll
    static void stop() throws Exception {
        debug.close();
        production.close();
    }

    static HttpResponse<String> post(DashServer server, String query, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component" + query))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> call(DashServer server, String output, String input, String value) throws Exception {
        String[] o = output.split("\\.");
        String[] i = input.split("\\.");
        return post(
                server,
                "",
                "{\"output\":\"" + output + "\",\"outputs\":{\"id\":\"" + o[0] + "\",\"property\":\""
                        + o[1] + "\"},\"inputs\":[{\"id\":\"" + i[0] + "\",\"property\":\"" + i[1] + "\""
                        + (value == null ? "" : ",\"value\":" + value) + "}],\"changedPropIds\":[\"" + input + "\"]}");
    }

    /** The line of {@code marker} in a test fixture's source, so that a reformat cannot break the test. */
    static int lineOf(String fixture, String marker) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/io/jdash/server/fixtures/" + fixture));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(fixture + " has no " + marker);
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void debug_aThrowingCallbackAnswersAPageWithTheExceptionAndTheAppsFrameFirst() throws Exception {
        HttpResponse<String> r = call(debug, "parsed.children", "text.value", "\"12x\"");
        assertEquals(500, r.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(r).replace(" ", "").toLowerCase());
        String page = r.body();
        assertTrue(page.startsWith("<!doctype html>"), page);
        assertTrue(
                page.contains("<title>java.lang.NumberFormatException: For input string: &quot;12x&quot;</title>"),
                page);
        String frame = "FailingCallbacks.parse(FailingCallbacks.java:"
                + lineOf("FailingCallbacks.java", "Integer.parseInt(text)") + ")";
        assertTrue(page.contains("at <b>" + frame + "</b>"), "the app's frame is named at the top: " + page);
        assertTrue(page.contains("<li class=\"frame app\">at io.jdash.server.fixtures." + frame + "</li>"), page);
        assertTrue(page.contains("<li class=\"frame lib\">at java.base/java.lang.Integer.parseInt("), page);
        Matcher hidden = Pattern.compile("([0-9]+) jdash/JDK frames hidden").matcher(page);
        assertTrue(hidden.find(), page);
        assertTrue(Integer.parseInt(hidden.group(1)) > 10, "reflection, jdash and Jetty are hidden: " + page);
        for (String internal : List.of(
                "jdk.internal.reflect",
                "java.lang.reflect.Method",
                "io.jdash.server.values",
                "io.jdash.server.internal",
                "org.eclipse.jetty",
                "java.lang.Thread.run")) {
            assertFalse(page.contains(internal), internal + " is pruned: " + page);
        }
        Matcher id = Pattern.compile("error id ([0-9a-f]{12})").matcher(page);
        assertTrue(id.find(), page);
        assertTrue(page.contains("jdash: FailingCallbacks.parse threw java.lang.NumberFormatException"), page);
    }

    @Test
    void debug_messagesAndCausesAreEscapedAndTheChainIsShown() throws Exception {
        HttpResponse<String> r = call(debug, "markup.children", "markup.n_clicks", "1");
        assertEquals(500, r.statusCode());
        String page = r.body();
        assertFalse(page.contains("<script") || page.contains("<b>full"), "no markup from messages: " + page);
        assertTrue(
                page.contains("<title>java.io.UncheckedIOException: &lt;script&gt;alert(&quot;1&quot;)"
                        + "&lt;/script&gt;</title>"),
                page);
        assertTrue(
                page.contains("Caused by: java.io.IOException: disk &lt;b&gt;full&lt;/b&gt; &amp; &#39;gone&#39;"),
                page);
        int thrown = lineOf("FailingCallbacks.java", "throw new IOException(");
        assertTrue(page.contains("FailingCallbacks.markup(FailingCallbacks.java:" + thrown + ")"), page);
        assertTrue(page.contains("jdash/JDK frames hidden (in common with the exception above"), page);
    }

    @Test
    void debug_aDeepStackShowsItsFirstHundredFrames() throws Exception {
        HttpResponse<String> r = call(debug, "deep.children", "deep.value", "150");
        String page = r.body();
        assertEquals(100, page.split("<li class=\"frame", -1).length - 1, page);
        assertTrue(page.contains("52 more frames of the same kind not shown"), page);
        assertTrue(page.contains("<title>java.lang.IllegalStateException: the bottom</title>"), page);
    }

    @Test
    void production_answersAreShortJsonWithoutFramesClassesOrPages() throws Exception {
        for (String[] c : List.of(
                new String[] {"parsed.children", "text.value", "\"12x\"", "parse"},
                new String[] {"markup.children", "markup.n_clicks", "1", "markup"},
                new String[] {"deep.children", "deep.value", "150", "deep"})) {
            HttpResponse<String> r = call(production, c[0], c[1], c[2]);
            assertEquals(500, r.statusCode());
            assertEquals("application/json", contentType(r));
            assertTrue(
                    r.body()
                            .matches("\\{\"error\":\"jdash: FailingCallbacks." + c[3]
                                    + " failed \\(error id [0-9a-f]{12}\\)\"}"),
                    r.body());
            for (String leak : List.of("at io.", "at java.", "Exception", "<", "Caused", ".java:", "frames")) {
                assertFalse(r.body().contains(leak), leak + " in " + r.body());
            }
            assertTrue(r.headers().firstValue("Server-Timing").isEmpty(), "no timing in production");
        }
    }

    @Test
    void wrongType_isA400NamingTheComponentInProductionAndAPageTheRendererCanShowInDebug() throws Exception {
        HttpResponse<String> p = call(production, "twice.children", "whole.value", "2.5");
        assertEquals(400, p.statusCode());
        assertEquals(
                "{\"error\":\"jdash: FailingCallbacks.twice: parameter 'whole' expects an integral number in int"
                        + " range, but got 2.5 (number) (input whole.value)\"}",
                p.body());
        HttpResponse<String> d = call(debug, "twice.children", "whole.value", "\"<i>two</i>\"");
        assertEquals(422, d.statusCode(), "not 400: dash-renderer reads a 400's body before its popup can");
        assertEquals("text/html;charset=utf-8", contentType(d).replace(" ", "").toLowerCase());
        String page = d.body();
        assertTrue(page.startsWith("<!doctype html>"), page);
        assertTrue(
                page.contains("<title>jdash: FailingCallbacks.twice: parameter &#39;whole&#39; expects an integral"
                        + " number in int range, but got &quot;&lt;i&gt;two&lt;/i&gt;&quot; (string) (input whole.value)"
                        + "</title>"),
                page);
        assertTrue(page.contains("input      whole.value"), page);
        assertFalse(page.contains("<i>"), page);
    }

    @Test
    void serverTiming_inDebugNamesTheCallbacksTimeAndTheJsonWriting() throws Exception {
        HttpResponse<String> r = call(debug, "echo.children", "echo.value", "\"hi\"");
        assertEquals(200, r.statusCode());
        String header = r.headers().firstValue("Server-Timing").orElseThrow();
        assertTrue(header.matches("__dash_server;dur=" + MS + ",jdash-json;desc=\"JSON answer\";dur=" + MS), header);
        assertTrue(duration(header, "__dash_server") > 0, header);
        HttpResponse<String> none = call(debug, "echo.children", "echo.value", null);
        assertEquals(204, none.statusCode());
        String prevented = none.headers().firstValue("Server-Timing").orElseThrow();
        assertTrue(prevented.matches("__dash_server;dur=" + MS), prevented);
        assertTrue(
                call(production, "echo.children", "echo.value", "\"hi\"")
                        .headers()
                        .firstValue("Server-Timing")
                        .isEmpty(),
                "production sends no timing unless the app asks");
    }

    @Test
    void serverTiming_isTheAppsChoice() throws Exception {
        try (DashServer on = DashServer.start(
                        DashApp.builder()
                                .layout(Html.div())
                                .callbacks(FailingCallbacks.class)
                                .serverTiming(true)
                                .build(),
                        0);
                DashServer off = DashServer.start(
                        DashApp.builder()
                                .layout(Html.div())
                                .callbacks(FailingCallbacks.class)
                                .debug(true)
                                .serverTiming(false)
                                .build(),
                        0)) {
            HttpResponse<String> r = call(on, "echo.children", "echo.value", "\"hi\"");
            assertTrue(
                    r.headers().firstValue("Server-Timing").orElse("").startsWith("__dash_server;dur="),
                    r.headers().map().toString());
            assertTrue(call(off, "echo.children", "echo.value", "\"hi\"")
                    .headers()
                    .firstValue("Server-Timing")
                    .isEmpty());
            HttpResponse<String> failed = call(on, "parsed.children", "text.value", "\"12x\"");
            assertEquals("application/json", contentType(failed), "timing on does not make production debug");
        }
    }

    @Test
    void serverTiming_tellsAMemoMissFromAHit() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(1 << 20);
                DashServer memo = DashServer.start(
                        DashApp.builder()
                                .layout(Html.div())
                                .callbacks(MemoCallbacks.class)
                                .cache(cache)
                                .serverTiming(true)
                                .build(),
                        0)) {
            String request = MemoizeHttpTest.figureRequest(1234, "{\"timing\":true}");
            String miss = post(memo, "", request)
                    .headers()
                    .firstValue("Server-Timing")
                    .orElseThrow();
            String hit = post(memo, "", request)
                    .headers()
                    .firstValue("Server-Timing")
                    .orElseThrow();
            assertTrue(
                    miss.matches("__dash_server;dur=" + MS + ",jdash-memo-miss;desc=\"memo miss\";dur=" + MS
                            + ",jdash-json;desc=\"JSON answer\";dur=" + MS),
                    miss);
            assertTrue(
                    hit.matches("__dash_server;dur=" + MS + ",jdash-memo-hit;desc=\"memo hit\";dur=" + MS
                            + ",jdash-json;desc=\"JSON answer\";dur=" + MS),
                    hit);
            assertTrue(duration(hit, "jdash-memo-hit") <= duration(hit, "__dash_server"), hit);
        }
    }

    @Test
    void serverTiming_ofABackgroundCallbackIsTheTimeItsJobRan() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(1 << 20);
                DashServer jobs = DashServer.start(
                        DashApp.builder()
                                .layout(Html.div())
                                .callbacks(JobCallbacks.class)
                                .cache(cache)
                                .serverTiming(true)
                                .background(BackgroundOptions.DEFAULTS.withWaits(
                                        Duration.ofMillis(25), Duration.ofMillis(300)))
                                .build(),
                        0)) {
            String html = HTTP.send(
                            HttpRequest.newBuilder(URI.create(jobs.url())).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher endId = Pattern.compile("\"end_id\":\"([A-Za-z0-9_.-]+)\"").matcher(html);
            assertTrue(endId.find(), html);
            String body = "{\"output\":\"result.children\",\"outputs\":{\"id\":\"result\",\"property\":\"children\"},"
                    + "\"inputs\":[{\"id\":\"run\",\"property\":\"n_clicks\",\"value\":901}],\"state\":[{\"id\":"
                    + "\"steps\",\"property\":\"value\",\"value\":2},{\"id\":\"delay\",\"property\":\"value\","
                    + "\"value\":60}],\"changedPropIds\":[\"run.n_clicks\"]}";
            JsonNode first =
                    JSON.readTree(post(jobs, "?endId=" + endId.group(1), body).body());
            String query = "?endId=" + endId.group(1) + "&cacheKey="
                    + first.get("cacheKey").asText() + "&job="
                    + first.get("job").asText();
            for (int i = 0; i < 100; i++) {
                HttpResponse<String> r = post(jobs, query, body);
                if (JSON.readTree(r.body()).has("response")) {
                    String header = r.headers().firstValue("Server-Timing").orElseThrow();
                    assertTrue(
                            header.matches("__dash_server;dur=" + MS + ",jdash-json;desc=\"JSON answer\";dur=" + MS),
                            header);
                    assertTrue(duration(header, "__dash_server") >= 120, "two steps of 60 ms: " + header);
                    return;
                }
            }
            throw new AssertionError("the job never finished");
        }
    }

    static double duration(String header, String name) {
        for (String entry : header.split(",")) {
            if (entry.startsWith(name + ";")) {
                return Double.parseDouble(entry.substring(entry.indexOf(";dur=") + 5));
            }
        }
        assertNull(header, "no " + name);
        return -1;
    }
}
