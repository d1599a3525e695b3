package io.jdash.server.background;

/** Where a background job is. Every status but {@link #QUEUED} and {@link #RUNNING} is final. */
public enum JobStatus {
    /** Waiting for a worker. */
    QUEUED,
    /** A worker runs it. */
    RUNNING,
    /** It ended; the result is there. */
    DONE,
    /** Cancelled by a cancel input or by a newer run. */
    CANCELLED,
    /** Stopped because it ran longer than its timeout. */
    TIMED_OUT,
    /** Stopped because nobody polled it any more (the tab was closed). */
    ABANDONED,
    /** Its worker stopped renewing its lease (the process died) and nobody took it over. */
    LOST,
    /** The job could not be run at all (the worker does not know its callback, or failed outside it). */
    FAILED;

    /** Whether the job has ended. */
    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
