package io.jdash.cache.redis.background;

import io.jdash.server.background.BackgroundOptions;
import io.jdash.server.background.JobEngine;
import io.jdash.server.background.JobEngineProvider;
import io.jdash.server.background.JobRunner;
import java.net.URI;
import java.util.Set;

/** Opens {@link RedisJobEngine}s for {@code jdash.background=redis://host:port} (and {@code rediss://}). */
public final class RedisJobEngineProvider implements JobEngineProvider {
    @Override
    public Set<String> schemes() {
        return Set.of("redis", "rediss");
    }

    @Override
    public JobEngine open(URI uri, BackgroundOptions options, JobRunner runner) {
        return new RedisJobEngine(uri, options, runner);
    }
}
