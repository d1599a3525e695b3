package io.jdash.server.background;

import java.time.Duration;

/**
 * A queue of background jobs with a store of their state, progress and results: in this JVM
 * ({@link EmbeddedJobEngine}) or shared by many processes (the Redis engine of {@code jdash-cache-redis}). Any
 * process using the same store may answer any poll. Thread-safe.
 *
 * <p>Failures of a remote store surface as {@link JobStoreUnavailableException}.
 */
public interface JobEngine extends AutoCloseable {
    /**
     * Queues a job.
     *
     * @throws QueueFullException when the queue holds as many jobs as it may
     */
    void submit(JobRequest request);

    /**
     * What happened since the previous poll of {@code id}: its status and the events not yet delivered (the
     * delivery cursor moves past them). Waits up to {@code wait} for something new when nothing is. A poll also
     * tells the engine that somebody still waits for the job.
     *
     * @return null when no job has this id (it never existed, it was answered and forgotten, or it expired)
     */
    JobSnapshot poll(String id, Duration wait);

    /**
     * Stops a job that has not ended: it ends with {@code status} ({@link JobStatus#CANCELLED} and the like), its
     * thread is interrupted, and a result it still returns is dropped.
     *
     * @return whether a job that had not ended was stopped
     */
    boolean cancel(String id, JobStatus status);

    /** Drops everything about a job whose final answer was given. */
    void forget(String id);

    /** What it is, for messages: {@code embedded (4 workers)} or {@code redis://host:6379}. */
    String describe();

    /**
     * A secret every process sharing this engine's store uses to sign job handles, or null when the engine is
     * private to this process (a random one then serves).
     */
    default byte[] sharedSecret() {
        return null;
    }

    @Override
    void close();
}
