package io.jdash.cache.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.Html;
import io.jdash.server.background.BackgroundOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background jobs across processes on one real redis-server: a web-only server in this JVM, and server and worker
 * JVMs of their own on the same class path. Polls of one job go to either web process; a worker killed with SIGKILL
 * mid-job is taken over (or, configured so, the job ends with "worker lost"); a Redis restart is survived and said.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackgroundProcessesTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "a secret all processes of the test app share";

    @TempDir
    Path logs;

    static BackgroundOptions options(RedisServer redis, boolean retry) {
        return BackgroundOptions.DEFAULTS
                .withEngine(redis.uri())
                .withRole(BackgroundOptions.Role.WEB)
                .withSecret(SECRET)
                .withLease(Duration.ofSeconds(1), retry)
                .withWaits(Duration.ofMillis(25), Duration.ofMillis(300))
                .withMissedPolls(20); // the test JVMs share two busy cores: no abandonment by a slow poll
    }

    static ServerProcess process(Path log, RedisServer redis, String role, boolean retry) throws Exception {
        return ServerProcess.start(
                log,
                "jdash.test.jobs=true",
                "jdash.background=" + redis.uri(),
                "jdash.background.role=" + role,
                "jdash.background.secret=" + SECRET,
                "jdash.background.lease=1s",
                "jdash.background.retryLostJobs=" + retry,
                "jdash.background.longPoll=300ms");
    }

    static String endId(String url) throws Exception {
        String html = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("\"end_id\":\"([A-Za-z0-9_.-]+)\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    static String request(int clicks, int steps) {
        return "{\"output\":\"work.children\",\"outputs\":{\"id\":\"work\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"work\",\"property\":\"n_clicks\",\"value\":" + clicks + "}],"
                + "\"state\":[{\"id\":\"work-steps\",\"property\":\"value\",\"value\":" + steps + "}],"
                + "\"changedPropIds\":[\"work.n_clicks\"]}";
    }

    static HttpResponse<String> post(String url, String query, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url + "_dash-update-component" + query))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String poll(String endId, JsonNode first) {
        return "?endId=" + endId + "&cacheKey=" + first.get("cacheKey").asText() + "&job="
                + first.get("job").asText();
    }

    static String nulled(String body) throws Exception {
        JsonNode tree = JSON.readTree(body);
        for (String kind : List.of("inputs", "state")) {
            tree.path(kind).forEach(n -> ((ObjectNode) n).putNull("value"));
        }
        return tree.toString();
    }

    @Test
    @Order(1)
    void pollsAreAnsweredByBothWebProcesses_andAKilledWorkersJobIsTakenOver() throws Exception {
        try (RedisServer redis = RedisServer.start();
                DashServer web = DashServer.start(
                        DashApp.builder()
                                .layout(Html.div())
                                .callbacks(SharedJobs.class)
                                .background(options(redis, true))
                                .build(),
                        0);
                ServerProcess both = process(logs.resolve("both.log"), redis, "both", true);
                ServerProcess worker = process(logs.resolve("worker.log"), redis, "worker", true)) {
            String endId = endId(web.url());
            String body = request(1, 25);
            JsonNode first =
                    JSON.readTree(post(web.url(), "?endId=" + endId, body).body());
            assertTrue(first.has("job"), first.toString());
            Set<String> answeredBy = new LinkedHashSet<>();
            List<Long> runners = new ArrayList<>();
            List<Integer> steps = new ArrayList<>();
            boolean killed = false;
            long killedAt = 0;
            for (int i = 0; i < 300; i++) {
                // alternate between the two web processes until one is killed; then the one in this JVM
                String url = killed || i % 2 == 0 ? web.url() : both.url();
                HttpResponse<String> r = post(url, poll(endId, first), nulled(body));
                assertEquals(200, r.statusCode(), r.body());
                answeredBy.add(url);
                JsonNode a = JSON.readTree(r.body());
                if (a.at("/sideUpdate/who/children").isNumber()) {
                    long pid = a.at("/sideUpdate/who/children").asLong();
                    if (runners.isEmpty() || runners.get(runners.size() - 1) != pid) {
                        runners.add(pid);
                    }
                    steps.add(a.at("/sideUpdate/bar/value").asInt());
                }
                if (!killed && steps.size() >= 3) {
                    (runners.get(0) == both.pid() ? both : worker).kill(); // SIGKILL, mid-job
                    killed = true;
                    killedAt = System.nanoTime();
                }
                if (a.has("response")) {
                    String result = a.at("/response/work/children").asText();
                    assertEquals(2, runners.size(), "one takeover: " + runners);
                    assertNotEquals(runners.get(0), runners.get(1));
                    assertEquals("run 1 done by " + runners.get(1), result);
                    assertEquals(2, answeredBy.size(), "both web processes answered polls of the job");
                    long takeover = (System.nanoTime() - killedAt) / 1_000_000;
                    assertTrue(takeover < 15_000, "taken over and finished " + takeover + " ms after the kill");
                    return;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the job never finished; runners " + runners + ", steps " + steps);
        }
    }

    @Test
    @Order(2)
    void aRedisRestartMidRun_isSaid_andNewJobsRunAfterwards() throws Exception {
        try (RedisServer redis = RedisServer.start();
                DashServer web = DashServer.start(
                        DashApp.builder()
                                .layout(Html.div())
                                .callbacks(SharedJobs.class)
                                .background(options(redis, true))
                                .build(),
                        0);
                ServerProcess worker = process(logs.resolve("worker.log"), redis, "worker", true)) {
            String endId = endId(web.url());
            String body = request(2, 50);
            JsonNode first =
                    JSON.readTree(post(web.url(), "?endId=" + endId, body).body());
            assertEquals(200, post(web.url(), poll(endId, first), nulled(body)).statusCode());
            redis.kill();
            HttpResponse<String> down = post(web.url(), poll(endId, first), nulled(body));
            assertEquals(503, down.statusCode(), down.body());
            // production: the store's address and error stay in the web process's log
            assertEquals("{\"error\":\"jdash: background jobs are unavailable; try again in a moment\"}", down.body());
            assertEquals("5", down.headers().firstValue("Retry-After").orElse(null));
            assertEquals(
                    200,
                    HTTP.send(
                                    HttpRequest.newBuilder(URI.create(web.url()))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode(),
                    "the app stays up");
            redis.restart();
            HttpResponse<String> lost = null;
            for (int i = 0; i < 50; i++) {
                lost = post(web.url(), poll(endId, first), nulled(body));
                if (lost.statusCode() != 503) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals(404, lost.statusCode(), lost.body());
            assertTrue(lost.body().contains("the job store lost it"), lost.body());
            String again = request(3, 3);
            JsonNode next = null;
            for (int i = 0; i < 50 && next == null; i++) {
                HttpResponse<String> r = post(web.url(), "?endId=" + endId, again);
                if (r.statusCode() == 200) {
                    next = JSON.readTree(r.body());
                } else {
                    Thread.sleep(200);
                }
            }
            for (int i = 0; i < 200; i++) {
                JsonNode a = JSON.readTree(
                        post(web.url(), poll(endId, next), nulled(again)).body());
                if (a.has("response")) {
                    assertEquals(
                            "run 3 done by " + worker.pid(),
                            a.at("/response/work/children").asText());
                    return;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no job ran after the restart");
        }
    }

    @Test
    @Order(3)
    void aKilledWorkersJob_endsWithWorkerLost_whenNotRetried() throws Exception {
        try (RedisServer redis = RedisServer.start();
                DashServer web = DashServer.start(
                        DashApp.builder()
                                .layout(Html.div())
                                .callbacks(SharedJobs.class)
                                .background(options(redis, false))
                                .build(),
                        0);
                ServerProcess worker = process(logs.resolve("worker.log"), redis, "worker", false)) {
            String endId = endId(web.url());
            String body = request(4, 100);
            JsonNode first =
                    JSON.readTree(post(web.url(), "?endId=" + endId, body).body());
            for (int i = 0; i < 100; i++) {
                JsonNode a = JSON.readTree(
                        post(web.url(), poll(endId, first), nulled(body)).body());
                if (a.has("sideUpdate")) {
                    break;
                }
                Thread.sleep(50);
            }
            worker.kill();
            long killed = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                HttpResponse<String> r = post(web.url(), poll(endId, first), nulled(body));
                if (r.statusCode() != 200) {
                    assertEquals(500, r.statusCode(), r.body());
                    assertEquals(
                            "{\"error\":\"jdash: SharedJobs.work: the worker running this job stopped (its"
                                    + " lease of 1 s ran out); run it again\"}",
                            r.body());
                    long millis = (System.nanoTime() - killed) / 1_000_000;
                    assertTrue(millis < 6_000, "said " + millis + " ms after the kill, not polling forever");
                    return;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the lost job was never reported");
        }
    }
}
