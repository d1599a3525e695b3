package io.jdash.server.background;

import java.util.List;

/**
 * What a poll learns about a job.
 *
 * @param status where it is now
 * @param events the progress events made since the previous poll, in order (each the JSON the job emitted)
 * @param result the result's JSON when {@link JobStatus#DONE}, else null
 * @param message why it ended, for the final statuses other than DONE; else null
 */
public record JobSnapshot(JobStatus status, List<byte[]> events, byte[] result, String message) {
    /** Copies the list. */
    public JobSnapshot {
        events = List.copyOf(events);
    }
}
