package io.jdash.server;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Runs a {@link DashApp} on an embedded Jetty server.
 *
 * <pre>{@code
 * DashServer server = DashServer.start(app, 8050);   // prints the URL
 * ...
 * server.close();
 * }</pre>
 */
public final class DashServer implements AutoCloseable {
    /** Dash's usual port. */
    public static final int DEFAULT_PORT = 8050;
    private static final System.Logger LOG = System.getLogger("io.jdash.server");

    private final Server server;
    private final int port;
    private final String prefix;

    private DashServer(Server server, int port, String prefix) {
        this.server = server;
        this.port = port;
        this.prefix = prefix;
    }

    /** Starts {@code app} on Dash's usual port, {@value #DEFAULT_PORT}, and prints its URL. */
    public static DashServer start(DashApp app) throws Exception {
        return start(app, DEFAULT_PORT);
    }

    /** Starts {@code app} on {@code port} (0 picks a free one) on all interfaces, and prints its URL. */
    public static DashServer start(DashApp app, int port) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        // each answer is written in one piece; with Nagle's algorithm on, a small one could wait ~40 ms for an ACK
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new DashServlet(app)), "/*");
        GzipHandler gzip = new GzipHandler(context);
        gzip.setMinGzipSize(1024);
        gzip.addIncludedMethods("POST");
        server.setHandler(gzip);
        server.setStopAtShutdown(true);
        server.start();
        DashServer running = new DashServer(server, connector.getLocalPort(), app.pathPrefix());
        LOG.log(System.Logger.Level.INFO, "jdash: Dash is running on " + running.url());
        System.out.println("Dash is running on " + running.url());
        return running;
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** The app's URL on this machine, e.g. {@code http://127.0.0.1:8050/}. */
    public String url() {
        return "http://127.0.0.1:" + port + prefix;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
