package io.jdash.server;

import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Collects garbage once, when the server has been idle for a few seconds after it started. Start-up (class
 * loading, the first pages) leaves the heap grown with garbage; G1 hands committed memory back to the system only
 * after a collection, and an idle server may not collect for hours. One explicit collection on a small heap takes
 * milliseconds; {@code -XX:+DisableExplicitGC} turns it into nothing.
 */
final class IdleHeapTrim extends Handler.Wrapper {
    static final Duration QUIET = Duration.ofSeconds(3);

    private final long quietNanos;
    private volatile long lastRequest = System.nanoTime();
    private Thread watcher;

    IdleHeapTrim(Handler handler, Duration quiet) {
        super(handler);
        this.quietNanos = quiet.toNanos();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        lastRequest = System.nanoTime();
        return super.handle(request, response, callback);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        watcher = new Thread(this::collectWhenQuiet, "jdash-idle-trim");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    protected void doStop() throws Exception {
        watcher.interrupt();
        watcher.join();
        super.doStop();
    }

    private void collectWhenQuiet() {
        try {
            while (true) {
                long quietFor = System.nanoTime() - lastRequest;
                if (quietFor >= quietNanos) {
                    System.gc();
                    return;
                }
                Thread.sleep((quietNanos - quietFor) / 1_000_000 + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
