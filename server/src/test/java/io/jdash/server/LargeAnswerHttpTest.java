package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.api.Callback;
import io.jdash.api.Memoize;
import io.jdash.server.cache.MemoCache;
import io.jdash.server.internal.Http;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Answers larger than {@link Http#STREAM_ABOVE} stream (no length, chunked) with the same bytes as the answer written
 * whole (a server with {@code Server-Timing} writes it whole to time it), compressed or not, computed or from the
 * memo cache; smaller ones keep their length.
 */
class LargeAnswerHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Answers of a size the request asks for. */
    public static final class Sized {
        private Sized() {}

        @Callback(outputs = "table.data", inputs = "rows.value")
        public static List<Map<String, Object>> rows(Integer rows) {
            Random random = new Random(rows);
            List<Map<String, Object>> out = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                out.add(Map.of("id", i, "name", "row é " + i, "value", random.nextGaussian()));
            }
            return out;
        }

        @Memoize(ttl = "1h")
        @Callback(outputs = "fig.figure", inputs = "points.value")
        public static Map<String, Object> figure(Integer points) {
            double[] y = new Random(points).doubles(points).toArray();
            return Map.of("data", List.of(Map.of("type", "scattergl", "y", y)), "layout", Map.of("title", "é😀"));
        }
    }

    private static HttpResponse<byte[]> post(DashServer server, String output, String input, int n, String encoding)
            throws Exception {
        String[] o = output.split("\\.");
        String body = "{\"output\":\"" + output + "\",\"outputs\":{\"id\":\"" + o[0] + "\",\"property\":\"" + o[1]
                + "\"},\"inputs\":[{\"id\":\"" + input + "\",\"property\":\"value\",\"value\":" + n + "}],"
                + "\"changedPropIds\":[\"" + input + ".value\"]}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        HttpResponse<byte[]> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body()));
        return r;
    }

    private static byte[] body(HttpResponse<byte[]> r) throws Exception {
        if (r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
                return in.readAllBytes();
            }
        }
        return r.body();
    }

    private static DashServer start(boolean timing, MemoCache cache) throws Exception {
        return DashServer.start(
                DashApp.builder()
                        .layout(Html.div())
                        .callbacks(Sized.class)
                        .serverTiming(timing)
                        .cache(cache)
                        .build(),
                0);
    }

    @Test
    void largeAnswersStream_withTheBytesOfTheAnswerWrittenWhole() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(64 << 20);
                DashServer whole = start(true, cache);
                DashServer streaming = start(false, cache)) {
            for (int rows : new int[] {1, 100, 700, 20_000}) {
                for (String encoding : new String[] {null, "gzip"}) {
                    HttpResponse<byte[]> w = post(whole, "table.data", "rows", rows, encoding);
                    HttpResponse<byte[]> s = post(streaming, "table.data", "rows", rows, encoding);
                    assertArrayEquals(body(w), body(s), rows + " rows, " + encoding);
                    boolean large = body(s).length > Http.STREAM_ABOVE;
                    assertEquals(rows >= 20_000, large, body(s).length + " B");
                    if (encoding == null) {
                        assertEquals(
                                !large,
                                s.headers().firstValue("Content-Length").isPresent(),
                                rows + " rows: " + s.headers().map());
                        assertTrue(w.headers().firstValue("Content-Length").isPresent());
                    }
                    assertTrue(w.headers().firstValue("Server-Timing").isPresent());
                }
            }
            // a memo hit streams the kept text: the same bytes as the computed answer
            for (int points : new int[] {10, 50_000}) {
                byte[] computed = body(post(streaming, "fig.figure", "points", points, null));
                byte[] hit = body(post(streaming, "fig.figure", "points", points, null));
                byte[] hitWhole = body(post(whole, "fig.figure", "points", points, "gzip"));
                assertArrayEquals(computed, hit, points + " points");
                assertArrayEquals(computed, hitWhole, points + " points");
            }
        }
    }
}
