package io.jdash.cache.redis.background;

import io.jdash.cache.redis.RedisConnections;
import io.jdash.server.background.BackgroundOptions;
import io.jdash.server.background.JobEngine;
import io.jdash.server.background.JobHandles;
import io.jdash.server.background.JobRequest;
import io.jdash.server.background.JobRunner;
import io.jdash.server.background.JobSnapshot;
import io.jdash.server.background.JobStatus;
import io.jdash.server.background.JobStoreUnavailableException;
import io.jdash.server.background.QueueFullException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import redis.clients.jedis.BinaryJedisPubSub;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamEntryBinary;

/**
 * A job engine that many processes share through one Redis: jobs wait in a Redis Stream read by a consumer group
 * ({@code XREADGROUP ... BLOCK}, so a free worker picks a job up at once), each job's state is a hash, its
 * progress a stream of its own that pollers read with {@code XREAD ... BLOCK} (so a held poll answers the moment
 * progress arrives), and everything expires after {@link BackgroundOptions#resultTtl()}.
 *
 * <p>A worker holds a lease on each job it runs ({@code SET lease PX}, and {@code XCLAIM} of its own entry to keep
 * it from going idle), renewed every third of the lease. When a worker dies, its entries go idle; another worker's
 * {@code XAUTOCLAIM} takes them over after one lease and runs the job again, or ends it {@link JobStatus#LOST} if
 * {@link BackgroundOptions#retryLostJobs()} is off. A poller that sees a running job without a lease for long
 * enough ends it LOST too, so a job never polls forever. Cancel is a state change plus a {@code PUBLISH}: the
 * worker that runs the job interrupts it.
 *
 * <p>It speaks to Redis with Jedis, on the calling thread, from one pool of connections: a blocking read holds its
 * connection for the time it blocks (bounded, plus the command timeout), and the cancel subscription holds one for
 * as long as it lasts, pinged every second so that a dead connection is noticed and the subscription renewed.
 */
public final class RedisJobEngine implements JobEngine {
    private static final System.Logger LOG = System.getLogger("io.jdash.cache.redis.background");
    private static final String GROUP = "workers";
    private static final long TICK_MILLIS = 100;
    private static final long CANCEL_PING_MILLIS = 1000;
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration DISPATCH_BLOCK = Duration.ofSeconds(1);

    /** Sets a final status if the job has none yet, and wakes its pollers. */
    private static final byte[] FINISH = b("local s = redis.call('hget', KEYS[1], 'status')\n"
            + "if s ~= 'QUEUED' and s ~= 'RUNNING' then return 0 end\n"
            + "redis.call('hset', KEYS[1], 'status', ARGV[1], 'result', ARGV[2], 'message', ARGV[3])\n"
            + "redis.call('xadd', KEYS[2], '*', 's', ARGV[1])\n"
            + "redis.call('pexpire', KEYS[1], ARGV[4]) redis.call('pexpire', KEYS[2], ARGV[4])\n"
            + "return 1");
    /** Marks a job running on this worker if it is waiting (or was running on a worker that died). */
    private static final byte[] START = b("local s = redis.call('hget', KEYS[1], 'status')\n"
            + "if s ~= 'QUEUED' and s ~= 'RUNNING' then return 0 end\n"
            + "redis.call('hset', KEYS[1], 'status', 'RUNNING', 'worker', ARGV[1], 'started', ARGV[2])\n"
            + "redis.call('hdel', KEYS[1], 'leaseMissingSince')\n"
            + "redis.call('hincrby', KEYS[1], 'attempts', 1)\n"
            + "return 1");

    private final RedisClient client;
    private final String name;
    private final String prefix;
    private final BackgroundOptions options;
    private final JobRunner runner;
    private final String consumer = "w-" + UUID.randomUUID();
    /** The longest a poll's {@code XREAD BLOCK} waits in one command; a longer wait reads again. */
    private final Duration maxBlock;

    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Semaphore slots;
    private final ExecutorService workers;
    private final ScheduledExecutorService ticker;
    private final Thread dispatcher;
    private final Thread cancelListener;
    /** The current cancel subscription (a new one after each lost connection); null in a web-only process. */
    private volatile CancelSubscription cancels;

    private final CountDownLatch firstSubscription = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile long lastOutageLog;
    private volatile long lastClaim;
    private volatile long lastCancelPing;

    /**
     * An engine on the Redis {@code uri} names.
     *
     * @param runner runs jobs in this process, or null for a web-only process
     */
    public RedisJobEngine(URI uri, BackgroundOptions options, JobRunner runner) {
        this.options = options;
        this.runner = options.role().runsJobs() ? runner : null;
        this.name = RedisConnections.describe(uri);
        this.prefix = "jdash:bg:";
        Duration longest =
                options.longPoll().compareTo(options.firstAnswer()) >= 0 ? options.longPoll() : options.firstAnswer();
        this.maxBlock = longest.compareTo(DISPATCH_BLOCK) >= 0 ? longest : DISPATCH_BLOCK;
        this.client = RedisConnections.open(
                uri,
                COMMAND_TIMEOUT,
                COMMAND_TIMEOUT,
                maxBlock.plus(COMMAND_TIMEOUT),
                // request threads (submits, held polls), the workers, the dispatcher, the subscription, the ticker
                RedisConnections.DEFAULT_MAX_CONNECTIONS + options.workers() + 3);
        this.slots = new Semaphore(options.workers());
        this.workers = Executors.newCachedThreadPool(daemon("jdash-redis-job"));
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("jdash-redis-lease"));
        if (this.runner != null) {
            try {
                ensureGroup();
            } catch (JedisException e) {
                client.close();
                throw new JobStoreUnavailableException(name + " cannot be reached (" + e.getMessage() + ")", e);
            }
            this.cancelListener = new Thread(this::listenForCancels, "jdash-redis-cancels");
            cancelListener.setDaemon(true);
            cancelListener.start();
            try {
                // a cancel published right after the engine opened must reach it
                firstSubscription.await(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
            this.dispatcher = new Thread(this::dispatch, "jdash-redis-dispatch");
            dispatcher.setDaemon(true);
            dispatcher.start();
        } else {
            this.cancelListener = null;
            this.dispatcher = null;
        }
    }

    private byte[] jobKey(String id) {
        return b(prefix + "job:" + id);
    }

    private byte[] eventsKey(String id) {
        return b(prefix + "ev:" + id);
    }

    private byte[] leaseKey(String id) {
        return b(prefix + "lease:" + id);
    }

    private String queueKey() {
        return prefix + "queue";
    }

    private byte[] cancelChannel() {
        return b(prefix + "cancel");
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String s(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** A field of a stream entry read as bytes (a byte[] key does not look up in a map). */
    private static byte[] field(StreamEntryBinary entry, String name) {
        byte[] wanted = b(name);
        for (Map.Entry<byte[], byte[]> f : entry.getFields().entrySet()) {
            if (Arrays.equals(f.getKey(), wanted)) {
                return f.getValue();
            }
        }
        return null;
    }

    /** Runs {@code call} on a pooled connection; a Redis failure becomes {@link JobStoreUnavailableException}. */
    private <T> T redis(Function<RedisClient, T> call) {
        try {
            return call.apply(client);
        } catch (JedisException e) {
            dropIdleIfBroken(e);
            throw new JobStoreUnavailableException(name + " cannot be reached (" + e.getMessage() + ")", e);
        }
    }

    /** After a restart every idle connection is dead: drop them at once rather than one failed command each. */
    private void dropIdleIfBroken(RuntimeException e) {
        if (e instanceof JedisConnectionException) {
            client.getPool().clear();
        }
    }

    @Override
    public void submit(JobRequest request) {
        redis(c -> {
            long waiting = c.xlen(queueKey()) - pendingCount(c);
            if (waiting >= options.queueCapacity()) {
                throw new QueueFullException(waiting + " jobs wait for a worker");
            }
            Map<byte[], byte[]> fields = new LinkedHashMap<>();
            fields.put(b("callback"), b(request.callback()));
            fields.put(b("payload"), request.payload());
            fields.put(b("status"), b(JobStatus.QUEUED.name()));
            fields.put(
                    b("timeout"),
                    b(
                            request.timeout() == null
                                    ? "0"
                                    : String.valueOf(request.timeout().toMillis())));
            fields.put(b("abandon"), b(String.valueOf(request.abandonAfter().toMillis())));
            fields.put(b("lastPoll"), b(String.valueOf(System.currentTimeMillis())));
            fields.put(b("cursor"), b("0-0"));
            c.hset(jobKey(request.id()), fields);
            c.pexpire(jobKey(request.id()), options.resultTtl().toMillis());
            c.xadd(eventsKey(request.id()), XAddParams.xAddParams(), Map.of(b("s"), b(JobStatus.QUEUED.name())));
            c.pexpire(eventsKey(request.id()), options.resultTtl().toMillis());
            c.xadd(b(queueKey()), XAddParams.xAddParams(), Map.of(b("id"), b(request.id())));
            return null;
        });
    }

    private long pendingCount(RedisClient c) {
        try {
            return c.xpending(queueKey(), GROUP).getTotal();
        } catch (JedisDataException e) {
            return 0; // no group yet: nobody has read anything
        }
    }

    @Override
    public JobSnapshot poll(String id, Duration wait) {
        List<byte[]> head = redis(c -> c.hmget(jobKey(id), b("status"), b("cursor")));
        if (head.get(0) == null) {
            return null;
        }
        redis(c -> c.hset(jobKey(id), b("lastPoll"), b(String.valueOf(System.currentTimeMillis()))));
        String cursor = head.get(1) == null ? "0-0" : s(head.get(1));
        boolean ended = JobStatus.valueOf(s(head.get(0))).isFinal();
        long deadline = System.nanoTime() + wait.toNanos();
        List<byte[]> events = new ArrayList<>();
        while (true) {
            Duration left = ended ? Duration.ZERO : Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            boolean blockedToTheEnd = left.compareTo(maxBlock) <= 0;
            List<StreamEntryBinary> fresh = read(id, cursor, blockedToTheEnd ? left : maxBlock);
            boolean statusChanged = false;
            for (StreamEntryBinary m : fresh) {
                byte[] e = field(m, "e");
                if (e != null) {
                    events.add(e);
                } else {
                    statusChanged |= !JobStatus.QUEUED.name().equals(s(field(m, "s")));
                }
            }
            if (!fresh.isEmpty()) {
                cursor = fresh.get(fresh.size() - 1).getID().toString();
                String last = cursor;
                redis(c -> c.hset(jobKey(id), b("cursor"), b(last)));
            }
            // the "queued" marker that opens every stream is no news: keep waiting past it
            if (ended
                    || !events.isEmpty()
                    || statusChanged
                    || (fresh.isEmpty() && blockedToTheEnd)
                    || deadline - System.nanoTime() <= 1_000_000) {
                break;
            }
        }
        List<byte[]> now = redis(c -> c.hmget(jobKey(id), b("status"), b("result"), b("message")));
        if (now.get(0) == null) {
            return null;
        }
        JobStatus status = JobStatus.valueOf(s(now.get(0)));
        if (status.isFinal() && !ended) {
            // the job may have emitted its last events and ended between the read above and the status: a final
            // answer ends the client's polling, so it must carry them
            List<StreamEntryBinary> late = read(id, cursor, Duration.ZERO);
            for (StreamEntryBinary m : late) {
                byte[] e = field(m, "e");
                if (e != null) {
                    events.add(e);
                }
            }
            if (!late.isEmpty()) {
                String last = late.get(late.size() - 1).getID().toString();
                redis(c -> c.hset(jobKey(id), b("cursor"), b(last)));
            }
        }
        if (status == JobStatus.RUNNING && leaseLost(id)) {
            status = JobStatus.LOST;
        }
        return new JobSnapshot(
                status,
                events,
                status == JobStatus.DONE ? now.get(1) : null,
                status.isFinal() && now.get(2) != null && now.get(2).length > 0 ? s(now.get(2)) : null);
    }

    /** Whether the running job's lease ran out long enough ago that nobody will take it over; then ends it LOST. */
    private boolean leaseLost(String id) {
        return redis(c -> {
            if (c.exists(leaseKey(id))) {
                return false;
            }
            long now = System.currentTimeMillis();
            c.hsetnx(jobKey(id), b("leaseMissingSince"), b(String.valueOf(now)));
            byte[] since = c.hget(jobKey(id), b("leaseMissingSince"));
            long grace = options.retryLostJobs()
                    ? 3 * options.lease().toMillis()
                    : options.lease().toMillis();
            if (since == null || now - Long.parseLong(s(since)) < grace) {
                return false;
            }
            return finish(c, id, JobStatus.LOST, new byte[0], "the worker stopped");
        });
    }

    /** The job's events after {@code cursor}, waiting up to {@code wait} for the first (zero: at once). */
    private List<StreamEntryBinary> read(String id, String cursor, Duration wait) {
        XReadParams params = XReadParams.xReadParams().count(10_000);
        if (!wait.isZero() && !wait.isNegative()) {
            params.block((int) Math.max(1, wait.toMillis()));
        }
        List<Map.Entry<byte[], List<StreamEntryBinary>>> got =
                redis(c -> c.xreadBinary(params, Map.of(eventsKey(id), new StreamEntryID(cursor))));
        if (got == null || got.isEmpty()) {
            return List.of();
        }
        return got.get(0).getValue();
    }

    @Override
    public boolean cancel(String id, JobStatus status) {
        return redis(c -> {
            boolean stopped = finish(c, id, status, new byte[0], "");
            if (stopped) {
                c.publish(cancelChannel(), b(id));
            }
            return stopped;
        });
    }

    private boolean finish(RedisClient c, String id, JobStatus status, byte[] result, String message) {
        Object done = c.eval(
                FINISH,
                List.of(jobKey(id), eventsKey(id)),
                List.of(
                        b(status.name()),
                        result,
                        b(message),
                        b(String.valueOf(options.resultTtl().toMillis()))));
        return done instanceof Long l && l == 1;
    }

    @Override
    public void forget(String id) {
        redis(c -> c.del(jobKey(id), eventsKey(id), leaseKey(id)));
    }

    @Override
    public String describe() {
        return name + (runner == null ? " (web only)" : " (" + options.workers() + " workers here)");
    }

    @Override
    public byte[] sharedSecret() {
        return redis(c -> {
            c.set(
                    b(prefix + "secret"),
                    JobHandles.randomSecret(),
                    SetParams.setParams().nx());
            return c.get(b(prefix + "secret"));
        });
    }

    // ---- the worker side

    private void ensureGroup() {
        try {
            client.xgroupCreate(queueKey(), GROUP, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (!String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                throw e;
            }
            // the group exists
        }
    }

    /** Reads jobs from the group while this process has a free worker; takes one at a time. */
    private void dispatch() {
        while (!closed) {
            try {
                if (!slots.tryAcquire(500, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                boolean handed = false;
                try {
                    List<Map.Entry<String, List<StreamEntry>>> got = client.xreadGroup(
                            GROUP,
                            consumer,
                            XReadGroupParams.xReadGroupParams()
                                    .block((int) DISPATCH_BLOCK.toMillis())
                                    .count(1),
                            Map.of(queueKey(), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
                    if (got != null && !got.isEmpty() && !got.get(0).getValue().isEmpty()) {
                        handed = take(got.get(0).getValue().get(0), false);
                    }
                } finally {
                    if (!handed) {
                        slots.release();
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                if (String.valueOf(e.getMessage()).contains("NOGROUP")) {
                    recreateGroup(); // Redis restarted empty
                } else {
                    outage(e);
                    dropIdleIfBroken(e);
                    sleep(500);
                }
            }
        }
    }

    private void recreateGroup() {
        try {
            ensureGroup();
            LOG.log(
                    System.Logger.Level.WARNING,
                    "jdash: " + name + " had no job queue (it restarted without its"
                            + " data?); jobs that were queued or running there are gone, new ones run again");
        } catch (RuntimeException e) {
            outage(e);
            sleep(500);
        }
    }

    /** Starts the job of a queue entry on a worker thread (the caller holds a slot); false if there is none. */
    private boolean take(StreamEntry entry, boolean takenOver) {
        String id = entry.getFields().get("id");
        RedisClient c = client;
        List<byte[]> job = id == null
                ? List.of()
                : c.hmget(jobKey(id), b("callback"), b("payload"), b("status"), b("timeout"), b("abandon"));
        if (job.isEmpty()
                || job.get(0) == null
                || JobStatus.valueOf(s(job.get(2))).isFinal()) {
            c.xack(queueKey(), GROUP, entry.getID());
            c.xdel(queueKey(), entry.getID());
            return false;
        }
        if (takenOver && !options.retryLostJobs()) {
            finish(c, id, JobStatus.LOST, new byte[0], "the worker stopped");
            c.xack(queueKey(), GROUP, entry.getID());
            c.xdel(queueKey(), entry.getID());
            return false;
        }
        Object started =
                c.eval(START, List.of(jobKey(id)), List.of(b(consumer), b(String.valueOf(System.currentTimeMillis()))));
        if (!(started instanceof Long l && l == 1)) {
            return false;
        }
        c.set(
                leaseKey(id),
                b(consumer),
                SetParams.setParams().px(options.lease().toMillis()));
        long timeout = Long.parseLong(s(job.get(3)));
        JobRequest request = new JobRequest(
                id,
                s(job.get(0)),
                job.get(1),
                timeout == 0 ? null : Duration.ofMillis(timeout),
                Duration.ofMillis(Long.parseLong(s(job.get(4)))));
        Running r = new Running(request, entry.getID());
        running.put(id, r);
        if (takenOver) {
            LOG.log(System.Logger.Level.WARNING, "jdash: took over job " + id + " of a worker that stopped");
        }
        workers.execute(() -> execute(r));
        return true;
    }

    private void execute(Running r) {
        r.thread = Thread.currentThread();
        byte[] result = null;
        String failure = null;
        try {
            if (!r.cancelled) {
                result = runner.run(r.request, r);
            }
        } catch (RuntimeException | Error e) {
            failure = "the job could not run: " + e;
        } finally {
            r.thread = null;
            Thread.interrupted();
        }
        try {
            RedisClient c = client;
            if (!r.cancelled) {
                finish(
                        c,
                        r.request.id(),
                        failure == null ? JobStatus.DONE : JobStatus.FAILED,
                        result == null ? new byte[0] : result,
                        failure == null ? "" : failure);
            }
            c.xack(queueKey(), GROUP, r.entry);
            c.xdel(queueKey(), r.entry);
            c.del(leaseKey(r.request.id()));
        } catch (RuntimeException e) {
            outage(e); // the lease runs out and the job ends LOST or runs again elsewhere
            dropIdleIfBroken(e);
        } finally {
            running.remove(r.request.id());
            slots.release();
        }
    }

    /** Renews the leases of this worker's jobs, applies timeouts and abandonment, and takes over dead workers' jobs. */
    private void tick() {
        try {
            RedisClient c = client;
            long now = System.currentTimeMillis();
            if (now - lastCancelPing >= CANCEL_PING_MILLIS) {
                lastCancelPing = now;
                CancelSubscription current = cancels;
                if (current != null) {
                    current.keepAlive();
                }
            }
            for (Running r : running.values()) {
                if (now - r.renewed >= options.lease().toMillis() / 3) {
                    c.set(
                            leaseKey(r.request.id()),
                            b(consumer),
                            SetParams.setParams().px(options.lease().toMillis()));
                    c.xclaimJustId(queueKey(), GROUP, consumer, 0, XClaimParams.xClaimParams(), r.entry);
                    r.renewed = now;
                }
                byte[] lastPoll = c.hget(jobKey(r.request.id()), b("lastPoll"));
                if (lastPoll == null) {
                    r.stop(); // the job store lost it
                } else if (r.request.timeout() != null
                        && now - r.startedMillis > r.request.timeout().toMillis()) {
                    cancel(r.request.id(), JobStatus.TIMED_OUT);
                    r.stop();
                } else if (now - Long.parseLong(s(lastPoll))
                        > r.request.abandonAfter().toMillis()) {
                    cancel(r.request.id(), JobStatus.ABANDONED);
                    r.stop();
                }
            }
            if (now - lastClaim >= options.lease().toMillis() / 2) {
                lastClaim = now;
                claimIdle(c);
            }
        } catch (RuntimeException e) {
            if (!closed) {
                outage(e);
                dropIdleIfBroken(e);
            }
        }
    }

    private void claimIdle(RedisClient c) {
        while (slots.tryAcquire()) {
            List<StreamEntry> claimed;
            try {
                claimed = c.xautoclaim(
                                queueKey(),
                                GROUP,
                                consumer,
                                options.lease().toMillis(),
                                new StreamEntryID(0, 0),
                                XAutoClaimParams.xAutoClaimParams().count(1))
                        .getValue();
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (claimed.isEmpty() || !take(claimed.get(0), true)) {
                slots.release();
                if (claimed.isEmpty()) {
                    return;
                }
            }
        }
    }

    /** Holds the cancel subscription while the engine is open, subscribing again after a lost connection. */
    private void listenForCancels() {
        while (!closed) {
            CancelSubscription subscription = new CancelSubscription();
            cancels = subscription;
            try {
                client.subscribe(subscription, cancelChannel());
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                outage(e);
                dropIdleIfBroken(e);
            }
            if (!closed) {
                sleep(500);
            }
        }
    }

    private void outage(RuntimeException e) {
        long now = System.currentTimeMillis();
        if (now - lastOutageLog > 10_000) {
            lastOutageLog = now;
            LOG.log(
                    System.Logger.Level.WARNING,
                    "jdash: background jobs: " + name + " cannot be reached (" + e.getMessage() + "); retrying");
        }
    }

    @Override
    public void close() {
        closed = true;
        running.values().forEach(Running::stop);
        ticker.shutdownNow();
        workers.shutdownNow();
        CancelSubscription current = cancels;
        if (current != null) {
            current.stop();
        }
        for (Thread t : new Thread[] {dispatcher, cancelListener}) {
            if (t != null) {
                t.interrupt();
                try {
                    t.join(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        client.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The cancel channel's listener: stops the job a message names, if it runs here. */
    private final class CancelSubscription extends BinaryJedisPubSub {
        private volatile boolean subscribed;

        @Override
        public void onSubscribe(byte[] channel, int subscribedChannels) {
            subscribed = true;
            firstSubscription.countDown();
        }

        @Override
        public void onMessage(byte[] channel, byte[] message) {
            Running r = running.get(s(message));
            if (r != null) {
                r.stop();
            }
        }

        /** Keeps the subscription's connection talking, so that its read timeout tells a dead one from a quiet one. */
        void keepAlive() {
            if (subscribed && isSubscribed()) {
                try {
                    ping();
                } catch (RuntimeException e) {
                    // the listener's read fails too and subscribes again
                }
            }
        }

        void stop() {
            if (subscribed && isSubscribed()) {
                try {
                    unsubscribe();
                } catch (RuntimeException e) {
                    // the connection is gone already
                }
            }
        }
    }

    /** A job this process runs. */
    private final class Running implements JobRunner.JobControl {
        final JobRequest request;
        final StreamEntryID entry;
        final long startedMillis = System.currentTimeMillis();
        volatile long renewed = System.currentTimeMillis();
        volatile boolean cancelled;
        volatile Thread thread;

        Running(JobRequest request, StreamEntryID entry) {
            this.request = request;
            this.entry = entry;
        }

        @Override
        public void emit(byte[] event) {
            if (cancelled) {
                return;
            }
            try {
                client.xadd(eventsKey(request.id()), XAddParams.xAddParams(), Map.of(b("e"), event));
            } catch (RuntimeException e) {
                outage(e); // progress is lost while Redis is away; the job goes on
                dropIdleIfBroken(e);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        void stop() {
            cancelled = true;
            Thread t = thread;
            if (t != null) {
                t.interrupt();
            }
        }
    }
}
