package io.jdash.server;

import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@link DashServer} runs Jetty. The defaults suit an app behind a load balancer or reverse proxy:
 *
 * <ul>
 *   <li>{@code acceptQueueSize} 1024: connections the kernel holds while the server accepts (the JDK's default is
 *       50, and a burst beyond it is refused or reset). Linux caps it at {@code net.core.somaxconn}.
 *   <li>{@code idleTimeout} 65 s: longer than the idle timeout of common load balancers (60 s), so the balancer,
 *       not the server, closes a kept-alive connection and never sends a request into one being closed.
 *   <li>{@code requestHeaderSize} 16 KiB: room for the cookies of single-sign-on proxies (Jetty's default is 8 KiB);
 *       larger headers get 431.
 *   <li>{@code minThreads} 8 and {@code maxThreads} 200: callbacks run on these threads; more concurrent calls wait.
 *   <li>{@code stopTimeout} 10 s: on {@link DashServer#close()} (and on JVM shutdown) the server stops accepting,
 *       lets the requests in flight finish for up to this long, then stops.
 *   <li>{@code trimHeapWhenIdle} on: once, when the server has been idle for a few seconds after it started, it
 *       asks the JVM for a garbage collection, so that the heap start-up used is handed back to the system (an idle
 *       hello app: ~95 MB resident before, ~80 MB after). Off with {@code -XX:+DisableExplicitGC} too.
 * </ul>
 *
 * @param host the interface to listen on, e.g. {@code 127.0.0.1}; null for all
 * @param port the port; 0 picks a free one
 * @param acceptQueueSize the listen backlog
 * @param idleTimeout how long an idle connection stays open
 * @param requestHeaderSize the largest request line plus headers, in bytes
 * @param minThreads threads kept ready
 * @param maxThreads the most threads
 * @param stopTimeout how long a stop waits for requests in flight
 * @param filters servlet filters run before the app on every request, in order (e.g. authentication, see
 *        {@link BasicAuthFilter})
 * @param trimHeapWhenIdle whether to collect once when idle after start-up
 */
public record ServerOptions(
        String host,
        int port,
        int acceptQueueSize,
        Duration idleTimeout,
        int requestHeaderSize,
        int minThreads,
        int maxThreads,
        Duration stopTimeout,
        List<Filter> filters,
        boolean trimHeapWhenIdle) {

    /** Validates and copies. */
    public ServerOptions {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        filters = List.copyOf(filters);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not 0..65535");
        }
        if (acceptQueueSize < 1) {
            throw new IllegalArgumentException("acceptQueueSize must be positive");
        }
        if (requestHeaderSize < 1024) {
            throw new IllegalArgumentException("requestHeaderSize " + requestHeaderSize + " is below 1024 bytes");
        }
        if (minThreads < 1 || maxThreads < minThreads || maxThreads < 4) {
            throw new IllegalArgumentException("threads: need 1 <= minThreads <= maxThreads and maxThreads >= 4, got "
                    + minThreads + ".." + maxThreads);
        }
    }

    /** A builder with the defaults above, on all interfaces and port {@value DashServer#DEFAULT_PORT}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ServerOptions}. */
    public static final class Builder {
        private String host;
        private int port = DashServer.DEFAULT_PORT;
        private int acceptQueueSize = 1024;
        private Duration idleTimeout = Duration.ofSeconds(65);
        private int requestHeaderSize = 16 * 1024;
        private int minThreads = 8;
        private int maxThreads = 200;
        private Duration stopTimeout = Duration.ofSeconds(10);
        private boolean trimHeapWhenIdle = true;
        private final List<Filter> filters = new ArrayList<>();

        private Builder() {}

        /** The interface to listen on (null: all). */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /** The port (0: a free one). */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The listen backlog. */
        public Builder acceptQueueSize(int value) {
            this.acceptQueueSize = value;
            return this;
        }

        /** How long an idle connection stays open. */
        public Builder idleTimeout(Duration value) {
            this.idleTimeout = value;
            return this;
        }

        /** The largest request line plus headers, in bytes. */
        public Builder requestHeaderSize(int value) {
            this.requestHeaderSize = value;
            return this;
        }

        /** The thread pool's bounds. */
        public Builder threads(int min, int max) {
            this.minThreads = min;
            this.maxThreads = max;
            return this;
        }

        /** How long a stop waits for requests in flight. */
        public Builder stopTimeout(Duration value) {
            this.stopTimeout = value;
            return this;
        }

        /**
         * A servlet filter run before the app on every request, e.g. {@code new BasicAuthFilter(...)} or the
         * app's own check of a header its proxy sets; the embedded twin of a filter registered in a container.
         */
        public Builder filter(Filter value) {
            filters.add(Objects.requireNonNull(value, "filter"));
            return this;
        }

        /** Whether to collect garbage once when the server is idle after start-up (on by default). */
        public Builder trimHeapWhenIdle(boolean value) {
            this.trimHeapWhenIdle = value;
            return this;
        }

        /** Builds the options. */
        public ServerOptions build() {
            return new ServerOptions(
                    host,
                    port,
                    acceptQueueSize,
                    idleTimeout,
                    requestHeaderSize,
                    minThreads,
                    maxThreads,
                    stopTimeout,
                    filters,
                    trimHeapWhenIdle);
        }
    }
}
