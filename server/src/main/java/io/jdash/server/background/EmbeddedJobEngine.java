package io.jdash.server.background;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The job engine of one JVM: a bounded thread pool and an in-memory job store. A job starts within microseconds
 * of its submission; nothing is serialised, so a job may use any object of the process. A sweeper ends jobs that
 * ran past their timeout or that nobody polls any more, and drops results nobody fetched after their time.
 */
public final class EmbeddedJobEngine implements JobEngine {
    private static final long SWEEP_MILLIS = 50;

    private final JobRunner runner;
    private final BackgroundOptions options;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService sweeper;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** An engine whose workers run jobs with {@code runner}, bounded as {@code options} says. */
    public EmbeddedJobEngine(JobRunner runner, BackgroundOptions options) {
        this.runner = runner;
        this.options = options;
        this.pool = new ThreadPoolExecutor(
                options.workers(),
                options.workers(),
                60,
                TimeUnit.SECONDS,
                options.queueCapacity() == 0
                        ? new java.util.concurrent.SynchronousQueue<>()
                        : new ArrayBlockingQueue<>(options.queueCapacity()),
                threads("jdash-job"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(threads("jdash-job-sweeper"));
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void submit(JobRequest request) {
        Job job = new Job(request);
        jobs.put(request.id(), job);
        try {
            job.future = pool.submit(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(request.id());
            throw new QueueFullException(
                    "all " + options.workers() + " workers are busy and " + options.queueCapacity() + " jobs wait");
        }
    }

    private void run(Job job) {
        synchronized (job) {
            if (job.status != JobStatus.QUEUED) {
                return;
            }
            job.status = JobStatus.RUNNING;
            job.startedNanos = System.nanoTime();
        }
        byte[] result = null;
        String failure = null;
        try {
            result = runner.run(job.request, job);
        } catch (RuntimeException | Error e) {
            failure = "the job could not run: " + e;
        } finally {
            Thread.interrupted(); // a cancel's interrupt must not leak into the pool's next job
        }
        synchronized (job) {
            if (!job.status.isFinal()) {
                job.status = failure == null ? JobStatus.DONE : JobStatus.FAILED;
                job.result = result;
                job.message = failure;
            }
            job.finished();
        }
    }

    @Override
    public JobSnapshot poll(String id, Duration wait) {
        Job job = jobs.get(id);
        if (job == null) {
            return null;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (job) {
            job.lastPollNanos = System.nanoTime();
            while (job.delivered == job.events.size() && !job.status.isFinal()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(job, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            List<byte[]> fresh = new ArrayList<>(job.events.subList(job.delivered, job.events.size()));
            job.delivered = job.events.size();
            job.lastPollNanos = System.nanoTime();
            return new JobSnapshot(job.status, fresh, job.status == JobStatus.DONE ? job.result : null, job.message);
        }
    }

    @Override
    public boolean cancel(String id, JobStatus status) {
        Job job = jobs.get(id);
        return job != null && job.stop(status, null);
    }

    @Override
    public void forget(String id) {
        jobs.remove(id);
    }

    @Override
    public String describe() {
        return "embedded (" + options.workers() + " workers, " + options.queueCapacity() + " queued at most)";
    }

    /** Jobs known now (running, waiting or with an unfetched result): for tests and metrics. */
    public int size() {
        return jobs.size();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        jobs.values().forEach(j -> j.stop(JobStatus.CANCELLED, "the server stopped"));
        pool.shutdownNow();
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Job job : jobs.values()) {
            JobRequest r = job.request;
            if (job.status.isFinal()) {
                if (now - job.finishedNanos > options.resultTtl().toNanos()) {
                    jobs.remove(r.id(), job);
                }
            } else if (r.timeout() != null
                    && job.status == JobStatus.RUNNING
                    && now - job.startedNanos > r.timeout().toNanos()) {
                job.stop(JobStatus.TIMED_OUT, null);
            } else if (now - job.lastPollNanos > r.abandonAfter().toNanos()) {
                job.stop(JobStatus.ABANDONED, null);
            }
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** One job, guarded by its own monitor; pollers wait on it. */
    private static final class Job implements JobRunner.JobControl {
        final JobRequest request;
        final List<byte[]> events = new ArrayList<>();
        JobStatus status = JobStatus.QUEUED;
        int delivered;
        byte[] result;
        String message;
        volatile Future<?> future;
        volatile boolean cancelled;
        long startedNanos;
        long finishedNanos;
        long lastPollNanos = System.nanoTime();

        Job(JobRequest request) {
            this.request = request;
        }

        @Override
        public synchronized void emit(byte[] event) {
            if (!status.isFinal()) {
                events.add(event);
                notifyAll();
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        synchronized boolean stop(JobStatus to, String why) {
            if (status.isFinal()) {
                return false;
            }
            cancelled = true;
            status = to;
            message = why;
            finished();
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
            return true;
        }

        void finished() {
            finishedNanos = System.nanoTime();
            notifyAll();
        }
    }
}
