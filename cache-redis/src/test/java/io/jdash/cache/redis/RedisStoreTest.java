package io.jdash.cache.redis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.ServerOptions;
import io.jdash.server.cache.CacheOptions;
import io.jdash.server.cache.CacheStore;
import io.jdash.server.cache.MemoCache;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Redis store's own behaviour on a real redis-server: its connection pool (how many connections, what happens
 * to them when Redis restarts) and the lock. Passwords and databases are in {@link RedisUriTest}.
 */
class RedisStoreTest {
    /** The read timeout of most stores here: well above the replies Redis is told to hold back (150 ms). */
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    static final byte[] VALUE = "v".repeat(200).getBytes(StandardCharsets.US_ASCII);

    static RedisServer redis;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        redis.close();
    }

    @BeforeEach
    void emptyRedis() throws Exception {
        if (redis.command("PING") == null) {
            redis.restart();
        }
        assertEquals("+OK", redis.command("FLUSHALL"));
    }

    /**
     * {@code threads} callers GET at once while Redis holds every reply back for {@code pauseMillis} (less than the
     * store's read timeout), so each needs a connection. Where a test counts connections the pause is long, so that
     * on a busy machine every caller is waiting before the first reply (at 150 ms, a caller that started late found
     * a connection already free).
     */
    static void getAtOnce(CacheStore store, int threads, int pauseMillis) throws Exception {
        assertEquals("+OK", redis.command("CLIENT PAUSE " + pauseMillis + " ALL"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<byte[]>> got = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return store.get("k");
                }));
            }
            for (Future<byte[]> f : got) {
                assertArrayEquals(VALUE, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    static int connectedClients() {
        return Integer.parseInt(redis.info("clients", "connected_clients")) - 1; // less the INFO connection
    }

    static long connectionsAccepted() {
        return Long.parseLong(redis.info("stats", "total_connections_received"));
    }

    @Test
    void concurrentCallers_eachGetAConnection_upToTheServersThreads() throws Exception {
        for (int threads : new int[] {2, 3, 6}) {
            try (RedisStore store = new RedisStore(URI.create(redis.uri()), Duration.ofSeconds(2))) {
                store.put("k", VALUE, Duration.ofMinutes(1));
                store.expectConcurrency(threads);
                int idle = connectedClients();
                long before = connectionsAccepted();
                getAtOnce(store, 8, 1000);
                long opened = connectionsAccepted() - before - 2; // less CLIENT PAUSE's and INFO's own
                assertEquals(threads, idle + opened, "8 callers at once on a pool sized for " + threads + " threads");
                assertEquals(threads, connectedClients(), "and they stay open for the next callers");
            }
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (connectedClients() != 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, connectedClients(), "a closed store leaves no connection open");
        }
    }

    @Test
    void aDashServer_sizesThePool_fromItsThreads() throws Exception {
        try (RedisStore store = new RedisStore(URI.create(redis.uri()), Duration.ofSeconds(2));
                MemoCache cache = MemoCache.of(store, CacheOptions.DEFAULTS);
                DashServer server = DashServer.start(
                        DashApp.builder()
                                .layout(ServerProcess.app().layout())
                                .callbacks(SharedCallbacks.class)
                                .cache(cache)
                                .build(),
                        ServerOptions.builder().port(0).threads(4, 5).build())) {
            store.put("k", VALUE, Duration.ofMinutes(1));
            int idle = connectedClients();
            long before = connectionsAccepted();
            getAtOnce(store, 8, 1000);
            assertEquals(5, idle + connectionsAccepted() - before - 2, "a pool of the server's 5 threads");
        }
    }

    @Test
    void aRestart_dropsEveryIdleConnection_soTheNextCallRecovers() throws Exception {
        try (RedisStore store = new RedisStore(URI.create(redis.uri()), TIMEOUT)) {
            store.put("k", VALUE, Duration.ofMinutes(1));
            getAtOnce(store, 6, 150);
            // at least: a connection another test closed may still be counted until Redis notices
            int clients = connectedClients();
            assertTrue(clients >= 6, clients + " clients: six idle connections in the pool");
            redis.kill();
            redis.restart();
            RuntimeException first = assertThrows(RuntimeException.class, () -> store.get("k"));
            assertTrue(first.getMessage() != null, String.valueOf(first));
            assertNull(store.get("k"), "a fresh connection; the restarted Redis is empty");
            store.put("k", VALUE, Duration.ofMinutes(1));
            // six callers at once again: none may meet one of the five dead connections (the first failure
            // dropped them all), or a busy server would see one failure per dead connection, each a retry interval
            getAtOnce(store, 6, 150);
        }
    }

    @Test
    void aRedisThatIsDown_failsFast_andTheStoreComesBackWithIt() throws Exception {
        // a read timeout far longer than the bound below: a caller that waited for it would be seen
        try (RedisStore store = new RedisStore(URI.create(redis.uri()), Duration.ofSeconds(20))) {
            store.put("k", VALUE, Duration.ofMinutes(1));
            redis.kill();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                assertThrows(RuntimeException.class, () -> store.get("k"));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < 10_000, "a refused connection took " + millis + " ms, as long as a timeout");
            }
            redis.restart();
            assertNull(store.get("k"));
        }
    }

    @Test
    void theLock_isExclusive_expires_andIsReleasedOnlyByItsOwner() throws Exception {
        try (RedisStore a = new RedisStore(URI.create(redis.uri()), TIMEOUT);
                RedisStore b = new RedisStore(URI.create(redis.uri()), TIMEOUT)) {
            long leased = System.nanoTime();
            CacheStore.Lock held = a.tryLock("job", Duration.ofSeconds(2));
            assertNotNull(held);
            assertNull(b.tryLock("job", Duration.ofSeconds(2)), "held by a");
            CacheStore.Lock taken = null;
            while (taken == null && System.nanoTime() - leased < 20_000_000_000L) {
                Thread.sleep(50);
                taken = b.tryLock("job", Duration.ofSeconds(30));
            }
            assertNotNull(taken, "a's lease ran out");
            assertTrue(System.nanoTime() - leased >= 2_000_000_000L, "not before its two seconds");
            held.release(); // a's release must not remove b's lock
            assertNull(a.tryLock("job", Duration.ofSeconds(5)), "still b's");
            taken.release();
            assertNotNull(a.tryLock("job", Duration.ofSeconds(5)), "free after b released it");
        }
    }

    @Test
    void putWithTtl_isGoneAfterIt() throws Exception {
        try (RedisStore store = new RedisStore(URI.create(redis.uri()), TIMEOUT)) {
            long put = System.nanoTime();
            store.put("short", VALUE, Duration.ofSeconds(1));
            assertArrayEquals(VALUE, store.get("short"));
            while (store.get("short") != null && System.nanoTime() - put < 20_000_000_000L) {
                Thread.sleep(50);
            }
            assertNull(store.get("short"), "gone after its second");
            assertTrue(System.nanoTime() - put >= 1_000_000_000L, "not before it");
        }
    }
}
