package io.jdash.server.internal;

import io.jdash.server.HotReload;
import io.jdash.server.RequestSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The app's own documents: the index page (with its security headers), {@code _dash-layout},
 * {@code _dash-dependencies} and the bootstrap script.
 */
public final class Pages {
    private static final byte[] BOOTSTRAP = "var renderer = new DashRenderer();\n".getBytes(StandardCharsets.UTF_8);

    /**
     * What the pages are made of.
     *
     * @param title the page title
     * @param pathPrefix the app's path prefix (the container's context path goes before it)
     * @param debug whether the development bundles and dev tools are on
     * @param contentSecurityPolicy the page's policy, or null
     * @param security the frame and referrer headers
     * @param layout the layout's JSON value, made for every page load
     * @param hotReload what the hot-reload poller is told, or null for none
     */
    public record Settings(
            String title,
            String pathPrefix,
            boolean debug,
            String contentSecurityPolicy,
            RequestSecurity security,
            Supplier<Object> layout,
            HotReload hotReload) {}

    private final Settings settings;
    private final FrontendFiles files;
    private final AssetFiles assets;
    private final Callbacks callbacks;
    private final BackgroundJobs background;
    private final byte[] dependencies;

    /** The pages of an app with {@code callbacks}, whose background callbacks are {@code background}. */
    public Pages(
            Settings settings, FrontendFiles files, AssetFiles assets, Callbacks callbacks, BackgroundJobs background) {
        this.settings = settings;
        this.files = files;
        this.assets = assets;
        this.callbacks = callbacks;
        this.background = background;
        this.dependencies = Dependencies.json(callbacks.all(), background);
    }

    /** The index page Dash's front end boots from. */
    public void index(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (settings.contentSecurityPolicy() != null) {
            resp.setHeader("Content-Security-Policy", settings.contentSecurityPolicy());
        }
        switch (settings.security().frameOptions()) {
            case DENY -> resp.setHeader("X-Frame-Options", "DENY");
            case SAMEORIGIN -> resp.setHeader("X-Frame-Options", "SAMEORIGIN");
            case ANY -> {}
            default ->
                throw new IllegalStateException(
                        settings.security().frameOptions().toString());
        }
        if (settings.security().referrerPolicy() != null) {
            resp.setHeader("Referrer-Policy", settings.security().referrerPolicy());
        }
        // mounted in a container under a context path, the browser's URLs start with it
        IndexPage.Settings page = new IndexPage.Settings(
                settings.title(),
                req.getContextPath() + settings.pathPrefix(),
                settings.debug(),
                assets.list(".css"),
                assets.list(".js"),
                background.newEndId(),
                settings.hotReload());
        Http.send(
                resp,
                200,
                "text/html; charset=utf-8",
                IndexPage.render(page, files, callbacks.bundles()).getBytes(StandardCharsets.UTF_8),
                "no-cache");
    }

    /** {@code _dash-layout}: the layout, evaluated now. */
    public void layout(HttpServletResponse resp) throws IOException {
        Http.send(
                resp,
                200,
                "application/json",
                Http.JSON.writeValueAsBytes(settings.layout().get()),
                "no-cache");
    }

    /** {@code _dash-dependencies}: the callbacks, as written at start. */
    public void dependencies(HttpServletResponse resp) throws IOException {
        Http.send(resp, 200, "application/json", dependencies, "no-cache");
    }

    /** The script that starts the renderer (a file, so a strict script policy works). */
    public void bootstrap(HttpServletResponse resp) throws IOException {
        Http.send(resp, 200, "application/javascript", BOOTSTRAP, "no-cache");
    }
}
