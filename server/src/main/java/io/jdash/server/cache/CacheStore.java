package io.jdash.server.cache;

import java.time.Duration;

/**
 * Where {@link MemoCache} keeps its entries: bytes under a string key, each with its own time to live. Implemented
 * in-process ({@link InProcessStore}), on disk ({@link DirectoryStore}) and in Redis (the {@code jdash-cache-redis}
 * module). Implementations are thread-safe; any {@link RuntimeException} they throw means "the store is unavailable"
 * and makes {@link MemoCache} compute uncached for a while.
 */
public interface CacheStore extends AutoCloseable {
    /** The value under {@code key}, or null when there is none or it has expired. */
    byte[] get(String key);

    /** Stores {@code value} under {@code key} for {@code ttl}; it is never returned after that. */
    void put(String key, byte[] value, Duration ttl);

    /**
     * Tries to become the one that computes {@code key}, among every process sharing this store.
     *
     * <p>The default suits stores that one process uses alone: {@link MemoCache} already lets only one thread per
     * key compute, so no further lock is needed and it is always granted.
     *
     * @param lease how long the lock holds if its owner never releases it (a process that died)
     * @return the lock, or null when another owner holds it
     */
    default Lock tryLock(String key, Duration lease) {
        return () -> {};
    }

    /**
     * Says how many threads may call at once (the server's request threads); a store with a connection pool sizes
     * it so that no caller waits for a connection. The default ignores it.
     */
    default void expectConcurrency(int threads) {}

    /** What it is, for log lines: {@code in-process}, {@code directory /var/cache/app}, {@code redis://host:6379}. */
    String describe();

    @Override
    default void close() {}

    /** A held computation lock. */
    @FunctionalInterface
    interface Lock {
        /** Gives the lock up; only the owner's own lock is removed, never one taken over after it expired. */
        void release();
    }
}
