package io.jdash.server.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;

/**
 * The default store: a Caffeine cache in this JVM, bounded by the bytes of its keys and values, each entry expiring
 * after its own time to live (an expired entry is never returned, even before it is swept out).
 */
public final class InProcessStore implements CacheStore {
    private static final int ENTRY_OVERHEAD = 96;

    private record Entry(byte[] value, Duration ttl) {}

    private final Cache<String, Entry> cache;
    private final long maxBytes;

    /** A store holding at most {@code maxBytes} (keys, values and a small per-entry overhead). */
    public InProcessStore(long maxBytes) {
        this.maxBytes = maxBytes;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry e) ->
                        (int) Math.min(Integer.MAX_VALUE, e.value.length + 2L * key.length() + ENTRY_OVERHEAD))
                .expireAfter(Expiry.creating((String key, Entry e) -> e.ttl))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public byte[] get(String key) {
        Entry e = cache.getIfPresent(key);
        return e == null ? null : e.value;
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
        cache.put(key, new Entry(value, ttl));
    }

    /** What its entries weigh now, in bytes (at most the bound it was made with). */
    public long weightedSize() {
        cache.cleanUp();
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    @Override
    public String describe() {
        return "in-process (" + maxBytes + " bytes)";
    }
}
