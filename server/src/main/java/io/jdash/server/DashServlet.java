package io.jdash.server;

import io.jdash.server.internal.AssetFiles;
import io.jdash.server.internal.BackgroundJobs;
import io.jdash.server.internal.CallbackFailure;
import io.jdash.server.internal.Callbacks;
import io.jdash.server.internal.DevRoutes;
import io.jdash.server.internal.FileRoutes;
import io.jdash.server.internal.FrontendFiles;
import io.jdash.server.internal.Http;
import io.jdash.server.internal.Pages;
import io.jdash.server.internal.UpdateRoute;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The Dash back end as a Jakarta Servlet: index page, {@code _dash-layout}, {@code _dash-dependencies},
 * {@code _dash-update-component}, the component suites of the real Dash front end, the jdash bundles, the favicon and
 * {@code assets/}. Mount it at the app's path prefix in any servlet container (see {@link DashApp#pathPrefix()}),
 * or let {@link DashServer} run it. This class only routes; thread-safe. A bad request gets a 4xx answer with a
 * short JSON body, a failure a 500 naming the callback and an error id (the log has the rest), never a stack trace.
 */
public class DashServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DashApp app;
    private final transient Pages pages;
    private final transient FileRoutes files;
    private final transient UpdateRoute update;
    private final transient BackgroundJobs background;
    private final transient DevRoutes dev;

    /**
     * Serves {@code app}; reads its callbacks, the jdash manifest and the front end's index now. In debug mode the
     * page polls {@code _reload-hash} at Dash's default interval, so it reloads by itself after the server restarts
     * (in place, or from scratch when the bundles changed).
     */
    public DashServlet(DashApp app) {
        this(app, app.debug() ? HotReload.dashDefaults() : null);
    }

    /**
     * Serves {@code app} with the hot reload a development host drives through {@code hotReload}, or none when it
     * is null ({@code _reload-hash} then does not exist, as in production).
     */
    public DashServlet(DashApp app, HotReload hotReload) {
        this.app = app;
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader()
                : DashServlet.class.getClassLoader();
        Callbacks callbacks = Callbacks.load(app.callbackClasses(), app.clientsideCallbacks(), loader, app::memoCache);
        FrontendFiles frontend = new FrontendFiles(loader);
        AssetFiles assets = new AssetFiles(app.assetsDirectory(), app.assetsResource(), loader);
        this.background = BackgroundJobs.create(app, callbacks);
        this.pages = new Pages(
                new Pages.Settings(
                        app.title(),
                        app.pathPrefix(),
                        app.debug(),
                        app.contentSecurityPolicy(),
                        app.security(),
                        () -> app.layout().get(),
                        hotReload),
                frontend,
                assets,
                callbacks,
                background);
        this.dev = hotReload == null
                ? null
                : new DevRoutes(hotReload, app.pathPrefix(), callbacks.bundles().keySet());
        this.files = new FileRoutes(frontend, assets, app.debug());
        this.update = new UpdateRoute(
                callbacks, background, app.security(), app.maxRequestBytes(), app.debug(), app.serverTiming());
    }

    /** Stops the background jobs of this servlet's app. */
    @Override
    public void destroy() {
        background.close();
        super.destroy();
    }

    private String path(HttpServletRequest req) {
        String uri = req.getRequestURI().substring(req.getContextPath().length());
        String prefix = app.pathPrefix();
        if (uri.startsWith(prefix)) {
            return uri.substring(prefix.length());
        }
        return uri.equals(prefix.substring(0, prefix.length() - 1)) ? "" : null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        if (path == null) {
            Http.error(resp, 404, "not found");
            return;
        }
        try {
            if (path.equals("_dash-layout")) {
                pages.layout(resp);
            } else if (path.equals("_dash-dependencies")) {
                pages.dependencies(resp);
            } else if (path.equals("_dash-update-component")) {
                notAllowed(resp, "POST");
            } else if (path.startsWith("_dash-component-suites/")) {
                files.suite(req, resp, path.substring("_dash-component-suites/".length()));
            } else if (path.equals("_reload-hash") || path.startsWith("_jdash/dev/")) {
                devRoute(req, resp, path);
            } else if (path.equals("_jdash/bootstrap.js")) {
                pages.bootstrap(resp);
            } else if (path.startsWith("_jdash/")) {
                files.bundle(req, resp, path.substring("_jdash/".length()));
            } else if (path.equals("_favicon.ico")) {
                files.favicon(req, resp);
            } else if (path.startsWith("assets/")) {
                files.asset(req, resp, path.substring("assets/".length()));
            } else if (path.startsWith("_dash-")) {
                Http.error(resp, 404, "no such route: " + path);
            } else {
                pages.index(req, resp);
            }
        } catch (RuntimeException e) {
            fail(resp, "GET " + path, e);
        }
    }

    /** The packages {@code _reload-hash} reports now (empty without hot reload). */
    java.util.List<String> reloadPackages() {
        return dev == null ? java.util.List.of() : dev.packages();
    }

    /** The packages a page that loaded this servlet's app has (empty without hot reload). */
    java.util.List<String> ownReloadPackages() {
        return dev == null ? java.util.List.of() : dev.ownPackages();
    }

    private void devRoute(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        if (dev == null) {
            Http.error(resp, 404, "no such route: " + path);
        } else if (path.equals("_reload-hash")) {
            dev.reloadHash(req, resp);
        } else if (path.equals(DevRoutes.PROBLEMS)) {
            dev.problems(resp);
        } else if (path.equals(DevRoutes.OVERLAY)) {
            dev.overlay(resp);
        } else {
            Http.error(resp, 404, "no such route: " + path);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        if (path == null) {
            Http.error(resp, 404, "not found");
        } else if (path.equals("_dash-update-component")) {
            try {
                update.handle(req, resp);
            } catch (RuntimeException e) {
                fail(resp, "POST " + path, e);
            }
        } else if (path.startsWith("_dash-")
                || path.startsWith("_jdash/")
                || path.startsWith("assets/")
                || path.equals("_reload-hash")) {
            notAllowed(resp, "GET");
        } else {
            Http.error(resp, 404, "no such route");
        }
    }

    private static void notAllowed(HttpServletResponse resp, String allowed) throws IOException {
        resp.setHeader("Allow", allowed.equals("GET") ? "GET, HEAD" : allowed);
        Http.error(resp, 405, "this route answers " + allowed + " only");
    }

    private void fail(HttpServletResponse resp, String route, RuntimeException e) throws IOException {
        if (!resp.isCommitted()) {
            resp.reset();
            Http.error(
                    resp,
                    500,
                    new CallbackFailure(route, "jdash: " + route + " failed: " + e, e).logAndDescribe(app.debug()));
        }
    }
}
