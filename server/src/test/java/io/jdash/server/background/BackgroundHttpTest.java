package io.jdash.server.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.Html;
import io.jdash.server.cache.MemoCache;
import io.jdash.server.fixtures.JobCallbacks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The background protocol over real HTTP, exactly as dash-renderer 3.4.1 sends and reads it. */
class BackgroundHttpTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicInteger CLICKS = new AtomicInteger(1);
    static DashServer server;
    static MemoCache cache;

    @BeforeAll
    static void start() throws Exception {
        cache = MemoCache.inProcess(1 << 20);
        server = DashServer.start(
                DashApp.builder()
                        .layout(Html.div())
                        .callbacks(JobCallbacks.class)
                        .cache(cache)
                        .background(BackgroundOptions.DEFAULTS
                                .withWaits(Duration.ofMillis(25), Duration.ofMillis(300))
                                .withMissedPolls(3))
                        .build(),
                0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        cache.close();
    }

    /** A fresh page load's end_id, read from the index page's _dash-config. */
    static String endId() throws Exception {
        String html = HTTP.send(
                        HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("\"end_id\":\"([A-Za-z0-9_.-]+)\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    static HttpResponse<String> post(String query, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component" + query))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String stepsRequest(Integer clicks, Integer steps, Integer delay) {
        return "{\"output\":\"result.children\",\"outputs\":{\"id\":\"result\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"run\",\"property\":\"n_clicks\",\"value\":" + clicks + "}],"
                + "\"state\":[{\"id\":\"steps\",\"property\":\"value\",\"value\":" + steps + "},"
                + "{\"id\":\"delay\",\"property\":\"value\",\"value\":" + delay + "}],"
                + "\"changedPropIds\":[\"run.n_clicks\"]}";
    }

    /** The renderer's poll body: the same request with every value nulled. */
    static String pollBody(String body) throws Exception {
        JsonNode tree = JSON.readTree(body);
        for (String kind : List.of("inputs", "state")) {
            tree.path(kind).forEach(n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n).putNull("value"));
        }
        return tree.toString();
    }

    static String pollQuery(String endId, JsonNode first) {
        return "?endId=" + endId + "&cacheKey=" + first.get("cacheKey").asText() + "&job="
                + first.get("job").asText();
    }

    /** Polls as the renderer does until a final answer; returns the answers, the final one last. */
    static List<HttpResponse<String>> pollToEnd(String endId, JsonNode first, String body) throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            HttpResponse<String> r = post(pollQuery(endId, first), pollBody(body));
            answers.add(r);
            if (r.statusCode() != 200 || JSON.readTree(r.body()).has("response")) {
                return answers;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never finished");
    }

    @Test
    void dependencies_declareBackgroundRunningAndTheHiddenCancelCallback() throws Exception {
        JsonNode deps = JSON.readTree(HTTP.send(
                        HttpRequest.newBuilder(URI.create(server.url() + "_dash-dependencies"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        JsonNode steps = null;
        JsonNode cancel = null;
        for (JsonNode d : deps) {
            if (d.path("output").asText().equals("result.children")) {
                steps = d;
            } else if (d.path("output").asText().equals("stop.id")) {
                cancel = d;
            }
        }
        assertEquals(
                "{\"interval\":50}",
                steps.get("background").toString(),
                "polls are held open (300 ms here), so the page pauses only 50 ms between them, not 100");
        assertEquals(
                "{\"running\":{\"run.disabled\":true,\"stop.disabled\":false},\"runningOff\":{\"run.disabled\""
                        + ":false,\"stop.disabled\":true}}",
                steps.get("running").toString());
        assertFalse(steps.has("progress") || steps.has("cancel") || steps.has("progressDefault"));
        assertEquals(
                "[{\"id\":\"stop\",\"property\":\"n_clicks\"}]",
                cancel.get("inputs").toString());
        assertTrue(cancel.get("prevent_initial_call").asBoolean());
        assertTrue(cancel.get("background").isNull());
        String a = endId();
        String b = endId();
        assertNotEquals(a, b, "one end_id per page load");
    }

    @Test
    void aShortJob_isAnsweredOnTheFirstRequest_withoutAPoll() throws Exception {
        int clicks = CLICKS.incrementAndGet();
        HttpResponse<String> r = post("?endId=" + endId(), stepsRequest(clicks, 1, 1));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(
                "done " + clicks + " after 1 steps",
                body.at("/response/result/children").asText(),
                r.body());
        assertFalse(body.has("job") || body.has("cacheKey"), r.body());
        assertEquals(1, body.at("/sideUpdate/bar/value").asInt(), "its progress rides along: " + r.body());
    }

    @Test
    void aLongJob_reportsEveryStep_thenItsResult() throws Exception {
        int clicks = CLICKS.incrementAndGet();
        String endId = endId();
        String body = stepsRequest(clicks, 6, 80);
        HttpResponse<String> r = post("?endId=" + endId, body);
        JsonNode first = JSON.readTree(r.body());
        assertTrue(first.get("job").asText().matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), r.body());
        assertTrue(first.get("cacheKey").asText().matches("[A-Za-z0-9_-]+"), "URL-safe: " + r.body());
        assertEquals(
                "[{\"id\":\"stop\",\"property\":\"n_clicks\"}]",
                first.get("cancel").toString());
        assertEquals(
                "{\"bar.value\":0,\"bar.max\":10}", first.get("progressDefault").toString());
        assertFalse(first.has("response"));
        List<HttpResponse<String>> answers = pollToEnd(endId, first, body);
        HttpResponse<String> last = answers.get(answers.size() - 1);
        assertEquals(200, last.statusCode(), last.body());
        JsonNode done = JSON.readTree(last.body());
        assertEquals(
                "done " + clicks + " after 6 steps",
                done.at("/response/result/children").asText());
        List<Integer> seenSteps = new ArrayList<>();
        List<Integer> logSteps = new ArrayList<>();
        for (HttpResponse<String> a : answers) {
            JsonNode side = JSON.readTree(a.body()).path("sideUpdate");
            if (side.has("bar")) {
                seenSteps.add(side.at("/bar/value").asInt());
            }
            if (side.has("log")) {
                logSteps.add(Integer.parseInt(side.at("/log/children").asText().substring(5)));
            }
        }
        for (List<Integer> steps : List.of(seenSteps, logSteps)) {
            assertTrue(steps.size() >= 2 && steps.get(steps.size() - 1) == 6, steps.toString());
            for (int i = 1; i < steps.size(); i++) {
                assertTrue(steps.get(i) > steps.get(i - 1), "ordered: " + steps);
            }
        }
        assertEquals(
                404,
                post(pollQuery(endId, first), pollBody(body)).statusCode(),
                "a replayed handle after the answer finds nothing");
    }

    @Test
    void cancel_interruptsTheJob_andThePollGets204() throws Exception {
        int clicks = CLICKS.incrementAndGet();
        String endId = endId();
        String body = stepsRequest(clicks, 100, 100);
        JsonNode first = JSON.readTree(post("?endId=" + endId, body).body());
        Thread.sleep(150);
        String cancel = "{\"output\":\"stop.id\",\"outputs\":{\"id\":\"stop\",\"property\":\"id\"},\"inputs\":[{\"id\""
                + ":\"stop\",\"property\":\"n_clicks\",\"value\":1}],\"changedPropIds\":[\"stop.n_clicks\"]}";
        assertEquals(
                204,
                post("?endId=" + endId + "&cancelJob=" + first.get("job").asText(), cancel)
                        .statusCode());
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (JobCallbacks.SEEN.get(clicks) == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals("interrupted, cancelled=true", JobCallbacks.SEEN.get(clicks));
        HttpResponse<String> end = post(pollQuery(endId, first), pollBody(body));
        assertEquals(204, end.statusCode(), "cancelled: " + end.body());
    }

    @Test
    void forgedReplayedAndCrossPageHandles_areRefused() throws Exception {
        int clicks = CLICKS.incrementAndGet();
        String mine = endId();
        String other = endId();
        String body = stepsRequest(clicks, 30, 100);
        JsonNode first = JSON.readTree(post("?endId=" + mine, body).body());
        String job = first.get("job").asText();
        String key = first.get("cacheKey").asText();
        String id = job.substring(0, job.indexOf('.'));
        assertEquals(
                403,
                post("?endId=" + other + "&cacheKey=" + key + "&job=" + job, pollBody(body))
                        .statusCode(),
                "another page load");
        assertEquals(
                403,
                post("?endId=" + mine + "&cacheKey=" + key + "&job=" + id + ".AAAAAAAAAAAAAAAAAAAAAA", pollBody(body))
                        .statusCode(),
                "a forged signature");
        assertEquals(
                403,
                post("?endId=" + mine + "&cacheKey=" + key + "&job=" + id, pollBody(body))
                        .statusCode(),
                "a bare id");
        assertEquals(
                403,
                post("?endId=" + mine + "&cacheKey=x&job=" + job, pollBody(body))
                        .statusCode(),
                "a wrong cacheKey");
        assertEquals(
                403,
                post("?endId=made.up&cacheKey=" + key + "&job=" + job, pollBody(body))
                        .statusCode(),
                "a made-up end_id");
        assertEquals(
                403, post("?cacheKey=" + key + "&job=" + job, pollBody(body)).statusCode(), "no end_id");
        assertEquals(403, post("", stepsRequest(clicks, 1, 1)).statusCode(), "a start without end_id");
        HttpResponse<String> cancelOther = post(
                "?endId=" + other + "&cancelJob=" + job,
                "{\"output\":\"stop.id\",\"outputs\":{\"id\":\"stop\",\"property\":\"id\"},\"inputs\":[{\"id\":"
                        + "\"stop\",\"property\":\"n_clicks\",\"value\":1}],\"changedPropIds\":[\"stop.n_clicks\"]}");
        assertEquals(403, cancelOther.statusCode(), "another page cannot cancel this job");
        assertFalse(
                cancelOther.body().contains("Exception") || cancelOther.body().contains("at io."), cancelOther.body());
        HttpResponse<String> still = post(pollQuery(mine, first), pollBody(body));
        assertEquals(200, still.statusCode(), "the job runs on: " + still.body());
        post("?endId=" + mine + "&cancelJob=" + job, "{\"output\":\"stop.id\",\"inputs\":[]}");
    }

    @Test
    void twoUsersWithTheSameInputs_eachGetTheirOwnJob() throws Exception {
        int clicks = CLICKS.incrementAndGet();
        String body = stepsRequest(clicks, 3, 60);
        String a = endId();
        String b = endId();
        JsonNode ja = JSON.readTree(post("?endId=" + a, body).body());
        JsonNode jb = JSON.readTree(post("?endId=" + b, body).body());
        assertNotEquals(ja.get("job").asText(), jb.get("job").asText());
        List<HttpResponse<String>> ra = pollToEnd(a, ja, body);
        List<HttpResponse<String>> rb = pollToEnd(b, jb, body);
        assertEquals(
                "done " + clicks + " after 3 steps",
                JSON.readTree(ra.get(ra.size() - 1).body())
                        .at("/response/result/children")
                        .asText());
        assertEquals(
                "done " + clicks + " after 3 steps",
                JSON.readTree(rb.get(rb.size() - 1).body())
                        .at("/response/result/children")
                        .asText(),
                "the second user's result is not taken by the first");
    }

    @Test
    void backgroundRequests_passTheChecksOfEveryCallback_beforeAnyJobStarts() throws Exception {
        String endId = endId();
        String good = squareRequest("31");
        URI uri = URI.create(server.url() + "_dash-update-component?endId=" + endId);
        int before = JobCallbacks.SQUARE_RUNS.get();
        HttpResponse<String> plain = HTTP.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(good))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, plain.statusCode(), plain.body());
        HttpResponse<String> crossSite = HTTP.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .header("Origin", "https://elsewhere.example")
                        .POST(HttpRequest.BodyPublishers.ofString(good))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        HttpResponse<String> wrongInput = post("?endId=" + endId, good.replace("\"num\"", "\"other\""));
        assertEquals(400, wrongInput.statusCode(), wrongInput.body());
        assertTrue(wrongInput.body().contains("JobCallbacks.square"), wrongInput.body());
        HttpResponse<String> badCancel = post(
                "?endId=" + endId,
                "{\"output\":\"stop.id\",\"outputs\":"
                        + "{\"id\":\"stop\",\"property\":\"id\"},\"inputs\":[{\"id\":\"go\",\"property\":\"n_clicks\","
                        + "\"value\":1}],\"changedPropIds\":[]}");
        assertEquals(400, badCancel.statusCode(), "the hidden cancel callback is checked too: " + badCancel.body());
        Thread.sleep(300);
        assertEquals(before, JobCallbacks.SQUARE_RUNS.get(), "no job ran for a refused request");
    }

    @Test
    void anArgumentOfTheWrongType_isAnswered400NamingItsComponentAndProperty() throws Exception {
        String endId = endId();
        String body = squareRequest("\"twelve\"");
        HttpResponse<String> end = post("?endId=" + endId, body);
        if (end.statusCode() == 200 && JSON.readTree(end.body()).has("job")) {
            List<HttpResponse<String>> answers = pollToEnd(endId, JSON.readTree(end.body()), body);
            end = answers.get(answers.size() - 1);
        }
        assertEquals(400, end.statusCode(), end.body());
        assertTrue(
                end.body().contains("JobCallbacks.square: parameter 'n'")
                        && end.body().contains("(input num.value)"),
                end.body());
    }

    static String squareRequest(String value) {
        return "{\"output\":\"square.children\",\"outputs\":{\"id\":\"square\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"num\",\"property\":\"value\",\"value\":" + value + "}],\"changedPropIds\":[]}";
    }

    @Test
    void aCachedResult_isAnsweredOnTheFirstRequest() throws Exception {
        String endId = endId();
        String body = "{\"output\":\"square.children\",\"outputs\":{\"id\":\"square\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"num\",\"property\":\"value\",\"value\":12}],\"changedPropIds\":[]}";
        int before = JobCallbacks.SQUARE_RUNS.get();
        JsonNode first = JSON.readTree(post("?endId=" + endId, body).body());
        assertTrue(first.has("job"), "150 ms: a job the first time");
        List<HttpResponse<String>> answers = pollToEnd(endId, first, body);
        assertEquals(
                "12² = 144",
                JSON.readTree(answers.get(answers.size() - 1).body())
                        .at("/response/square/children")
                        .asText());
        HttpResponse<String> again = post("?endId=" + endId(), body);
        assertEquals("{\"multi\":true,\"response\":{\"square\":{\"children\":\"12² = 144\"}}}", again.body());
        assertEquals(before + 1, JobCallbacks.SQUARE_RUNS.get(), "computed once");
    }

    /** Starts the one-input callback {@code id}.children (input {@code id}.n_clicks) and polls it to its end. */
    static HttpResponse<String> runToEnd(String id, int clicks) throws Exception {
        String endId = endId();
        String body = "{\"output\":\"" + id + ".children\",\"outputs\":{\"id\":\"" + id + "\",\"property\":"
                + "\"children\"},\"inputs\":[{\"id\":\"" + id + "\",\"property\":\"n_clicks\",\"value\":" + clicks
                + "}],\"changedPropIds\":[]}";
        List<HttpResponse<String>> answers =
                pollToEnd(endId, JSON.readTree(post("?endId=" + endId, body).body()), body);
        return answers.get(answers.size() - 1);
    }

    @Test
    void anError_isAnswered500WithAnErrorId_andNothingOfTheException() throws Exception {
        HttpResponse<String> last = runToEnd("boom", 4);
        assertEquals(500, last.statusCode());
        assertTrue(
                last.body().matches("\\{\"error\":\"jdash: JobCallbacks.boom failed \\(error id [0-9a-f]{12}\\)\"}"),
                "production names the callback and an error id, nothing of the exception: " + last.body());
    }

    @Test
    void aJobPastItsTimeout_endsWithAClearError() throws Exception {
        HttpResponse<String> last = runToEnd("slow", 1);
        assertEquals(500, last.statusCode());
        assertEquals(
                "{\"error\":\"jdash: JobCallbacks.slow ran longer than its timeout of 300 ms and was stopped\"}",
                last.body());
    }

    @Test
    void aJobNobodyPolls_isCancelledAfterTheMissedPolls() throws Exception {
        int clicks = CLICKS.incrementAndGet();
        post("?endId=" + endId(), stepsRequest(clicks, 100, 100));
        // 3 missed polls of 100 ms, plus the long-poll bound and slack: well within 3 s
        long deadline = System.nanoTime() + 4_000_000_000L;
        while (JobCallbacks.SEEN.get(clicks) == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals("interrupted, cancelled=true", JobCallbacks.SEEN.get(clicks), "the tab was closed");
    }

    @Test
    void supersedingRun_cancelsTheOldJob_unlessItShouldFinish() throws Exception {
        int clicks = CLICKS.incrementAndGet();
        String endId = endId();
        JsonNode old = JSON.readTree(
                post("?endId=" + endId, stepsRequest(clicks, 100, 100)).body());
        int next = CLICKS.incrementAndGet();
        JsonNode fresh = JSON.readTree(
                post("?endId=" + endId + "&oldJob=" + old.get("job").asText(), stepsRequest(next, 100, 100))
                        .body());
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (JobCallbacks.SEEN.get(clicks) == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals("interrupted, cancelled=true", JobCallbacks.SEEN.get(clicks));
        assertNull(JobCallbacks.SEEN.get(next), "the new run goes on");
        post("?endId=" + endId + "&cancelJob=" + fresh.get("job").asText(), "{\"output\":\"stop.id\",\"inputs\":[]}");

        String keep = "{\"output\":\"keep.children\",\"outputs\":{\"id\":\"keep\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"keep\",\"property\":\"n_clicks\",\"value\":%d}],\"changedPropIds\":[]}";
        JsonNode k1 =
                JSON.readTree(post("?endId=" + endId, String.format(keep, 1)).body());
        post("?endId=" + endId + "&oldJob=" + k1.get("job").asText(), String.format(keep, 2));
        deadline = System.nanoTime() + 5_000_000_000L;
        while (JobCallbacks.SEEN.get(1001) == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals("finished", JobCallbacks.SEEN.get(1001), "finishSuperseded lets the old run finish");
    }
}
