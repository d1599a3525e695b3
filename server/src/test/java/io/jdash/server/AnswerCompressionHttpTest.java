package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.github.luben.zstd.ZstdInputStream;
import io.jdash.api.Callback;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dynamic answers are compressed as {@link AnswerCompression} says, over real HTTP against the real server: the
 * coding follows the request's Accept-Encoding (q-values, then zstd, br, gzip), every compressed answer decodes
 * (with the real zstd, brotli and gzip decoders) to exactly the bytes the server sends uncompressed, small answers
 * and front-end files are not compressed per request, and HEAD and 304 are unaffected.
 */
class AnswerCompressionHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SUITES = "META-INF/jdash/component-suites/";
    private static final String PLOTLY = "plotly/package_data/plotly.min.js";
    private static DashServer server;

    /** Answers of a chosen size: {@code n} seeded random numbers, or a short text. */
    public static final class SizedCallbacks {
        private SizedCallbacks() {}

        @Callback(outputs = "big.children", inputs = "n.value")
        public static List<Double> numbers(Integer n) {
            Random random = new Random(n);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add(random.nextGaussian() * 1000);
            }
            return values;
        }
    }

    static DashApp app() {
        return DashApp.builder()
                .layout(Html.div(Dcc.input().id("n").value(1), Html.div().id("big")))
                .callbacks(SizedCallbacks.class)
                .build();
    }

    @BeforeAll
    static void start() throws Exception {
        server = DashServer.start(app(), 0);
        awaitNativeCodings(server.url());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String body(int n) {
        return "{\"output\":\"big.children\",\"outputs\":{\"id\":\"big\",\"property\":\"children\"},\"inputs\":[{\"id\":"
                + "\"n\",\"property\":\"value\",\"value\":" + n + "}],\"changedPropIds\":[\"n.value\"]}";
    }

    /**
     * Waits until the server at {@code base} answers with the JVM's most preferred coding: zstd and brotli load
     * off the start-up path, and answers use gzip until then.
     */
    static void awaitNativeCodings(String base) throws Exception {
        String best = AnswerCompression.codings().get(0);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!best.equals(
                post(base, 5_000, best).headers().firstValue("Content-Encoding").orElse("identity"))) {
            assertTrue(System.nanoTime() < deadline, best + " never answered");
            Thread.sleep(5);
        }
    }

    static HttpResponse<byte[]> post(String base, int n, String acceptEncoding) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "_dash-update-component"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(n)));
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> get(String url, String acceptEncoding, String method) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body as sent, decoded with the real library of its Content-Encoding. */
    static byte[] decoded(HttpResponse<byte[]> r) throws Exception {
        String coding = r.headers().firstValue("Content-Encoding").orElse("identity");
        return switch (coding) {
            case "identity" -> r.body();
            case "gzip" -> new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
            case "zstd" -> {
                try (InputStream in = new ZstdInputStream(new ByteArrayInputStream(r.body()))) {
                    yield in.readAllBytes();
                }
            }
            case "br" -> Decoder.decompress(r.body()).getDecompressedData();
            default -> throw new AssertionError("unexpected Content-Encoding " + coding);
        };
    }

    /** Accept-Encoding values and the coding a big answer must come back in. */
    static final String[][] NEGOTIATION = {
        {"gzip, deflate, br, zstd", "zstd"}, // Chromium
        {"gzip, deflate, br", "br"}, // Safari
        {"gzip, deflate", "gzip"},
        {"gzip", "gzip"},
        {"br", "br"},
        {"zstd", "zstd"},
        {"deflate", "identity"},
        {"identity", "identity"},
        {"zstd;q=0.1, gzip;q=0.8", "gzip"},
        {"br;q=0.9, zstd;q=0.5, gzip;q=0.1", "br"},
        {"gzip;q=1, br;q=0.4", "gzip"},
        {"zstd;q=0, br;q=0, gzip", "gzip"},
        {"gzip;q=0, deflate", "identity"},
        {"ZSTD, GZIP", "zstd"},
        {"*", "zstd"},
        {"*;q=0.5, gzip", "gzip"},
    };

    @Test
    void bigAnswersComeInTheNegotiatedCodingAndDecodeToTheSameBytes() throws Exception {
        for (int n : new int[] {200, 5_000, 60_000}) {
            HttpResponse<byte[]> plain = post(server.url(), n, null);
            assertEquals(200, plain.statusCode());
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
            assertTrue(plain.body().length > AnswerCompression.MIN_BYTES, n + ": " + plain.body().length);
            for (String[] c : NEGOTIATION) {
                HttpResponse<byte[]> r = post(server.url(), n, c[0]);
                String what = n + " numbers, Accept-Encoding: " + c[0];
                assertEquals(200, r.statusCode(), what);
                assertEquals(c[1], r.headers().firstValue("Content-Encoding").orElse("identity"), what);
                assertEquals("Accept-Encoding", r.headers().firstValue("Vary").orElse(""), what);
                assertArrayEquals(plain.body(), decoded(r), what);
                if (!c[1].equals("identity")) {
                    assertTrue(r.body().length < plain.body().length * 0.7, what + ": " + r.body().length);
                }
            }
        }
    }

    @Test
    void smallAnswersGoOutAsTheyAre() throws Exception {
        for (int n = 0; n <= 40; n += 8) {
            HttpResponse<byte[]> r = post(server.url(), n, "gzip, deflate, br, zstd");
            assertTrue(r.body().length < AnswerCompression.MIN_BYTES, n + ": " + r.body().length);
            assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), n + " numbers: " + r.headers());
            assertTrue(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).startsWith("{"));
        }
    }

    @Test
    void layoutAndDependenciesAreCompressedToo() throws Exception {
        for (String route : List.of("_dash-layout", "_dash-dependencies", "")) {
            HttpResponse<byte[]> plain = get(server.url() + route, null, "GET");
            HttpResponse<byte[]> r = get(server.url() + route, "gzip, deflate, br, zstd", "GET");
            assertEquals(200, r.statusCode(), route);
            String coding = r.headers().firstValue("Content-Encoding").orElse("identity");
            assertEquals(plain.body().length >= AnswerCompression.MIN_BYTES ? "zstd" : "identity", coding, route);
            assertArrayEquals(plain.body(), decoded(r), route);
        }
    }

    @Test
    void frontEndFilesAreTheBuildsCopiesNeverCompressedPerRequest() throws Exception {
        String url = server.url() + "_dash-component-suites/" + PLOTLY;
        byte[] raw = jar(SUITES + PLOTLY);
        HttpResponse<byte[]> chromium = get(url, "gzip, deflate, br, zstd", "GET");
        assertEquals("br", chromium.headers().firstValue("Content-Encoding").orElse(""));
        assertArrayEquals(jar(SUITES + PLOTLY + ".br"), chromium.body());
        assertEquals("Accept-Encoding", String.join(",", chromium.headers().allValues("Vary")));
        // a client that takes only a coding the build did not make gets the file as it is
        HttpResponse<byte[]> zstdOnly = get(url, "zstd", "GET");
        assertTrue(
                zstdOnly.headers().firstValue("Content-Encoding").isEmpty(),
                zstdOnly.headers().toString());
        assertArrayEquals(raw, zstdOnly.body());
        HttpResponse<byte[]> favicon = get(server.url() + "_favicon.ico", "zstd", "GET");
        assertTrue(
                favicon.headers().firstValue("Content-Encoding").isEmpty(),
                favicon.headers().toString());
    }

    @Test
    void headAnd304AreUnaffected() throws Exception {
        String url = server.url() + "_dash-component-suites/" + PLOTLY;
        HttpResponse<byte[]> first = get(url, "gzip, deflate, br, zstd", "GET");
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag);
        for (String accept : List.of("gzip, deflate, br, zstd", "zstd", "gzip")) {
            HttpResponse<byte[]> again = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Accept-Encoding", accept)
                            .header("If-None-Match", etag)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, again.statusCode(), accept);
            assertEquals(0, again.body().length, accept);
            assertTrue(again.headers().firstValue("Content-Encoding").isEmpty(), accept);
        }
        for (String route : List.of("_dash-layout", "")) {
            HttpResponse<byte[]> head = get(server.url() + route, "gzip, deflate, br, zstd", "HEAD");
            assertEquals(200, head.statusCode(), route);
            assertEquals(0, head.body().length, route);
        }
        HttpResponse<byte[]> head = get(url, "gzip, deflate, br, zstd", "HEAD");
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(etag, head.headers().firstValue("ETag").orElse(""));
    }

    /** A started Jetty server on a free loopback port: the hello app's servlet in a context, behind {@code around}. */
    private static Server startJetty(Function<Handler, Handler> around) throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new DashServlet(app())), "/*");
        jetty.setHandler(around.apply(context));
        jetty.start();
        return jetty;
    }

    @Test
    void withoutTheNativeLibrariesClientsGetGzip() throws Exception {
        boolean[][] natives = {{false, false}, {false, true}, {true, false}};
        for (boolean[] available : natives) {
            Server jetty = startJetty(context -> AnswerCompression.around(context, available[0], available[1]));
            try {
                String base = "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/";
                HttpResponse<byte[]> plain = post(base, 5_000, null);
                HttpResponse<byte[]> r = post(base, 5_000, "gzip, deflate, br, zstd");
                String expected = available[0] ? "zstd" : available[1] ? "br" : "gzip";
                String what = String.format(Locale.ROOT, "zstd %s, brotli %s", available[0], available[1]);
                assertEquals(
                        expected, r.headers().firstValue("Content-Encoding").orElse(""), what);
                assertArrayEquals(plain.body(), decoded(r), what);
                HttpResponse<byte[]> zstdOnly = post(base, 5_000, "zstd");
                assertEquals(
                        available[0] ? "zstd" : "identity",
                        zstdOnly.headers().firstValue("Content-Encoding").orElse("identity"),
                        what);
            } finally {
                jetty.stop();
            }
        }
    }

    @Test
    void answersUseGzipUntilTheNativeCodingsHaveLoaded_thenThose() throws Exception {
        AnswerCompression.codings(); // the libraries themselves are loaded: the test holds back the news
        for (boolean[] available : new boolean[][] {{true, true}, {false, true}, {false, false}}) {
            CompletableFuture<boolean[]> natives = new CompletableFuture<>();
            AnswerCompression.Codecs[] made = new AnswerCompression.Codecs[1];
            Server jetty = startJetty(context -> made[0] = new AnswerCompression.Codecs(context, natives));
            AnswerCompression.Codecs codecs = made[0];
            try {
                String base = "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/";
                HttpResponse<byte[]> plain = post(base, 5_000, null);
                HttpResponse<byte[]> before = post(base, 5_000, "gzip, deflate, br, zstd");
                assertEquals(
                        "gzip", before.headers().firstValue("Content-Encoding").orElse(""));
                assertArrayEquals(plain.body(), decoded(before));
                natives.complete(available);
                String expected = available[0] ? "zstd" : available[1] ? "br" : "gzip";
                HttpResponse<byte[]> after = post(base, 5_000, "gzip, deflate, br, zstd");
                assertEquals(
                        expected, after.headers().firstValue("Content-Encoding").orElse(""));
                assertArrayEquals(plain.body(), decoded(after));
                assertEquals(available[0] || available[1], codecs.complete());
            } finally {
                jetty.stop();
            }
            assertTrue(!codecs.complete(), "the full chain stopped with the server");
        }
    }

    @Test
    void theNativeCodingsLoadOnThisMachine() {
        // CI runs on Linux x86_64, where zstd-jni and brotli4j ship their libraries: there both must be offered
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            assertEquals(List.of("zstd", "br", "gzip"), AnswerCompression.codings());
        } else {
            assertTrue(AnswerCompression.codings().contains("gzip"));
        }
    }

    @Test
    void aCompressedRequestBodyIsNotInflated() throws Exception {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(packed)) {
            gz.write(body(3).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component"))
                        .header("Content-Type", "application/json")
                        .header("Content-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(packed.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(!r.body().contains("Exception") && !r.body().contains("\tat "), r.body());
    }

    private static byte[] jar(String name) throws Exception {
        try (InputStream in = AnswerCompressionHttpTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }
}
