package io.jdash.cache.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.cache.CacheOptions;
import io.jdash.server.cache.MemoCache;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Redis that goes down or stalls: requests still succeed, the outage is logged once, caching comes back. */
class RedisOutageTest {
    static final List<LogRecord> LOG = new CopyOnWriteArrayList<>();
    static final Logger CACHE_LOGGER = Logger.getLogger("io.jdash.server.cache");
    static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            LOG.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    static RedisServer redis;
    static MemoCache cache;
    static DashServer server;

    @BeforeAll
    static void start() throws Exception {
        CACHE_LOGGER.addHandler(CAPTURE);
        redis = RedisServer.start();
        cache = MemoCache.open(redis.uri(), CacheOptions.DEFAULTS.withRetryAfter(Duration.ofMillis(300)));
        server = DashServer.start(
                DashApp.builder()
                        .layout(ServerProcess.app().layout())
                        .callbacks(SharedCallbacks.class)
                        .cache(cache)
                        .build(),
                0);
    }

    @AfterAll
    static void stop() throws Exception {
        CACHE_LOGGER.removeHandler(CAPTURE);
        server.close();
        cache.close();
        redis.close();
    }

    static String slow(String value) throws Exception {
        HttpResponse<String> r = ServerProcess.post(server.url(), ServerProcess.request("slow", value));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(value + " computed by "), r.body());
        return r.body();
    }

    static long logged(Level level) {
        return LOG.stream().filter(r -> r.getLevel().equals(level)).count();
    }

    @Test
    void redisStoppedMidRun_requestsSucceed_loggedOnce_recoveryIsAutomatic() throws Exception {
        String cached = slow("x");
        assertEquals(cached, slow("x"));
        LOG.clear();
        redis.kill();
        Set<String> answers = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            answers.add(slow("y"));
            Thread.sleep(100); // spans several retry intervals
        }
        assertEquals(6, answers.size(), "computed uncached each time");
        assertEquals(1, logged(Level.WARNING), "one warning for the outage: " + LOG);
        assertTrue(
                LOG.get(0).getMessage().contains("is unavailable"), LOG.get(0).getMessage());
        redis.restart();
        Thread.sleep(400);
        String first = slow("z");
        assertEquals(first, slow("z"), "cached again");
        assertEquals(1, logged(Level.INFO), "one line when it is back: " + LOG);
        assertEquals(1, logged(Level.WARNING));
    }

    @Test
    void stalledRedis_costsAtMostItsTimeout() throws Exception {
        slow("before");
        assertEquals("+OK", redis.command("CLIENT PAUSE 5000 ALL"));
        long start = System.nanoTime();
        try {
            String during = slow("paused");
            assertNotEquals("", during);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 4000, "the request waited for the stalled Redis (" + millis + " ms)");
        } finally {
            redis.command("CLIENT UNPAUSE");
        }
    }
}
