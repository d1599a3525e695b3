package io.jdash.server;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * A servlet built on another thread while Jetty starts: reading the callbacks, the manifest and the front end's index
 * (and the JSON mapper's first use) takes about as long as starting Jetty, and on a second core the two overlap.
 * Requests that arrive before it is built wait for it; {@link #await()} gives its construction's failure.
 */
final class PreparingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient CompletableFuture<HttpServlet> built = new CompletableFuture<>();
    private transient volatile HttpServlet ready;

    private PreparingServlet() {}

    /** Starts building the servlet on a new thread, with the caller's context class loader. */
    static PreparingServlet prepare(Supplier<? extends HttpServlet> servlet) {
        PreparingServlet preparing = new PreparingServlet();
        Thread thread = new Thread(
                () -> {
                    try {
                        preparing.built.complete(servlet.get());
                    } catch (Throwable t) {
                        preparing.built.completeExceptionally(t);
                    }
                },
                "jdash-prepare");
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.setDaemon(true);
        thread.start();
        return preparing;
    }

    /** Waits until the servlet is built and initialized; throws what its construction threw. */
    HttpServlet await() throws Exception {
        HttpServlet servlet = ready;
        if (servlet != null) {
            return servlet;
        }
        synchronized (this) {
            if (ready == null) {
                HttpServlet next;
                try {
                    next = built.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception x ? x : new ServletException(e.getCause());
                }
                ServletConfig config = getServletConfig();
                if (config != null) {
                    next.init(config);
                }
                ready = next;
            }
            return ready;
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        HttpServlet servlet;
        try {
            servlet = await();
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
        servlet.service(req, resp);
    }

    @Override
    public void destroy() {
        HttpServlet servlet = ready;
        if (servlet != null) {
            servlet.destroy();
        }
        super.destroy();
    }
}
