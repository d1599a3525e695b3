package io.jdash.server.cache;

import java.net.URI;
import java.util.Set;

/**
 * Opens {@link CacheStore}s for URI schemes, found with {@link java.util.ServiceLoader}: a module such as
 * {@code jdash-cache-redis} registers one in {@code META-INF/services/io.jdash.server.cache.CacheStoreProvider}, and
 * {@code jdash.cache=redis://host:6379} then selects it.
 */
public interface CacheStoreProvider {
    /** The URI schemes it opens, e.g. {@code redis} and {@code rediss}. */
    Set<String> schemes();

    /** Opens a store for {@code uri}; it connects lazily, so an unreachable server is no error here. */
    CacheStore open(URI uri, CacheOptions options);
}
