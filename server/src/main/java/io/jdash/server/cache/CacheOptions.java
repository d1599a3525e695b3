package io.jdash.server.cache;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * How a {@link MemoCache} behaves, whatever its store.
 *
 * @param maxBytes the in-process store's bound: the sum of its keys' and values' sizes
 * @param maxDiskBytes the directory store's bound on the files it keeps
 * @param lockLease how long a computation lock shared between processes lives if its owner dies, and how long
 *        another process waits for that owner's result before computing itself
 * @param timeout how long one call to a remote store may take before it counts as unavailable
 * @param retryAfter how long an unavailable store is left alone before it is tried again
 * @param prefix what every key of a shared store (Redis) starts with, so that apps can share one server
 */
public record CacheOptions(
        long maxBytes, long maxDiskBytes, Duration lockLease, Duration timeout, Duration retryAfter, String prefix) {
    /**
     * In process 128 MiB or a quarter of the maximum heap, whichever is less (a cache that may fill the heap takes
     * the server down with it); 1 GiB on disk, 30 s lock lease, 250 ms timeout, retry after 5 s, prefix
     * {@code jdash:}.
     */
    public static final CacheOptions DEFAULTS = new CacheOptions(
            Math.min(128L << 20, Runtime.getRuntime().maxMemory() / 4),
            1L << 30,
            Duration.ofSeconds(30),
            Duration.ofMillis(250),
            Duration.ofSeconds(5),
            "jdash:");

    /** Validates. */
    public CacheOptions {
        if (maxBytes <= 0 || maxDiskBytes <= 0) {
            throw new IllegalArgumentException("jdash.cache.maxBytes and jdash.cache.maxDiskBytes must be positive");
        }
        for (Duration d : new Duration[] {lockLease, timeout, retryAfter}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("jdash.cache durations must be positive, got " + d);
            }
        }
    }

    /**
     * The options named by {@code jdash.cache.maxBytes}, {@code .maxDiskBytes}, {@code .lockLease},
     * {@code .timeout}, {@code .retryAfter} and {@code .prefix} as {@code lookup} finds them (durations as
     * {@code @Memoize} writes them, e.g. {@code 250ms}); the defaults for the others.
     */
    public static CacheOptions from(UnaryOperator<String> lookup) {
        return new CacheOptions(
                size(lookup, "jdash.cache.maxBytes", DEFAULTS.maxBytes),
                size(lookup, "jdash.cache.maxDiskBytes", DEFAULTS.maxDiskBytes),
                duration(lookup, "jdash.cache.lockLease", DEFAULTS.lockLease),
                duration(lookup, "jdash.cache.timeout", DEFAULTS.timeout),
                duration(lookup, "jdash.cache.retryAfter", DEFAULTS.retryAfter),
                lookup.apply("jdash.cache.prefix") != null ? lookup.apply("jdash.cache.prefix") : DEFAULTS.prefix);
    }

    /** The same options with another lock lease. */
    public CacheOptions withLockLease(Duration value) {
        return new CacheOptions(maxBytes, maxDiskBytes, value, timeout, retryAfter, prefix);
    }

    /** The same options with another retry interval. */
    public CacheOptions withRetryAfter(Duration value) {
        return new CacheOptions(maxBytes, maxDiskBytes, lockLease, timeout, value, prefix);
    }

    private static long size(UnaryOperator<String> lookup, String name, long fallback) {
        String text = lookup.apply(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + text + " is not a number of bytes");
        }
    }

    private static Duration duration(UnaryOperator<String> lookup, String name, Duration fallback) {
        String text = lookup.apply(name);
        if (text == null) {
            return fallback;
        }
        try {
            return io.jdash.api.Memoize.Ttl.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }
}
