package io.jdash.cache.redis.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.cache.redis.RedisServer;
import io.jdash.server.background.BackgroundOptions;
import io.jdash.server.background.JobEngine;
import io.jdash.server.background.JobEngineContract;
import io.jdash.server.background.JobRequest;
import io.jdash.server.background.JobRunner;
import io.jdash.server.background.JobSnapshot;
import io.jdash.server.background.JobStatus;
import io.jdash.server.background.JobStoreUnavailableException;
import io.jdash.server.background.QueueFullException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job engine contract on a real redis-server, plus what only a shared engine does. */
class RedisJobEngineTest extends JobEngineContract {
    static RedisServer redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @BeforeEach
    void emptyRedis() {
        assertEquals("+OK", redis.command("FLUSHALL"), "each test starts from an empty Redis");
    }

    @Override
    protected JobEngine open(JobRunner runner, BackgroundOptions options) {
        return new RedisJobEngine(URI.create(redis.uri()), options.withEngine(redis.uri()), runner);
    }

    @Test
    void aWebOnlyProcess_queues_andAWorkerProcessRuns_andEitherAnswers() {
        JobEngine web = engine(options().withRole(BackgroundOptions.Role.WEB));
        JobEngine worker = engine(options().withRole(BackgroundOptions.Role.WORKER));
        JobRequest r = job("emit 5; sleep 50; result shared");
        web.submit(r);
        List<byte[]> events = new ArrayList<>();
        events.addAll(web.poll(r.id(), Duration.ofMillis(500)).events());
        JobSnapshot end = untilFinal(worker, r.id(), events);
        assertEquals(JobStatus.DONE, end.status());
        assertEquals("shared", new String(end.result()));
        assertEquals(5, events.size(), "polls answered by two processes together see every event once");
    }

    @Test
    void theQueueBound_holdsAcrossProcesses() {
        JobEngine web = engine(options().withRole(BackgroundOptions.Role.WEB).withWorkers(1, 2));
        web.submit(job("sleep 1"));
        web.submit(job("sleep 1"));
        assertThrows(QueueFullException.class, () -> web.submit(job("sleep 1")), "no worker: two wait, no third");
    }

    @Test
    void theSecret_isSharedThroughRedis() {
        assertTrue(java.util.Arrays.equals(
                engine(options()).sharedSecret(), engine(options()).sharedSecret()));
    }

    @Test
    void redisDown_isAClearError_andTheEngineRecovers() throws Exception {
        JobEngine engine = engine(options());
        redis.kill();
        try {
            JobStoreUnavailableException e =
                    assertThrows(JobStoreUnavailableException.class, () -> engine.submit(job("result x")));
            assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
        } finally {
            redis.restart();
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                JobRequest r = job("result back");
                engine.submit(r);
                assertEquals(
                        JobStatus.DONE,
                        untilFinal(engine, r.id(), new ArrayList<>()).status());
                return;
            } catch (JobStoreUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    @Test
    void aCancel_reachesTheWorker_afterRedisRestarted() throws Exception {
        JobEngine worker = engine(options().withRole(BackgroundOptions.Role.WORKER));
        JobEngine web = engine(options().withRole(BackgroundOptions.Role.WEB));
        redis.kill();
        redis.restart();
        Thread.sleep(1500); // the worker notices, subscribes again and recreates its queue group
        JobRequest r = job("started; sleep 10000; result never");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                web.submit(r);
                break;
            } catch (JobStoreUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200); // the web engine's own connections were dropped by the restart too
            }
        }
        waitFor(() -> started.containsKey(r.id()));
        assertTrue(started.get(r.id()).await(10, java.util.concurrent.TimeUnit.SECONDS), "the worker ran it");
        assertTrue(web.cancel(r.id(), JobStatus.CANCELLED));
        waitFor(() -> seen.containsKey(r.id()));
        assertEquals("interrupted, cancelled=true", seen.get(r.id()), "the cancel was published to the worker");
        assertEquals(JobStatus.CANCELLED, worker.poll(r.id(), Duration.ZERO).status());
    }

    @Test
    void aStalledRedis_failsAPollWithinTheCommandTimeout_neverHangsIt() throws Exception {
        JobEngine engine = engine(options());
        JobRequest r = job("started; sleep 10000");
        engine.submit(r);
        waitFor(() -> started.containsKey(r.id()));
        assertEquals("+OK", redis.command("CLIENT PAUSE 6000 ALL"));
        try {
            long start = System.nanoTime();
            assertThrows(JobStoreUnavailableException.class, () -> engine.poll(r.id(), Duration.ofSeconds(1)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 4500, "the poll waited " + millis + " ms for a stalled Redis");
        } finally {
            redis.command("CLIENT UNPAUSE");
        }
        engine.cancel(r.id(), JobStatus.CANCELLED);
    }
}
