package io.jdash.cache.redis;

import io.jdash.api.Callback;
import io.jdash.api.Memoize;
import java.util.concurrent.atomic.AtomicInteger;

/** Memoized callbacks that say which process computed them, and how many computations that process has made. */
public final class SharedCallbacks {
    static final AtomicInteger RUNS = new AtomicInteger();

    private SharedCallbacks() {}

    /** Takes {@code jdash.test.workMillis} (default 300 ms) of work. */
    @Memoize(ttl = "1m")
    @Callback(outputs = "slow.children", inputs = "slow.value")
    public static String slow(String value) throws InterruptedException {
        int run = RUNS.incrementAndGet();
        Thread.sleep(Long.getLong("jdash.test.workMillis", 300));
        return value + " computed by " + ProcessHandle.current().pid() + " run " + run;
    }

    @Memoize(ttl = "1s")
    @Callback(outputs = "brief.children", inputs = "brief.value")
    public static String brief(String value) {
        return value + " computed by " + ProcessHandle.current().pid() + " run " + RUNS.incrementAndGet();
    }
}
