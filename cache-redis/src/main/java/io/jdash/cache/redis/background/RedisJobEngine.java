package io.jdash.cache.redis.background;

import io.jdash.server.background.BackgroundOptions;
import io.jdash.server.background.JobEngine;
import io.jdash.server.background.JobHandles;
import io.jdash.server.background.JobRequest;
import io.jdash.server.background.JobRunner;
import io.jdash.server.background.JobSnapshot;
import io.jdash.server.background.JobStatus;
import io.jdash.server.background.JobStoreUnavailableException;
import io.jdash.server.background.QueueFullException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

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
 */
public final class RedisJobEngine implements JobEngine {
    private static final System.Logger LOG = System.getLogger("io.jdash.cache.redis.background");
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final String GROUP = "workers";
    private static final long TICK_MILLIS = 100;
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

    /** Sets a final status if the job has none yet, and wakes its pollers. */
    private static final String FINISH = "local s = redis.call('hget', KEYS[1], 'status')\n"
            + "if s ~= 'QUEUED' and s ~= 'RUNNING' then return 0 end\n"
            + "redis.call('hset', KEYS[1], 'status', ARGV[1], 'result', ARGV[2], 'message', ARGV[3])\n"
            + "redis.call('xadd', KEYS[2], '*', 's', ARGV[1])\n"
            + "redis.call('pexpire', KEYS[1], ARGV[4]) redis.call('pexpire', KEYS[2], ARGV[4])\n"
            + "return 1";
    /** Marks a job running on this worker if it is waiting (or was running on a worker that died). */
    private static final String START = "local s = redis.call('hget', KEYS[1], 'status')\n"
            + "if s ~= 'QUEUED' and s ~= 'RUNNING' then return 0 end\n"
            + "redis.call('hset', KEYS[1], 'status', 'RUNNING', 'worker', ARGV[1], 'started', ARGV[2])\n"
            + "redis.call('hdel', KEYS[1], 'leaseMissingSince')\n"
            + "redis.call('hincrby', KEYS[1], 'attempts', 1)\n"
            + "return 1";

    private final RedisClient client;
    private final String name;
    private final String prefix;
    private final BackgroundOptions options;
    private final JobRunner runner;
    private final String consumer = "w-" + UUID.randomUUID();
    private final StatefulRedisConnection<String, byte[]> shared;
    private final ConcurrentLinkedQueue<StatefulRedisConnection<String, byte[]>> blocking =
            new ConcurrentLinkedQueue<>();
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Semaphore slots;
    private final ExecutorService workers;
    private final ScheduledExecutorService ticker;
    private final Thread dispatcher;
    private final StatefulRedisPubSubConnection<String, byte[]> cancels;
    private volatile boolean closed;
    private volatile long lastOutageLog;

    /**
     * An engine on the Redis {@code uri} names.
     *
     * @param runner runs jobs in this process, or null for a web-only process
     */
    public RedisJobEngine(RedisURI uri, BackgroundOptions options, JobRunner runner) {
        this.options = options;
        this.runner = options.role().runsJobs() ? runner : null;
        this.name = "redis://" + uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
        this.prefix = "jdash:bg:";
        uri.setTimeout(COMMAND_TIMEOUT);
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(
                        SocketOptions.builder().connectTimeout(COMMAND_TIMEOUT).build())
                .build());
        this.shared = client.connect(CODEC);
        this.slots = new Semaphore(options.workers());
        this.workers = Executors.newCachedThreadPool(daemon("jdash-redis-job"));
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("jdash-redis-lease"));
        if (this.runner != null) {
            ensureGroup();
            this.cancels = client.connectPubSub(CODEC);
            cancels.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, byte[] message) {
                    Running r = running.get(new String(message, StandardCharsets.UTF_8));
                    if (r != null) {
                        r.stop();
                    }
                }
            });
            cancels.sync().subscribe(prefix + "cancel");
            ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
            this.dispatcher = new Thread(this::dispatch, "jdash-redis-dispatch");
            dispatcher.setDaemon(true);
            dispatcher.start();
        } else {
            this.cancels = null;
            this.dispatcher = null;
        }
    }

    private String jobKey(String id) {
        return prefix + "job:" + id;
    }

    private String eventsKey(String id) {
        return prefix + "ev:" + id;
    }

    private String leaseKey(String id) {
        return prefix + "lease:" + id;
    }

    private String queueKey() {
        return prefix + "queue";
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String s(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** Runs {@code call} on the shared connection; a Redis failure becomes {@link JobStoreUnavailableException}. */
    private <T> T redis(Function<RedisCommands<String, byte[]>, T> call) {
        try {
            return call.apply(shared.sync());
        } catch (io.lettuce.core.RedisException e) {
            throw new JobStoreUnavailableException(name + " cannot be reached (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void submit(JobRequest request) {
        redis(c -> {
            long waiting = c.xlen(queueKey()) - pendingCount(c);
            if (waiting >= options.queueCapacity()) {
                throw new QueueFullException(waiting + " jobs wait for a worker");
            }
            Map<String, byte[]> fields = new LinkedHashMap<>();
            fields.put("callback", b(request.callback()));
            fields.put("payload", request.payload());
            fields.put("status", b(JobStatus.QUEUED.name()));
            fields.put(
                    "timeout",
                    b(
                            request.timeout() == null
                                    ? "0"
                                    : String.valueOf(request.timeout().toMillis())));
            fields.put("abandon", b(String.valueOf(request.abandonAfter().toMillis())));
            fields.put("lastPoll", b(String.valueOf(System.currentTimeMillis())));
            fields.put("cursor", b("0-0"));
            c.hset(jobKey(request.id()), fields);
            c.pexpire(jobKey(request.id()), options.resultTtl().toMillis());
            c.xadd(eventsKey(request.id()), Map.of("s", b(JobStatus.QUEUED.name())));
            c.pexpire(eventsKey(request.id()), options.resultTtl().toMillis());
            c.xadd(queueKey(), Map.of("id", b(request.id())));
            return null;
        });
    }

    private long pendingCount(RedisCommands<String, byte[]> c) {
        try {
            return c.xpending(queueKey(), GROUP).getCount();
        } catch (RedisCommandExecutionException e) {
            return 0; // no group yet: nobody has read anything
        }
    }

    @Override
    public JobSnapshot poll(String id, Duration wait) {
        List<byte[]> head = redis(c -> c.hmget(jobKey(id), "status", "cursor").stream()
                .map(kv -> kv.getValueOrElse(null))
                .toList());
        if (head.get(0) == null) {
            return null;
        }
        redis(c -> c.hset(jobKey(id), "lastPoll", b(String.valueOf(System.currentTimeMillis()))));
        String cursor = head.get(1) == null ? "0-0" : s(head.get(1));
        boolean ended = JobStatus.valueOf(s(head.get(0))).isFinal();
        long deadline = System.nanoTime() + wait.toNanos();
        List<byte[]> events = new ArrayList<>();
        while (true) {
            List<StreamMessage<String, byte[]>> fresh = read(
                    id, cursor, ended ? Duration.ZERO : Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            boolean statusChanged = false;
            for (StreamMessage<String, byte[]> m : fresh) {
                byte[] e = m.getBody().get("e");
                if (e != null) {
                    events.add(e);
                } else {
                    statusChanged |=
                            !JobStatus.QUEUED.name().equals(s(m.getBody().get("s")));
                }
            }
            if (!fresh.isEmpty()) {
                cursor = fresh.get(fresh.size() - 1).getId();
                String last = cursor;
                redis(c -> c.hset(jobKey(id), "cursor", b(last)));
            }
            // the "queued" marker that opens every stream is no news: keep waiting past it
            if (ended
                    || !events.isEmpty()
                    || statusChanged
                    || fresh.isEmpty()
                    || deadline - System.nanoTime() <= 1_000_000) {
                break;
            }
        }
        List<byte[]> now = redis(c -> c.hmget(jobKey(id), "status", "result", "message").stream()
                .map(kv -> kv.getValueOrElse(null))
                .toList());
        if (now.get(0) == null) {
            return null;
        }
        JobStatus status = JobStatus.valueOf(s(now.get(0)));
        if (status.isFinal() && !ended) {
            // the job may have emitted its last events and ended between the read above and the status: a final
            // answer ends the client's polling, so it must carry them
            List<StreamMessage<String, byte[]>> late = read(id, cursor, Duration.ZERO);
            for (StreamMessage<String, byte[]> m : late) {
                byte[] e = m.getBody().get("e");
                if (e != null) {
                    events.add(e);
                }
            }
            if (!late.isEmpty()) {
                String last = late.get(late.size() - 1).getId();
                redis(c -> c.hset(jobKey(id), "cursor", b(last)));
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
            if (c.exists(leaseKey(id)) > 0) {
                return false;
            }
            long now = System.currentTimeMillis();
            c.hsetnx(jobKey(id), "leaseMissingSince", b(String.valueOf(now)));
            byte[] since = c.hget(jobKey(id), "leaseMissingSince");
            long grace = options.retryLostJobs()
                    ? 3 * options.lease().toMillis()
                    : options.lease().toMillis();
            if (since == null || now - Long.parseLong(s(since)) < grace) {
                return false;
            }
            return finish(c, id, JobStatus.LOST, new byte[0], "the worker stopped");
        });
    }

    private List<StreamMessage<String, byte[]>> read(String id, String cursor, Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return redis(
                    c -> c.xread(XReadArgs.Builder.count(10_000), XReadArgs.StreamOffset.from(eventsKey(id), cursor)));
        }
        StreamMessage<String, byte[]>[] none = null;
        StatefulRedisConnection<String, byte[]> conn = blocking.poll();
        try {
            if (conn == null || !conn.isOpen()) {
                conn = client.connect(CODEC);
            }
            conn.setTimeout(wait.plus(COMMAND_TIMEOUT));
            List<StreamMessage<String, byte[]>> got = conn.sync()
                    .xread(
                            XReadArgs.Builder.block(Math.max(1, wait.toMillis()))
                                    .count(10_000),
                            XReadArgs.StreamOffset.from(eventsKey(id), cursor));
            blocking.add(conn);
            return got == null ? List.of() : got;
        } catch (io.lettuce.core.RedisException e) {
            if (conn != null) {
                conn.closeAsync();
            }
            throw new JobStoreUnavailableException(name + " cannot be reached (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public boolean cancel(String id, JobStatus status) {
        return redis(c -> {
            boolean stopped = finish(c, id, status, new byte[0], "");
            if (stopped) {
                c.publish(prefix + "cancel", b(id));
            }
            return stopped;
        });
    }

    private boolean finish(
            RedisCommands<String, byte[]> c, String id, JobStatus status, byte[] result, String message) {
        Long done = c.eval(
                FINISH,
                ScriptOutputType.INTEGER,
                new String[] {jobKey(id), eventsKey(id)},
                b(status.name()),
                result,
                b(message),
                b(String.valueOf(options.resultTtl().toMillis())));
        return done != null && done == 1;
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
            c.set(prefix + "secret", JobHandles.randomSecret(), SetArgs.Builder.nx());
            return c.get(prefix + "secret");
        });
    }

    // ---- the worker side

    private void ensureGroup() {
        try {
            shared.sync()
                    .xgroupCreate(
                            XReadArgs.StreamOffset.from(queueKey(), "0"), GROUP, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException e) {
            // the group exists
        } catch (RedisCommandExecutionException e) {
            if (!String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** Reads jobs from the group while this process has a free worker; takes one at a time. */
    private void dispatch() {
        StatefulRedisConnection<String, byte[]> conn = null;
        while (!closed) {
            try {
                if (!slots.tryAcquire(500, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                boolean handed = false;
                try {
                    if (conn == null || !conn.isOpen()) {
                        conn = client.connect(CODEC);
                        conn.setTimeout(Duration.ofSeconds(1).plus(COMMAND_TIMEOUT));
                    }
                    List<StreamMessage<String, byte[]>> got = conn.sync()
                            .xreadgroup(
                                    Consumer.from(GROUP, consumer),
                                    XReadArgs.Builder.block(1000).count(1),
                                    XReadArgs.StreamOffset.lastConsumed(queueKey()));
                    if (got != null && !got.isEmpty()) {
                        handed = take(got.get(0), false);
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
                    if (conn != null) {
                        conn.closeAsync();
                        conn = null;
                    }
                    sleep(500);
                }
            }
        }
        if (conn != null) {
            conn.close();
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
    private boolean take(StreamMessage<String, byte[]> entry, boolean takenOver) {
        String id = s(entry.getBody().get("id"));
        RedisCommands<String, byte[]> c = shared.sync();
        List<byte[]> job = id == null
                ? List.of()
                : c.hmget(jobKey(id), "callback", "payload", "status", "timeout", "abandon").stream()
                        .map(kv -> kv.getValueOrElse(null))
                        .toList();
        if (job.isEmpty()
                || job.get(0) == null
                || JobStatus.valueOf(s(job.get(2))).isFinal()) {
            c.xack(queueKey(), GROUP, entry.getId());
            c.xdel(queueKey(), entry.getId());
            return false;
        }
        if (takenOver && !options.retryLostJobs()) {
            finish(c, id, JobStatus.LOST, new byte[0], "the worker stopped");
            c.xack(queueKey(), GROUP, entry.getId());
            c.xdel(queueKey(), entry.getId());
            return false;
        }
        Long started = c.eval(
                START,
                ScriptOutputType.INTEGER,
                new String[] {jobKey(id)},
                b(consumer),
                b(String.valueOf(System.currentTimeMillis())));
        if (started == null || started != 1) {
            return false;
        }
        c.set(leaseKey(id), b(consumer), SetArgs.Builder.px(options.lease().toMillis()));
        long timeout = Long.parseLong(s(job.get(3)));
        JobRequest request = new JobRequest(
                id,
                s(job.get(0)),
                job.get(1),
                timeout == 0 ? null : Duration.ofMillis(timeout),
                Duration.ofMillis(Long.parseLong(s(job.get(4)))));
        Running r = new Running(request, entry.getId());
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
            RedisCommands<String, byte[]> c = shared.sync();
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
        } finally {
            running.remove(r.request.id());
            slots.release();
        }
    }

    /** Renews the leases of this worker's jobs, applies timeouts and abandonment, and takes over dead workers' jobs. */
    private void tick() {
        try {
            RedisCommands<String, byte[]> c = shared.sync();
            long now = System.currentTimeMillis();
            for (Running r : running.values()) {
                if (now - r.renewed >= options.lease().toMillis() / 3) {
                    c.set(
                            leaseKey(r.request.id()),
                            b(consumer),
                            SetArgs.Builder.px(options.lease().toMillis()));
                    c.xclaim(queueKey(), Consumer.from(GROUP, consumer), XClaimArgs.Builder.justid(), r.entry);
                    r.renewed = now;
                }
                byte[] lastPoll = c.hget(jobKey(r.request.id()), "lastPoll");
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
            }
        }
    }

    private volatile long lastClaim;

    private void claimIdle(RedisCommands<String, byte[]> c) {
        while (slots.tryAcquire()) {
            List<StreamMessage<String, byte[]>> claimed;
            try {
                claimed = c.xautoclaim(
                                queueKey(),
                                XAutoClaimArgs.Builder.xautoclaim(
                                                Consumer.from(GROUP, consumer), options.lease(), "0-0")
                                        .count(1))
                        .getMessages();
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
        if (dispatcher != null) {
            dispatcher.interrupt();
            try {
                dispatcher.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (cancels != null) {
            cancels.closeAsync();
        }
        blocking.forEach(StatefulRedisConnection::closeAsync);
        shared.closeAsync();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
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

    /** A job this process runs. */
    private final class Running implements JobRunner.JobControl {
        final JobRequest request;
        final String entry;
        final long startedMillis = System.currentTimeMillis();
        volatile long renewed = System.currentTimeMillis();
        volatile boolean cancelled;
        volatile Thread thread;

        Running(JobRequest request, String entry) {
            this.request = request;
            this.entry = entry;
        }

        @Override
        public void emit(byte[] event) {
            if (cancelled) {
                return;
            }
            try {
                shared.sync().xadd(eventsKey(request.id()), Map.of("e", event));
            } catch (RuntimeException e) {
                outage(e); // progress is lost while Redis is away; the job goes on
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
