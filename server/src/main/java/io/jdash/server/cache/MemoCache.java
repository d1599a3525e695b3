package io.jdash.server.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * jdash's cache for memoized callbacks ({@link io.jdash.api.Memoize}) and for any function or data set a callback
 * computes: {@code get(key, ttl, type, loader)} returns the cached value or computes it, once.
 *
 * <pre>{@code
 * static final MemoCache CACHE = MemoCache.shared();          // the store jdash.cache selects
 *
 * List<Sale> sales = CACHE.get(MemoCache.key("sales", region, year), Duration.ofMinutes(10),
 *         new TypeReference<List<Sale>>() { }, () -> Db.loadSales(region, year));
 * }</pre>
 *
 * <p>Guarantees: one computation per key at a time among this process's threads (the others wait for its result),
 * and among processes sharing a store that has a lock (Redis), where a lock whose owner died expires; a value is
 * never returned after its time to live; a store that is down or slow costs at most its timeout, once per retry
 * interval, while callers compute uncached (logged once per outage). Values are kept as bytes: JSON (Jackson) for
 * {@link #get}, the answer's exact JSON for memoized callbacks.
 */
public final class MemoCache implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long FIRST_POLL_MILLIS = 2;
    private static final long MAX_POLL_MILLIS = 50;

    private final CacheStore store;
    private final CacheOptions options;
    private final String prefix;
    private final StoreHealth health;
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> inFlight = new ConcurrentHashMap<>();

    private MemoCache(CacheStore store, CacheOptions options) {
        this.store = store;
        this.options = options;
        this.prefix = options.prefix();
        this.health = new StoreHealth(store.describe(), options.retryAfter());
    }

    /** A cache over {@code store}. */
    public static MemoCache of(CacheStore store, CacheOptions options) {
        return new MemoCache(store, options);
    }

    /** An in-process cache of at most {@code maxBytes}. */
    public static MemoCache inProcess(long maxBytes) {
        CacheOptions options = CacheOptions.DEFAULTS;
        return new MemoCache(new InProcessStore(maxBytes), options);
    }

    /** A cache in {@code directory}, kept across restarts. */
    public static MemoCache directory(Path directory) {
        CacheOptions options = CacheOptions.DEFAULTS;
        return new MemoCache(new DirectoryStore(directory, options.maxDiskBytes()), options);
    }

    /**
     * The cache {@code spec} names: {@code memory} (in-process), {@code file:<directory>}, or a URI whose scheme a
     * {@link CacheStoreProvider} on the class path opens, such as {@code redis://127.0.0.1:6379} (module
     * {@code jdash-cache-redis}).
     */
    public static MemoCache open(String spec, CacheOptions options) {
        String s = spec.trim();
        if (s.equalsIgnoreCase("memory")) {
            return new MemoCache(new InProcessStore(options.maxBytes()), options);
        }
        if (s.startsWith("file:")) {
            return new MemoCache(
                    new DirectoryStore(Path.of(s.substring("file:".length())), options.maxDiskBytes()), options);
        }
        URI uri;
        try {
            uri = URI.create(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("jdash.cache=" + spec + " is not memory, file:<directory> or a URI such"
                    + " as redis://127.0.0.1:6379");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>(List.of("memory", "file"));
        for (CacheStoreProvider p : ServiceLoader.load(CacheStoreProvider.class, MemoCache.class.getClassLoader())) {
            if (p.schemes().contains(scheme)) {
                return new MemoCache(p.open(uri, options), options);
            }
            known.addAll(p.schemes());
        }
        String hint = scheme.startsWith("redis") ? ": add the dependency io.jdash:jdash-cache-redis" : "";
        throw new IllegalArgumentException("jdash.cache=" + spec + ": no cache store for '" + scheme + "' (known: "
                + String.join(", ", known) + ")" + hint);
    }

    /**
     * The cache the configuration names: system property {@code jdash.cache} (or environment variable
     * {@code JDASH_CACHE}), default {@code memory}, with {@link CacheOptions#from} read the same way.
     */
    public static MemoCache fromConfiguration() {
        return open(
                setting("jdash.cache") != null ? setting("jdash.cache") : "memory",
                CacheOptions.from(MemoCache::setting));
    }

    /** The process-wide cache from {@link #fromConfiguration()}, opened on first use; apps use it by default. */
    public static MemoCache shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final MemoCache INSTANCE = fromConfiguration();
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null
                ? value
                : System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
    }

    /**
     * A key for {@code function} applied to {@code args}: the function's name and the SHA-256 of the arguments'
     * canonical JSON (Jackson's encoding, object keys sorted, numbers by value).
     */
    public static String key(String function, Object... args) {
        return function + ":"
                + CacheKeys.sha256(
                        CacheKeys.canonical((JsonNode) JSON.valueToTree(args == null ? new Object[] {null} : args)));
    }

    /**
     * The value under {@code key}, or {@code loader}'s, which is then kept for {@code ttl}. Values travel as JSON,
     * so {@code type} must be something Jackson writes and reads back equal (records, lists, maps, arrays, numbers,
     * strings).
     *
     * @throws IllegalArgumentException when the loader's value cannot be written as JSON
     */
    public <T> T get(String key, Duration ttl, Class<T> type, Supplier<? extends T> loader) {
        return get(key, ttl, JSON.constructType(type), loader);
    }

    /** As {@link #get(String, Duration, Class, Supplier)}, for generic types such as {@code List<Sale>}. */
    public <T> T get(String key, Duration ttl, TypeReference<T> type, Supplier<? extends T> loader) {
        return get(key, ttl, JSON.constructType(type), loader);
    }

    private <T> T get(String key, Duration ttl, JavaType type, Supplier<? extends T> loader) {
        Object[] computed = new Object[1];
        byte[] bytes = getBytes(key, ttl, () -> {
            T value = loader.get();
            computed[0] = value;
            try {
                return JSON.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(
                        "jdash cache: the value for " + key + " ("
                                + (value == null ? "null" : value.getClass().getName())
                                + ") cannot be written as JSON: "
                                + e.getOriginalMessage(),
                        e);
            }
        });
        if (computed[0] != null) {
            @SuppressWarnings("unchecked")
            T own = (T) computed[0];
            return own;
        }
        try {
            return JSON.readValue(bytes, type);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "jdash cache: the value under " + key + " cannot be read as " + type.toCanonical() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * The bytes under {@code key}, or {@code loader}'s, which are then kept for {@code ttl}. The array may be shared
     * with the cache: do not change it. An exception from the loader reaches the caller (and the callers waiting
     * for the same key in this process) and nothing is kept.
     */
    public byte[] getBytes(String key, Duration ttl, Supplier<byte[]> loader) {
        String k = prefix + key;
        byte[] hit = read(k);
        if (hit != null) {
            return hit;
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = inFlight.putIfAbsent(k, mine);
        if (running != null) {
            return await(running);
        }
        try {
            byte[] value = loadOnce(k, ttl, loader);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(k, mine);
        }
    }

    /**
     * The bytes under {@code key} if the store has them now, else null (also while the store is unavailable): for
     * answering from the cache without computing.
     */
    public byte[] peekBytes(String key) {
        return read(prefix + key);
    }

    /** Keeps {@code value} under {@code key} for {@code ttl}; a store that is unavailable keeps nothing. */
    public void putBytes(String key, byte[] value, Duration ttl) {
        if (!health.usable()) {
            return;
        }
        try {
            store.put(prefix + key, value, ttl);
            health.succeeded();
        } catch (RuntimeException e) {
            health.failed(e);
        }
    }

    /** The store it uses. */
    public CacheStore store() {
        return store;
    }

    /** Whether the store is unavailable now (callers compute uncached until it is back). */
    public boolean storeDown() {
        return health.isDown();
    }

    @Override
    public void close() {
        store.close();
    }

    private byte[] read(String key) {
        if (!health.usable()) {
            return null;
        }
        try {
            byte[] value = store.get(key);
            health.succeeded();
            return value;
        } catch (RuntimeException e) {
            health.failed(e);
            return null;
        }
    }

    /** This thread computes {@code key} for the process: under the store's lock, or waiting for its holder. */
    private byte[] loadOnce(String key, Duration ttl, Supplier<byte[]> loader) {
        long deadline = System.nanoTime() + options.lockLease().toNanos();
        long pause = FIRST_POLL_MILLIS;
        while (health.usable()) {
            CacheStore.Lock lock;
            try {
                byte[] hit = store.get(key);
                lock = hit == null ? store.tryLock(key, options.lockLease()) : null;
                if (lock != null) {
                    hit = store.get(key); // finished between our read and our lock?
                    if (hit != null) {
                        lock.release();
                    }
                }
                health.succeeded();
                if (hit != null) {
                    return hit;
                }
            } catch (RuntimeException e) {
                health.failed(e);
                break;
            }
            if (lock != null) {
                return computeHolding(key, ttl, loader, lock);
            }
            if (System.nanoTime() - deadline > 0 || !sleep(pause)) {
                break; // its owner took a whole lease: compute here rather than wait on
            }
            pause = Math.min(pause * 2, MAX_POLL_MILLIS);
        }
        return loader.get();
    }

    private byte[] computeHolding(String key, Duration ttl, Supplier<byte[]> loader, CacheStore.Lock lock) {
        try {
            byte[] value = loader.get();
            try {
                store.put(key, value, ttl);
                health.succeeded();
            } catch (RuntimeException e) {
                health.failed(e);
            }
            return value;
        } finally {
            try {
                lock.release();
            } catch (RuntimeException e) {
                health.failed(e); // the lock expires by itself
            }
        }
    }

    private static byte[] await(CompletableFuture<byte[]> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static boolean sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
