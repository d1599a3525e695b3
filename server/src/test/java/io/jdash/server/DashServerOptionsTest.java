package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.api.Callback;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** The embedded server's production settings: bursts, big headers, graceful stop, and the authentication hook. */
class DashServerOptionsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Callbacks that take their time. */
    public static final class Slow {
        private Slow() {}

        @Callback(outputs = "slow.children", inputs = "slow.n_clicks")
        public static String slow(Integer millis) throws InterruptedException {
            Thread.sleep(millis);
            return "slept " + millis;
        }
    }

    static DashApp app() {
        return DashApp.builder()
                .layout(Html.div(Html.h1("Hi")))
                .callbacks(Slow.class)
                .build();
    }

    @Test
    void twoHundredConnectionsAtOnce_areAllAnswered() throws Exception {
        try (DashServer server = DashServer.start(
                app(), ServerOptions.builder().host("127.0.0.1").port(0).build())) {
            assertEquals(1024, server.acceptQueueSize());
            int n = 200;
            ExecutorService pool = Executors.newFixedThreadPool(n);
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            List<Double> connectMillis = new java.util.concurrent.CopyOnWriteArrayList<>();
            try {
                for (int i = 0; i < n; i++) {
                    answers.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        long t0 = System.nanoTime();
                        try (Socket s = new Socket("127.0.0.1", server.port())) {
                            connectMillis.add((System.nanoTime() - t0) / 1e6);
                            s.setSoTimeout(30_000);
                            OutputStream out = s.getOutputStream();
                            out.write(("GET /_dash-layout HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                            return new BufferedReader(
                                            new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                                    .readLine();
                        }
                    }));
                }
                ready.await();
                go.countDown();
                for (Future<String> a : answers) {
                    assertEquals("HTTP/1.1 200 OK", a.get(60, TimeUnit.SECONDS));
                }
                // the kernel answers a SYN itself while the queue has room; a full queue drops it (or resets the
                // connection), and the client only retries after a second
                double slowest = connectMillis.stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElseThrow();
                assertTrue(slowest < 900, "a connection waited " + slowest + " ms: the accept queue overflowed");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void oversizedHeaders_get431WithoutInternals() throws Exception {
        try (DashServer server = DashServer.start(
                app(), ServerOptions.builder().port(0).requestHeaderSize(4096).build())) {
            HttpResponse<String> ok = HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.url() + "_dash-layout"))
                            .header("Cookie", "sso=" + "x".repeat(3000))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());
            HttpResponse<String> big = HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.url() + "_dash-layout"))
                            .header("Cookie", "sso=" + "x".repeat(6000))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(431, big.statusCode());
            assertFalse(big.body().contains("at org.eclipse") || big.body().contains("Exception"), big.body());
            assertFalse(big.headers().firstValue("Server").isPresent(), "no server version");
        }
    }

    @Test
    void close_letsTheRequestsInFlightFinish() throws Exception {
        DashServer server = DashServer.start(
                app(),
                ServerOptions.builder()
                        .port(0)
                        .stopTimeout(Duration.ofSeconds(5))
                        .build());
        String body = "{\"output\":\"slow.children\",\"outputs\":{\"id\":\"slow\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"slow\",\"property\":\"n_clicks\",\"value\":800}],\"changedPropIds\":[]}";
        CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        long t0 = System.nanoTime();
        server.close();
        HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"multi\":true,\"response\":{\"slow\":{\"children\":\"slept 800\"}}}", r.body());
        assertTrue((System.nanoTime() - t0) / 1e6 < 5000, "stopped when the last request was done");
    }

    @Test
    void basicAuth_guardsEveryRoute_embeddedAndInAContainer() throws Exception {
        BasicAuthFilter auth = new BasicAuthFilter("Sales", Map.of("ada", "s3cret"));
        String good = "Basic " + Base64.getEncoder().encodeToString("ada:s3cret".getBytes(StandardCharsets.UTF_8));
        String wrong = "Basic " + Base64.getEncoder().encodeToString("ada:guess".getBytes(StandardCharsets.UTF_8));
        String unknown = "Basic " + Base64.getEncoder().encodeToString("bob:s3cret".getBytes(StandardCharsets.UTF_8));
        try (DashServer server = DashServer.start(
                app(), ServerOptions.builder().port(0).filter(auth).build())) {
            checkAuth(server.url(), good, wrong, unknown);
        }
        Server container = new Server();
        ServerConnector connector = new ServerConnector(container);
        container.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(auth, "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new DashServlet(app())), "/*");
        container.setHandler(context);
        container.start();
        try {
            checkAuth("http://127.0.0.1:" + connector.getLocalPort() + "/", good, wrong, unknown);
        } finally {
            container.stop();
        }
    }

    private static void checkAuth(String base, String good, String wrong, String unknown) throws Exception {
        for (String path : List.of(
                "",
                "_dash-layout",
                "_dash-dependencies",
                "_favicon.ico",
                "_dash-component-suites/dash/dcc/dash_core_components.js")) {
            HttpResponse<String> none = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, none.statusCode(), path);
            assertEquals(
                    "Basic realm=\"Sales\", charset=\"UTF-8\"",
                    none.headers().firstValue("WWW-Authenticate").orElse(""));
            for (String bad : List.of(wrong, unknown, "Basic !!!", "Bearer x")) {
                assertEquals(
                        401,
                        HTTP.send(
                                        HttpRequest.newBuilder(URI.create(base + path))
                                                .header("Authorization", bad)
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode(),
                        path + " " + bad);
            }
            assertEquals(
                    200,
                    HTTP.send(
                                    HttpRequest.newBuilder(URI.create(base + path))
                                            .header("Authorization", good)
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode(),
                    path);
        }
        String body = "{\"output\":\"slow.children\",\"outputs\":{\"id\":\"slow\",\"property\":\"children\"},"
                + "\"inputs\":[{\"id\":\"slow\",\"property\":\"n_clicks\",\"value\":1}],\"changedPropIds\":[]}";
        assertEquals(
                401,
                HTTP.send(
                                HttpRequest.newBuilder(URI.create(base + "_dash-update-component"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(
                200,
                HTTP.send(
                                HttpRequest.newBuilder(URI.create(base + "_dash-update-component"))
                                        .header("Content-Type", "application/json")
                                        .header("Authorization", good)
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }
}
