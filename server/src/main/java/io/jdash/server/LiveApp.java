package io.jdash.server;

import io.jdash.server.internal.DevRoutes;
import io.jdash.server.internal.Http;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A running server whose app can be replaced by a newer build of it, for development hosts (the {@code jdash:dev}
 * goal, an IDE launcher): the port, the connections and the pages' {@link HotReload} stay, and each {@link #show}
 * swaps in the new app and tells the open pages to reload. Until the first app is shown, pages get a placeholder
 * that shows the build problems and loads the app as soon as it is there.
 *
 * <pre>{@code
 * LiveApp live = LiveApp.start(ServerOptions.builder().port(8050).build(), HotReload.every(Duration.ofMillis(250), 40));
 * live.show(app, loader, false);        // after every rebuild
 * }</pre>
 */
public final class LiveApp implements AutoCloseable {
    private static final long DEV_MEMO_BYTES = 64L << 20;

    private final HotReload hotReload;
    private final Swap swap;
    private final DashServer server;

    private LiveApp(HotReload hotReload, Swap swap, DashServer server) {
        this.hotReload = hotReload;
        this.swap = swap;
        this.server = server;
    }

    /** Starts an empty server as {@code options} say (the app's path prefix is "/"), driven by {@code hotReload}. */
    public static LiveApp start(ServerOptions options, HotReload hotReload) throws Exception {
        Objects.requireNonNull(hotReload, "hotReload");
        Swap swap = new Swap(hotReload);
        return new LiveApp(hotReload, swap, DashServer.start(swap, options, "/"));
    }

    /** The reload state and build problems the pages are told. */
    public HotReload hotReload() {
        return hotReload;
    }

    /** The server, for its port and URL. */
    public DashServer server() {
        return server;
    }

    /**
     * Serves {@code app} from now on, as {@link DashApp#forDevelopment} makes it, reading its manifest and bundles
     * through {@code loader}; the open pages reload ({@code hard}: from scratch; otherwise in place, keeping the
     * scripts they have even when the new app's are others). If the app cannot be served (a
     * callback declaration the server refuses) this throws and the previous app stays.
     */
    public void show(DashApp app, ClassLoader loader, boolean hard) throws ServletException {
        if (!app.pathPrefix().equals("/")) {
            throw new IllegalArgumentException(
                    "a development host serves apps at \"/\"; this one asks for \"" + app.pathPrefix() + "\"");
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        DashServlet next;
        try {
            next = new DashServlet(app.forDevelopment(DEV_MEMO_BYTES), hotReload);
            next.init(swap.getServletConfig());
        } finally {
            thread.setContextClassLoader(before);
        }
        HttpServlet previous = swap.current;
        List<String> previousPackages = previous instanceof DashServlet p ? p.reloadPackages() : null;
        swap.current = next;
        if (previous != null) {
            previous.destroy();
        }
        if (hard) {
            hotReload.hardReload();
        } else if (previousPackages != null && !previousPackages.equals(next.ownReloadPackages())) {
            hotReload.reloadKeeping(previousPackages);
        } else {
            hotReload.reload();
        }
    }

    /**
     * While on, {@link DashServer#start(DashApp, ServerOptions)} in this JVM does not start a server but hands its
     * app to {@code receiver} and returns this server (whose {@code close} then leaves it running). Off with null.
     */
    public void captureStarts(Consumer<DashApp> receiver) {
        if (receiver == null) {
            DashServer.capture(null);
            return;
        }
        DashServer handle = server.sharedHandle();
        DashServer.capture((app, options) -> {
            receiver.accept(app);
            return handle;
        });
    }

    /** Stops the server and the current app's background jobs. */
    @Override
    public void close() throws Exception {
        DashServer.capture(null);
        try {
            server.close();
        } finally {
            HttpServlet current = swap.current;
            if (current != null) {
                current.destroy();
            }
        }
    }

    /** Routes to the app shown last; before the first, to a placeholder page. */
    private static final class Swap extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient HotReload hotReload;
        private transient volatile HttpServlet current;

        Swap(HotReload hotReload) {
            this.hotReload = hotReload;
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
            HttpServlet app = current;
            if (app != null) {
                app.service(req, resp);
                return;
            }
            String path = req.getRequestURI().substring(req.getContextPath().length());
            DevRoutes dev = new DevRoutes(hotReload, "/", List.of());
            if (path.equals("/" + DevRoutes.PROBLEMS)) {
                dev.problems(resp);
            } else if (path.equals("/" + DevRoutes.OVERLAY)) {
                dev.overlay(resp);
            } else if (path.equals("/") || path.isEmpty()) {
                resp.setHeader("Retry-After", "1");
                Http.send(resp, 503, "text/html; charset=utf-8", PLACEHOLDER, "no-store");
            } else {
                resp.setHeader("Retry-After", "1");
                Http.error(resp, 503, "the app is being built");
            }
        }

        private static final byte[] PLACEHOLDER =
                ("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>jdash dev"
                                + "</title></head><body style=\"font:14px sans-serif;margin:2em\"><p id=\"_jdash-dev-waiting\">"
                                + "jdash dev: building the app&hellip;</p>\n<script id=\"_dash-config\" type=\"application/json\">"
                                + "{\"hot_reload\":{\"interval\":300}}</script>\n<script src=\"" + DevRoutes.OVERLAY
                                + "\"></script>\n"
                                + "</body></html>\n")
                        .getBytes(StandardCharsets.UTF_8);
    }
}
