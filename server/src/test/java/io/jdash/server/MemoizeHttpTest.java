package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.api.Callback;
import io.jdash.api.CallbackContext;
import io.jdash.api.Memoize;
import io.jdash.server.cache.MemoCache;
import io.jdash.server.fixtures.MemoCallbacks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Memoize} on server callbacks, over real HTTP. */
class MemoizeHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static String figureRequest(Object n, String opts) {
        return "{\"output\":\"fig.figure\",\"outputs\":{\"id\":\"fig\",\"property\":\"figure\"},\"inputs\":[{\"id\":"
                + "\"n\",\"property\":\"value\"" + (n == null ? "" : ",\"value\":" + n) + "}],\"state\":[{\"id\":"
                + "\"opts\",\"property\":\"data\",\"value\":" + opts + "}],\"changedPropIds\":[\"n.value\"]}";
    }

    static HttpResponse<byte[]> post(DashServer server, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static DashServer start(Class<?> callbacks, MemoCache cache) throws Exception {
        return DashServer.start(
                DashApp.builder()
                        .layout(Html.div())
                        .callbacks(callbacks)
                        .cache(cache)
                        .build(),
                0);
    }

    @Test
    void cachedAnswer_isByteForByteTheComputedOne() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(1 << 20);
                DashServer memo = start(MemoCallbacks.class, cache);
                DashServer plain = start(MemoCallbacks.Plain.class, cache)) {
            String request = figureRequest(7, "{\"b\":[1,2],\"a\":\"x\"}");
            int before = MemoCallbacks.FIGURE_RUNS.get();
            byte[] computed = post(memo, request).body();
            byte[] cached = post(memo, request).body();
            byte[] uncached = post(plain, request).body();
            assertEquals(before + 1, MemoCallbacks.FIGURE_RUNS.get(), "the second call is served from the cache");
            assertArrayEquals(uncached, computed, new String(computed));
            assertArrayEquals(uncached, cached, new String(cached));
            // the same arguments written another way (keys reordered, 7 as 7.0) are the same key
            post(memo, figureRequest("7.0", "{\"a\":\"x\",\"b\":[1.0,2]}"));
            assertEquals(before + 1, MemoCallbacks.FIGURE_RUNS.get());
            post(memo, figureRequest(8, "{\"b\":[1,2],\"a\":\"x\"}"));
            assertEquals(before + 2, MemoCallbacks.FIGURE_RUNS.get(), "other arguments compute");
        }
    }

    @Test
    void preventUpdate_isAnsweredAndNotCached() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(1 << 20);
                DashServer memo = start(MemoCallbacks.class, cache)) {
            int before = MemoCallbacks.FIGURE_RUNS.get();
            assertEquals(204, post(memo, figureRequest(null, "null")).statusCode());
            assertEquals(204, post(memo, figureRequest(null, "null")).statusCode());
            assertEquals(before + 2, MemoCallbacks.FIGURE_RUNS.get());
        }
    }

    @Test
    void multiOutput_noUpdateSurvivesTheCache() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(1 << 20);
                DashServer memo = start(MemoCallbacks.class, cache)) {
            String outputs = "[{\"id\":\"pair\",\"property\":\"children\"},{\"id\":\"pair\",\"property\":\"style\"}]";
            String request = "{\"output\":\"..pair.children...pair.style..\",\"outputs\":" + outputs
                    + ",\"inputs\":[{\"id\":\"level\",\"property\":\"value\",\"value\":9}],\"changedPropIds\":[]}";
            int before = MemoCallbacks.PAIR_RUNS.get();
            for (int i = 0; i < 2; i++) {
                assertEquals(
                        "{\"multi\":true,\"response\":{\"pair\":{\"children\":\"level 9\"}}}",
                        new String(post(memo, request).body()));
            }
            assertEquals(before + 1, MemoCallbacks.PAIR_RUNS.get());
        }
    }

    @Test
    void expiredResults_areComputedAgain() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(1 << 20);
                DashServer memo = start(MemoCallbacks.class, cache)) {
            String request = "{\"output\":\"short.children\",\"outputs\":{\"id\":\"short\",\"property\":\"children\"},"
                    + "\"inputs\":[{\"id\":\"short\",\"property\":\"value\",\"value\":\"v\"}],\"changedPropIds\":[]}";
            String first = new String(post(memo, request).body());
            assertEquals(first, new String(post(memo, request).body()));
            Thread.sleep(450);
            String later = new String(post(memo, request).body());
            assertTrue(!later.equals(first), first + " was served after its 300ms ttl");
        }
    }

    @Test
    void directoryCache_survivesARestart(@TempDir Path dir) throws Exception {
        String request = figureRequest(11, "{}");
        int before = MemoCallbacks.FIGURE_RUNS.get();
        byte[] first;
        try (MemoCache cache = MemoCache.directory(dir);
                DashServer memo = start(MemoCallbacks.class, cache)) {
            first = post(memo, request).body();
        }
        try (MemoCache cache = MemoCache.directory(dir);
                DashServer memo = start(MemoCallbacks.class, cache)) {
            assertArrayEquals(first, post(memo, request).body());
        }
        assertEquals(before + 1, MemoCallbacks.FIGURE_RUNS.get(), "the restarted server read the directory");
    }

    /** A memoized callback that reads its context. */
    public static final class WithContext {
        private WithContext() {}

        @Memoize(ttl = "10s")
        @Callback(outputs = "o.children", inputs = "i.value")
        public static String who(CallbackContext ctx, String value) {
            return ctx.triggeredId() + value;
        }
    }

    /** A memoized callback with a ttl that is not a duration. */
    public static final class BadTtl {
        private BadTtl() {}

        @Memoize(ttl = "20 seconds")
        @Callback(outputs = "o.children", inputs = "i.value")
        public static String echo(String value) {
            return value;
        }
    }

    @Test
    void badDeclarations_areRefusedWhenTheAppStarts() {
        DashApp context = DashApp.builder()
                .layout(Html.div())
                .callbacks(WithContext.class)
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DashServlet(context));
        assertTrue(
                e.getMessage().contains("JDASH-E013")
                        && e.getMessage().contains("WithContext#who")
                        && e.getMessage().contains("remove the CallbackContext parameter"),
                e.getMessage());
        DashApp ttl =
                DashApp.builder().layout(Html.div()).callbacks(BadTtl.class).build();
        e = assertThrows(IllegalArgumentException.class, () -> new DashServlet(ttl));
        assertTrue(
                e.getMessage().contains("JDASH-E014")
                        && e.getMessage().contains("\"20 seconds\"")
                        && e.getMessage().contains("BadTtl#echo"),
                e.getMessage());
    }
}
