package io.jdash.server.background;

/** Runs jobs for an engine's workers: the app's background callbacks. */
@FunctionalInterface
public interface JobRunner {
    /**
     * Runs {@code request} on this thread and returns its result's JSON. A cancelled job sees
     * {@link JobControl#isCancelled()} turn true and its thread interrupted; what it returns then is dropped.
     *
     * @throws RuntimeException when the job cannot run at all; the job then ends {@link JobStatus#FAILED}
     */
    byte[] run(JobRequest request, JobControl control);

    /** What a running job may do: report progress, and learn that it was cancelled. */
    interface JobControl {
        /** Appends one progress event (JSON); pollers receive every event, in order. */
        void emit(byte[] event);

        /** Whether the job was cancelled, timed out or abandoned. */
        boolean isCancelled();
    }
}
