package io.jdash.server.background;

import java.time.Duration;
import java.util.Objects;

/**
 * One job to run.
 *
 * @param id the job's random id (URL-safe)
 * @param callback which callback runs it: its Dash output key
 * @param payload what the callback needs, as JSON (arguments and context)
 * @param timeout the longest it may run, or null for no limit
 * @param abandonAfter how long without a poll before it counts as abandoned and is cancelled
 */
public record JobRequest(String id, String callback, byte[] payload, Duration timeout, Duration abandonAfter) {
    /** Validates. */
    public JobRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(abandonAfter, "abandonAfter");
    }
}
