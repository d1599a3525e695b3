package io.jdash.server.background;

import java.net.URI;
import java.util.Set;

/**
 * Opens a shared job engine for a URI scheme (found with {@link java.util.ServiceLoader}); {@code jdash-cache-redis}
 * provides {@code redis} and {@code rediss}.
 */
public interface JobEngineProvider {
    /** The schemes it opens. */
    Set<String> schemes();

    /**
     * Opens the engine at {@code uri}.
     *
     * @param runner runs jobs in this process, or null when the process is web only (it queues and answers polls)
     */
    JobEngine open(URI uri, BackgroundOptions options, JobRunner runner);
}
