package io.jdash.server.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether a store is usable: after a failure it is left alone for a while, then one caller at a time probes it.
 * The outage is logged once when it starts and once when it ends, however many requests meet it.
 */
final class StoreHealth {
    private static final System.Logger LOG = System.getLogger("io.jdash.server.cache");

    private final String name;
    private final long retryNanos;
    private final AtomicLong retryAt = new AtomicLong();
    private volatile boolean down;

    StoreHealth(String name, Duration retryAfter) {
        this.name = name;
        this.retryNanos = retryAfter.toNanos();
    }

    /** Whether to use the store now; while it is down, true for one caller per retry interval. */
    boolean usable() {
        if (!down) {
            return true;
        }
        long due = retryAt.get();
        return System.nanoTime() - due >= 0 && retryAt.compareAndSet(due, System.nanoTime() + retryNanos);
    }

    /** Whether the store is down now. */
    boolean isDown() {
        return down;
    }

    /** A call to the store worked. */
    void succeeded() {
        if (down) {
            synchronized (this) {
                if (down) {
                    down = false;
                    LOG.log(
                            System.Logger.Level.INFO,
                            "jdash: the cache " + name + " is reachable again;" + " memoized results are cached again");
                }
            }
        }
    }

    /** A call to the store failed: stop using it for a while, and say so if this starts an outage. */
    void failed(RuntimeException e) {
        synchronized (this) {
            retryAt.set(System.nanoTime() + retryNanos);
            if (!down) {
                down = true;
                LOG.log(
                        System.Logger.Level.WARNING,
                        "jdash: the cache " + name + " is unavailable (" + e
                                + "); memoized callbacks are computed uncached until it is back (tried again every "
                                + Duration.ofNanos(retryNanos).toMillis() + " ms)");
            }
        }
    }
}
