package io.jdash.cache.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.cache.CacheOptions;
import io.jdash.server.cache.MemoCache;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on loopback sharing one real Redis: this test's JVM and a second JVM started on the same
 * class path, each running a DashServer on port 0, talked to over HTTP.
 */
class RedisSharingTest {
    static final long PID = ProcessHandle.current().pid();

    @TempDir
    static Path logs;

    static RedisServer redis;
    static MemoCache cache;
    static DashServer local;
    static ServerProcess remote;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start();
        cache = MemoCache.open(redis.uri(), CacheOptions.DEFAULTS.withLockLease(Duration.ofSeconds(3)));
        DashApp app = DashApp.builder()
                .layout(ServerProcess.app().layout())
                .callbacks(SharedCallbacks.class)
                .cache(cache)
                .build();
        local = DashServer.start(app, 0);
        remote = ServerProcess.start(
                logs.resolve("remote.log"), "jdash.cache=" + redis.uri(), "jdash.cache.lockLease=3s");
    }

    @AfterAll
    static void stop() throws Exception {
        remote.close();
        local.close();
        cache.close();
        redis.close();
    }

    static String local(String id, String value) throws Exception {
        HttpResponse<String> r = ServerProcess.post(local.url(), ServerProcess.request(id, value));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static String remote(String id, String value) throws Exception {
        HttpResponse<String> r = remote.post(ServerProcess.request(id, value));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void resultComputedByOneProcess_isServedByTheOther() throws Exception {
        String here = local("slow", "a");
        assertTrue(here.contains("a computed by " + PID + " run "), here);
        assertEquals(here, remote("slow", "a"), "byte for byte the first process's answer");
        String there = remote("slow", "b");
        assertTrue(there.contains("b computed by " + remote.pid() + " run "), there);
        assertEquals(there, local("slow", "b"));
    }

    @Test
    void expiredResults_areComputedAgain() throws Exception {
        String first = local("brief", "t");
        assertEquals(first, remote("brief", "t"));
        Thread.sleep(1300);
        String again = remote("brief", "t");
        assertNotEquals(first, again, "served after its 1s ttl");
        assertTrue(again.contains("t computed by " + remote.pid()), again);
    }

    @Test
    void concurrentIdenticalRequests_toBothProcesses_computeOnce() throws Exception {
        int perProcess = 6;
        CyclicBarrier go = new CyclicBarrier(2 * perProcess);
        ExecutorService pool = Executors.newFixedThreadPool(2 * perProcess);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * perProcess; i++) {
                boolean here = i % 2 == 0;
                answers.add(pool.submit(() -> {
                    go.await();
                    return here ? local("slow", "together") : remote("slow", "together");
                }));
            }
            Set<String> distinct = new TreeSet<>();
            for (Future<String> f : answers) {
                distinct.add(f.get());
            }
            assertEquals(1, distinct.size(), "one computation for all: " + distinct);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLoaderThatDies_letsItsLockExpire() throws Exception {
        try (ServerProcess doomed = ServerProcess.start(
                logs.resolve("doomed.log"),
                "jdash.cache=" + redis.uri(),
                "jdash.cache.lockLease=3s",
                "jdash.test.workMillis=600000")) {
            CompletableFuture<HttpResponse<String>> never = doomed.postAsync(ServerProcess.request("slow", "dead"));
            for (int i = 0; i < 500 && "*0".equals(redis.command("KEYS *#lock")); i++) {
                Thread.sleep(10);
            }
            assertEquals("*1", redis.command("KEYS *#lock"), "the doomed process holds the lock");
            doomed.kill();
            never.cancel(true);
        }
        String answer = local("slow", "dead");
        assertTrue(answer.contains("dead computed by " + PID), answer);
    }
}
