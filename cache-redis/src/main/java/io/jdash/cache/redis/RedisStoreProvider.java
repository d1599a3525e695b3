package io.jdash.cache.redis;

import io.jdash.server.cache.CacheOptions;
import io.jdash.server.cache.CacheStore;
import io.jdash.server.cache.CacheStoreProvider;
import java.net.URI;
import java.util.Set;

/** Opens {@link RedisStore}s for {@code redis://} and {@code rediss://} (TLS) URIs, as {@link RedisConnections} reads them. */
public final class RedisStoreProvider implements CacheStoreProvider {
    @Override
    public Set<String> schemes() {
        return Set.of("redis", "rediss");
    }

    @Override
    public CacheStore open(URI uri, CacheOptions options) {
        return new RedisStore(uri, options.timeout());
    }
}
