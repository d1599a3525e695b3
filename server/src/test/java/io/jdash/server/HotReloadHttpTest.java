package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.api.Callback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The hot-reload protocol as dash-renderer's {@code Reloader} reads it, the problems a development page shows, and
 * {@link LiveApp}'s swapping of apps; none of it exists in production.
 */
class HotReloadHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A callback for the apps below. */
    public static final class Echo {
        private Echo() {}

        @Callback(outputs = "out.children", inputs = "in.value")
        public static String echo(String value) {
            return "echo " + value;
        }
    }

    private static DashApp app(String heading, boolean debug) {
        return DashApp.builder()
                .layout(Html.div(Html.h1(heading)))
                .callbacks(Echo.class)
                .debug(debug)
                .build();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ServerOptions local() {
        return ServerOptions.builder().host("127.0.0.1").port(0).build();
    }

    @Test
    void production_hasNoReloadRoute_andThePageDoesNotPoll() throws Exception {
        try (DashServer server = DashServer.start(app("Hi", false), local())) {
            HttpResponse<String> reload = get(server.url() + "_reload-hash");
            assertEquals(404, reload.statusCode());
            assertEquals(404, get(server.url() + "_jdash/dev/problems").statusCode());
            assertEquals(404, get(server.url() + "_jdash/dev/overlay.js").statusCode());
            String page = get(server.url()).body();
            assertFalse(page.contains("hot_reload"), page);
            assertFalse(page.contains("_jdash/dev/"), page);
        }
    }

    @Test
    void debug_pollsAtDashsInterval_andAnswersTheRenderersShape() throws Exception {
        try (DashServer server = DashServer.start(app("Hi", true), local())) {
            String page = get(server.url()).body();
            assertTrue(page.contains("\"hot_reload\":{\"interval\":3000,\"max_retry\":8}"), page);
            HttpResponse<String> reload = get(server.url() + "_reload-hash");
            assertEquals(200, reload.statusCode());
            assertEquals(
                    "no-store", reload.headers().firstValue("Cache-Control").orElse(""));
            JsonNode answer = JSON.readTree(reload.body());
            assertTrue(answer.path("reloadHash").isTextual()
                    && !answer.path("reloadHash").asText().isEmpty());
            assertFalse(answer.path("hard").asBoolean(true));
            assertEquals("dash", answer.path("packages").path(0).asText());
            assertTrue(answer.path("files").isArray() && answer.path("files").isEmpty());
            assertEquals(
                    answer, JSON.readTree(get(server.url() + "_reload-hash").body()), "stable between changes");
            assertEquals(
                    405,
                    HTTP.send(
                                    HttpRequest.newBuilder(URI.create(server.url() + "_reload-hash"))
                                            .POST(HttpRequest.BodyPublishers.noBody())
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode());
        }
    }

    @Test
    void twoServersOfOneApp_tellThePageToReload() throws Exception {
        String first;
        try (DashServer server = DashServer.start(app("Hi", true), local())) {
            first = JSON.readTree(get(server.url() + "_reload-hash").body())
                    .path("reloadHash")
                    .asText();
        }
        try (DashServer server = DashServer.start(app("Hi", true), local())) {
            assertNotEquals(
                    first,
                    JSON.readTree(get(server.url() + "_reload-hash").body())
                            .path("reloadHash")
                            .asText(),
                    "a restarted server has a new hash, so an open page reloads");
        }
    }

    @Test
    void liveApp_swapsApps_andTellsThePagesHowToReload() throws Exception {
        HotReload reload = HotReload.every(Duration.ofMillis(250), 40);
        try (LiveApp live = LiveApp.start(local(), reload)) {
            String url = live.server().url();
            HttpResponse<String> waiting = get(url);
            assertEquals(503, waiting.statusCode());
            assertTrue(waiting.body().contains("_jdash/dev/overlay.js"), waiting.body());
            assertEquals(503, get(url + "_reload-hash").statusCode(), "the placeholder waits for the first app");

            live.show(app("First", false), getClass().getClassLoader(), false);
            assertTrue(get(url + "_dash-layout").body().contains("First"));
            String page = get(url).body();
            assertTrue(page.contains("\"hot_reload\":{\"interval\":250,\"max_retry\":40}"), page);
            assertTrue(
                    page.contains("\"ui\":true") && page.contains(".dev.js"),
                    "a development host turns the dev tools on");
            JsonNode one = JSON.readTree(get(url + "_reload-hash").body());

            live.show(app("Second", false), getClass().getClassLoader(), false);
            assertTrue(get(url + "_dash-layout").body().contains("Second"));
            JsonNode two = JSON.readTree(get(url + "_reload-hash").body());
            assertNotEquals(one.path("reloadHash"), two.path("reloadHash"));
            assertFalse(two.path("hard").asBoolean());

            live.show(app("Third", false), getClass().getClassLoader(), true);
            assertTrue(
                    JSON.readTree(get(url + "_reload-hash").body()).path("hard").asBoolean());

            reload.stylesheetChanged("assets/a.css", 100);
            reload.stylesheetChanged("assets/b.css", 200);
            reload.stylesheetChanged("assets/a.css", 300);
            JsonNode css = JSON.readTree(get(url + "_reload-hash").body());
            assertTrue(css.path("hard").asBoolean());
            assertEquals(
                    JSON.readTree("[{\"url\":\"/assets/b.css\",\"modified\":200,\"is_css\":true},"
                            + "{\"url\":\"/assets/a.css\",\"modified\":300,\"is_css\":true}]"),
                    css.path("files"));
            reload.reload();
            assertTrue(
                    JSON.readTree(get(url + "_reload-hash").body())
                            .path("files")
                            .isEmpty(),
                    "a later change of another kind is not a stylesheet swap");
        }
    }

    @Test
    void aReloadInPlace_canKeepThePackagesThePagesHave_untilTheNextChange() throws Exception {
        HotReload reload = HotReload.every(Duration.ofMillis(250), 40);
        try (LiveApp live = LiveApp.start(local(), reload)) {
            String url = live.server().url();
            live.show(app("One", false), getClass().getClassLoader(), false);
            reload.reloadKeeping(List.of("dash", "META-INF/jdash/assets/app.0ld.js"));
            JsonNode kept = JSON.readTree(get(url + "_reload-hash").body());
            assertFalse(kept.path("hard").asBoolean());
            assertEquals(
                    JSON.readTree("[\"dash\",\"META-INF/jdash/assets/app.0ld.js\"]"),
                    kept.path("packages"),
                    "equal packages make the renderer reload in place, with the scripts it has");
            reload.hardReload();
            assertEquals(
                    JSON.readTree("[\"dash\"]"),
                    JSON.readTree(get(url + "_reload-hash").body()).path("packages"),
                    "then the app's own again");
        }
    }

    @Test
    void problems_areReportedAsData_untilCleared() throws Exception {
        HotReload reload = HotReload.every(Duration.ofMillis(250), 40);
        try (LiveApp live = LiveApp.start(local(), reload)) {
            String url = live.server().url();
            reload.problems(List.of(new HotReload.Problem(
                    "src/main/java/a/B.java", 12, "javac", "cannot find symbol <script>", "declare it")));
            JsonNode report = JSON.readTree(get(url + "_jdash/dev/problems").body());
            assertEquals(12, report.path("problems").path(0).path("line").asInt());
            assertEquals(
                    "cannot find symbol <script>",
                    report.path("problems").path(0).path("message").asText());
            long version = report.path("version").asLong();
            live.show(app("Up", false), getClass().getClassLoader(), false);
            reload.problems(List.of());
            JsonNode cleared = JSON.readTree(get(url + "_jdash/dev/problems").body());
            assertTrue(cleared.path("problems").isEmpty());
            assertTrue(cleared.path("version").asLong() > version);
            String script = get(url + "_jdash/dev/overlay.js").body();
            assertTrue(script.contains("textContent"), "problem texts are shown as text, never as HTML");
            assertFalse(script.contains("innerHTML"));
        }
    }

    @Test
    void capturedStarts_handTheAppToTheHost_andKeepItsServerUp() throws Exception {
        try (LiveApp live = LiveApp.start(local(), HotReload.every(Duration.ofMillis(250), 40))) {
            AtomicReference<DashApp> received = new AtomicReference<>();
            live.captureStarts(received::set);
            DashApp app = app("Captured", false);
            DashServer handle = DashServer.start(app, 8050);
            assertSame(app, received.get());
            assertEquals(live.server().port(), handle.port());
            handle.close();
            live.show(received.get(), getClass().getClassLoader(), false);
            assertTrue(
                    get(live.server().url() + "_dash-layout").body().contains("Captured"),
                    "closing the handle leaves the host's server running");
            Thread joiner = new Thread(() -> {
                try {
                    handle.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            joiner.start();
            joiner.interrupt();
            joiner.join(5_000);
            assertFalse(joiner.isAlive(), "join returns when the host retires the app's thread");
            live.captureStarts(null);
        }
        DashServer real = DashServer.start(app("Real", false), local());
        try {
            assertTrue(get(real.url() + "_dash-layout").body().contains("Real"), "without a host, start starts");
        } finally {
            real.close();
        }
    }

    @Test
    void liveApp_refusesAPathPrefix() throws Exception {
        try (LiveApp live = LiveApp.start(local(), HotReload.dashDefaults())) {
            DashApp prefixed =
                    DashApp.builder().layout(Html.div()).pathPrefix("/x/").build();
            assertThrows(
                    IllegalArgumentException.class,
                    () -> live.show(prefixed, getClass().getClassLoader(), false));
        }
    }
}
