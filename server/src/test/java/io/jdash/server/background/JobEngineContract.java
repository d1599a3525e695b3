package io.jdash.server.background;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobEngine} promises, run against the embedded engine here and against the Redis engine in
 * {@code jdash-cache-redis}. The runner interprets the payload as a tiny script: {@code emit N}, {@code sleep MS},
 * {@code fail}, {@code result TEXT}.
 */
public abstract class JobEngineContract {
    /** What each job saw, by id. */
    protected final Map<String, String> seen = new ConcurrentHashMap<>();
    /** Released when a job with a "block" step has started. */
    protected final Map<String, CountDownLatch> started = new ConcurrentHashMap<>();

    private final List<JobEngine> open = new ArrayList<>();

    /** An engine running jobs with {@code runner}. */
    protected abstract JobEngine open(JobRunner runner, BackgroundOptions options);

    /** The options tests start from. */
    protected BackgroundOptions options() {
        return BackgroundOptions.DEFAULTS.withLease(Duration.ofSeconds(2), false);
    }

    /** The script runner. */
    protected final JobRunner runner = (request, control) -> {
        String script = new String(request.payload(), StandardCharsets.UTF_8);
        String result = "ok";
        for (String step : script.split(";")) {
            String[] w = step.trim().split(" ", 2);
            switch (w[0]) {
                case "emit" -> {
                    for (int i = 0; i < Integer.parseInt(w[1]); i++) {
                        control.emit(("[" + i + "]").getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "started" ->
                    started.computeIfAbsent(request.id(), k -> new CountDownLatch(1))
                            .countDown();
                case "sleep" -> {
                    try {
                        Thread.sleep(Long.parseLong(w[1]));
                    } catch (InterruptedException e) {
                        seen.put(request.id(), "interrupted, cancelled=" + control.isCancelled());
                        result = "late";
                    }
                }
                case "fail" -> throw new IllegalStateException("the script says fail");
                case "result" -> result = w[1];
                default -> throw new IllegalArgumentException(step);
            }
        }
        return result.getBytes(StandardCharsets.UTF_8);
    };

    /** Opens an engine that is closed after the test. */
    protected JobEngine engine(BackgroundOptions options) {
        JobEngine e = open(runner, options);
        open.add(e);
        return e;
    }

    @AfterEach
    void closeEngines() {
        open.forEach(JobEngine::close);
    }

    /** A job with a fresh id. */
    protected static JobRequest job(String script) {
        return job(script, null, Duration.ofSeconds(30));
    }

    /** A job with a fresh id, a timeout (or null) and the time without polls after which it is abandoned. */
    protected static JobRequest job(String script, Duration timeout, Duration abandonAfter) {
        return new JobRequest(
                UUID.randomUUID().toString().replace("-", ""),
                "cb",
                script.getBytes(StandardCharsets.UTF_8),
                timeout,
                abandonAfter);
    }

    /** Polls until the job has ended, collecting every event. */
    protected static JobSnapshot untilFinal(JobEngine engine, String id, List<byte[]> events) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            JobSnapshot s = engine.poll(id, Duration.ofMillis(200));
            if (s == null) {
                return null;
            }
            events.addAll(s.events());
            if (s.status().isFinal()) {
                return s;
            }
        }
        throw new AssertionError("job " + id + " did not end");
    }

    @Test
    void everyEvent_isDeliveredOnceInOrder_acrossManyPolls() {
        JobEngine engine = engine(options());
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            int n = 1 + random.nextInt(300);
            JobRequest r = job("emit " + n + "; sleep 20; emit 0; result " + n);
            engine.submit(r);
            List<byte[]> events = new ArrayList<>();
            JobSnapshot end = untilFinal(engine, r.id(), events);
            assertEquals(JobStatus.DONE, end.status());
            assertEquals(String.valueOf(n), new String(end.result(), StandardCharsets.UTF_8));
            assertEquals(n, events.size(), "no event lost or repeated");
            for (int i = 0; i < n; i++) {
                assertArrayEquals(("[" + i + "]").getBytes(StandardCharsets.UTF_8), events.get(i), "in order");
            }
            engine.forget(r.id());
            assertNull(engine.poll(r.id(), Duration.ZERO), "forgotten");
        }
    }

    @Test
    void unknownJob_isNull() {
        assertNull(engine(options()).poll("no-such-job", Duration.ZERO));
    }

    @Test
    void cancel_interruptsTheJob_andItsLateResultIsDropped() throws Exception {
        JobEngine engine = engine(options());
        JobRequest r = job("started; sleep 10000; result never");
        engine.submit(r);
        assertTrue(started(r.id()).await(10, TimeUnit.SECONDS));
        assertTrue(engine.cancel(r.id(), JobStatus.CANCELLED));
        JobSnapshot end = untilFinal(engine, r.id(), new ArrayList<>());
        assertEquals(JobStatus.CANCELLED, end.status());
        assertNull(end.result(), "the late result is dropped");
        waitFor(() -> seen.containsKey(r.id()));
        assertEquals("interrupted, cancelled=true", seen.get(r.id()));
        Thread.sleep(100);
        assertEquals(JobStatus.CANCELLED, engine.poll(r.id(), Duration.ZERO).status(), "stays cancelled");
        assertTrue(!engine.cancel(r.id(), JobStatus.CANCELLED), "an ended job is not cancelled again");
    }

    @Test
    void timeout_stopsTheJob() throws Exception {
        JobEngine engine = engine(options());
        JobRequest r = job("started; sleep 10000", Duration.ofMillis(300), Duration.ofSeconds(30));
        engine.submit(r);
        JobSnapshot end = untilFinal(engine, r.id(), new ArrayList<>());
        assertEquals(JobStatus.TIMED_OUT, end.status());
        waitFor(() -> seen.containsKey(r.id()));
        assertEquals("interrupted, cancelled=true", seen.get(r.id()));
    }

    @Test
    void aJobNobodyPolls_isAbandoned() throws Exception {
        JobEngine engine = engine(options());
        JobRequest r = job("started; sleep 10000", null, Duration.ofMillis(400));
        engine.submit(r);
        assertTrue(started(r.id()).await(10, TimeUnit.SECONDS));
        waitFor(() -> seen.containsKey(r.id()));
        assertEquals("interrupted, cancelled=true", seen.get(r.id()));
        assertEquals(JobStatus.ABANDONED, engine.poll(r.id(), Duration.ZERO).status());
    }

    @Test
    void aPollThatWaits_returnsAsSoonAsThereIsProgress() throws Exception {
        JobEngine engine = engine(options());
        JobRequest r = job("started; sleep 300; emit 1; sleep 3000");
        engine.submit(r);
        assertTrue(started(r.id()).await(10, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        JobSnapshot s = engine.poll(r.id(), Duration.ofSeconds(3));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1, s.events().size(), s.toString());
        assertTrue(millis < 1500, "answered " + millis + " ms after the poll, not at its 3 s bound");
        assertEquals(JobStatus.RUNNING, s.status());
        engine.cancel(r.id(), JobStatus.CANCELLED);
    }

    @Test
    void twoJobsWithTheSamePayload_areSeparate() {
        JobEngine engine = engine(options());
        JobRequest a = job("emit 3; result same");
        JobRequest b = job("emit 3; result same");
        assertNotEquals(a.id(), b.id());
        engine.submit(a);
        engine.submit(b);
        List<byte[]> ea = new ArrayList<>();
        List<byte[]> eb = new ArrayList<>();
        assertEquals(JobStatus.DONE, untilFinal(engine, a.id(), ea).status());
        assertEquals(JobStatus.DONE, untilFinal(engine, b.id(), eb).status());
        assertEquals(3, ea.size());
        assertEquals(3, eb.size(), "each job has its own progress");
    }

    @Test
    void aRunnerThatCannotRun_endsFailed() {
        JobEngine engine = engine(options());
        JobRequest r = job("fail");
        engine.submit(r);
        JobSnapshot end = untilFinal(engine, r.id(), new ArrayList<>());
        assertEquals(JobStatus.FAILED, end.status());
        assertTrue(end.message().contains("the script says fail"), end.message());
    }

    private CountDownLatch started(String id) {
        return started.computeIfAbsent(id, k -> new CountDownLatch(1));
    }

    /** Waits up to 10 s for {@code condition}. */
    protected static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
