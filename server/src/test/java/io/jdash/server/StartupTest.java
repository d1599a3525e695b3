package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.api.Callback;
import io.jdash.api.Memoize;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;

/**
 * Start-up: the app is prepared on another thread while Jetty starts, requests that come first wait for it, a
 * preparation that fails fails the start and leaves nothing running, and the heap is collected once when idle.
 */
class StartupTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A memoized callback whose ttl is not a duration: the server refuses it while preparing the app. */
    public static final class BadTtl {
        private BadTtl() {}

        @Memoize(ttl = "20 seconds")
        @Callback(outputs = "o.children", inputs = "i.value")
        public static String echo(String value) {
            return value;
        }
    }

    @Test
    void aRequestBeforeTheAppIsPrepared_waitsForIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        PreparingServlet servlet = PreparingServlet.prepare(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                    resp.getWriter().write("prepared");
                }
            };
        });
        try (DashServer server = DashServer.start(
                servlet, ServerOptions.builder().host("127.0.0.1").port(0).build(), "/")) {
            CompletableFuture<HttpResponse<String>> early = HTTP.sendAsync(
                    HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertFalse(early.isDone(), "answered before the app was prepared");
            release.countDown();
            HttpResponse<String> answer = early.get(10, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode());
            assertEquals("prepared", answer.body());
        }
    }

    @Test
    void aPreparationThatFails_failsTheStartAndStopsTheServer() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DashApp bad =
                DashApp.builder().layout(Html.div()).callbacks(BadTtl.class).build();
        ServerOptions options =
                ServerOptions.builder().host("127.0.0.1").port(port).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DashServer.start(bad, options));
        assertTrue(e.getMessage().contains("JDASH-E014") && e.getMessage().contains("BadTtl#echo"), e.getMessage());
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "the port is still open");
        assertTrue(
                Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().startsWith("jdash-prepare")
                                || t.getName().startsWith("jdash-idle-trim")),
                "a start-up thread is left");
    }

    @Test
    void anIdleServer_collectsOnceAndItsWatcherEndsWithIt() throws Exception {
        long before = collections();
        Server server = new Server();
        IdleHeapTrim trim = new IdleHeapTrim(
                new Handler.Abstract() {
                    @Override
                    public boolean handle(
                            org.eclipse.jetty.server.Request request,
                            org.eclipse.jetty.server.Response response,
                            org.eclipse.jetty.util.Callback callback) {
                        return false;
                    }
                },
                Duration.ofMillis(200));
        server.setHandler(trim);
        server.start();
        try {
            assertTrue(watcherRuns(), "no watcher after start");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (collections() == before && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(collections() > before, "no collection after the quiet period");
            Thread.sleep(100);
            assertFalse(watcherRuns(), "the watcher goes on after its one collection");
        } finally {
            server.stop();
        }
        Server again = new Server();
        IdleHeapTrim busy = new IdleHeapTrim(
                new Handler.Abstract() {
                    @Override
                    public boolean handle(
                            org.eclipse.jetty.server.Request request,
                            org.eclipse.jetty.server.Response response,
                            org.eclipse.jetty.util.Callback callback) {
                        return false;
                    }
                },
                Duration.ofHours(1));
        again.setHandler(busy);
        again.start();
        assertTrue(watcherRuns());
        again.stop();
        assertFalse(watcherRuns(), "the watcher outlives its server");
    }

    private static boolean watcherRuns() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("jdash-idle-trim") && t.isAlive());
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }
}
