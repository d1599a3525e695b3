package io.jdash.server;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Runs a {@link DashApp} on an embedded Jetty server, with the production settings of {@link ServerOptions}.
 *
 * <pre>{@code
 * DashServer server = DashServer.start(app, 8050);   // prints the URL
 * ...
 * server.close();                                    // finishes the requests in flight, then stops
 * }</pre>
 */
public final class DashServer implements AutoCloseable {
    /** Dash's usual port. */
    public static final int DEFAULT_PORT = 8050;

    private static final System.Logger LOG = System.getLogger("io.jdash.server");

    /** Takes the apps {@link #start} is asked to start in this JVM while a development host runs them. */
    interface StartCapture {
        DashServer started(DashApp app, ServerOptions options) throws Exception;
    }

    private static volatile StartCapture capture;

    private final Server server;
    private final ServerConnector connector;
    private final String prefix;
    private final boolean owned;

    DashServer(Server server, ServerConnector connector, String prefix, boolean owned) {
        this.server = server;
        this.connector = connector;
        this.prefix = prefix;
        this.owned = owned;
    }

    /** This server for a caller that must not stop it. */
    DashServer sharedHandle() {
        return new DashServer(server, connector, prefix, false);
    }

    static void capture(StartCapture value) {
        capture = value;
    }

    /** Starts {@code app} on Dash's usual port, {@value #DEFAULT_PORT}, and prints its URL. */
    public static DashServer start(DashApp app) throws Exception {
        return start(app, DEFAULT_PORT);
    }

    /** Starts {@code app} on {@code port} (0 picks a free one) on all interfaces, and prints its URL. */
    public static DashServer start(DashApp app, int port) throws Exception {
        return start(app, ServerOptions.builder().port(port).build());
    }

    /**
     * Starts {@code app} as {@code options} say, and prints its URL. Under a development host ({@link LiveApp}) the
     * host serves the app instead, on its own port, and the returned server's {@link #join()} returns (by an
     * {@link InterruptedException}) when the host replaces the app with a newer build. With
     * {@code -Djdash.cds.training=true} this is the training run of a class-data-sharing archive instead: the app is
     * started on a free port, opened once, stopped, and the JVM exits (see the README's "Faster starts").
     */
    public static DashServer start(DashApp app, ServerOptions options) throws Exception {
        StartCapture host = capture;
        if (host != null) {
            return host.started(app, options);
        }
        boolean training = CdsTraining.requested();
        if (app.cache() != null) {
            app.cache().store().expectConcurrency(options.maxThreads());
        }
        PreparingServlet servlet = PreparingServlet.prepare(() -> new DashServlet(app));
        DashServer running = startJetty(servlet, training ? CdsTraining.options(options) : options, app.pathPrefix());
        try {
            servlet.await();
        } catch (Exception e) {
            running.close();
            throw e;
        }
        running.announced();
        if (training) {
            CdsTraining.runAndExit(running);
        }
        return running;
    }

    /** Runs {@code servlet} on a new Jetty server as {@code options} say, and prints its URL. */
    static DashServer start(jakarta.servlet.http.HttpServlet servlet, ServerOptions options, String pathPrefix)
            throws Exception {
        return startJetty(servlet, options, pathPrefix).announced();
    }

    private static DashServer startJetty(
            jakarta.servlet.http.HttpServlet servlet, ServerOptions options, String pathPrefix) throws Exception {
        skipJettysMBeanLookup();
        QueuedThreadPool threads = new QueuedThreadPool(options.maxThreads(), options.minThreads());
        threads.setName("jdash");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(options.requestHeaderSize());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setAcceptQueueSize(options.acceptQueueSize());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        // each answer is written in one piece; with Nagle's algorithm on, a small one could wait ~40 ms for an ACK
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        for (Filter filter : options.filters()) {
            context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
        ServletHolder holder = new ServletHolder(servlet);
        holder.setInitOrder(0);
        context.addServlet(holder, "/*");
        context.setErrorHandler(quietErrors());
        GracefulHandler graceful = new GracefulHandler(AnswerCompression.around(context));
        server.setHandler(options.trimHeapWhenIdle() ? new IdleHeapTrim(graceful, IdleHeapTrim.QUIET) : graceful);
        server.setErrorHandler(quietErrors());
        server.setStopTimeout(options.stopTimeout().toMillis());
        server.setStopAtShutdown(true);
        server.start();
        return new DashServer(server, connector, pathPrefix, true);
    }

    private DashServer announced() {
        LOG.log(System.Logger.Level.DEBUG, "jdash: Dash is running on " + url());
        System.out.println("Dash is running on " + url());
        return this;
    }

    /**
     * Jetty sizes its padding by the references per cache line, which it asks the platform MBean server for unless
     * a system property gives it; starting the MBean server costs ~100 ms of a ~1 s start. A heap under 32 GB has
     * compressed (4-byte) references by default.
     */
    private static void skipJettysMBeanLookup() {
        String property = "org.eclipse.jetty.util.referencesPerCacheLine";
        if (System.getProperty(property) == null) {
            boolean compressed = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
            System.setProperty(property, compressed ? "16" : "8");
        }
    }

    /** Jetty's own error pages (malformed HTTP, headers too large) without stacks or messages. */
    private static ErrorHandler quietErrors() {
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        return errors;
    }

    /** The port it listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The listen backlog it asked the kernel for. */
    public int acceptQueueSize() {
        return connector.getAcceptQueueSize();
    }

    /** The app's URL on this machine, e.g. {@code http://127.0.0.1:8050/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + prefix;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Stops accepting, lets requests in flight finish (up to the stop timeout), then stops. A server handed out by
     * a development host stays up: the host stops it.
     */
    @Override
    public void close() throws Exception {
        if (owned) {
            server.stop();
        }
    }
}
