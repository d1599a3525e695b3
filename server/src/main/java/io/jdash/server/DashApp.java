package io.jdash.server;

import io.jdash.server.background.BackgroundOptions;
import io.jdash.server.cache.MemoCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A Dash app: its title, layout, callback classes and options. Immutable; build it with {@link #builder()} and
 * serve it with {@link DashServer#start} or mount {@link DashServlet} in a servlet container.
 *
 * <pre>{@code
 * DashApp app = DashApp.builder()
 *         .title("Hello")
 *         .layout(Html.div(Dcc.input().id("name").prop("value", "world"), Html.div().id("greeting")))
 *         .callbacks(HelloCallbacks.class)
 *         .build();
 * DashServer server = DashServer.start(app, 8050);
 * }</pre>
 *
 * @param title the page title
 * @param layout the layout, evaluated on every page load (a fixed layout is a supplier of one value)
 * @param callbackClasses classes whose {@code @Callback} methods the app serves
 * @param clientsideCallbacks callbacks written in JavaScript (functions in {@code assets/} files)
 * @param assetsDirectory a directory served under {@code assets/}, or null
 * @param assetsResource a class path folder served under {@code assets/} (e.g. {@code "assets"} for
 *        {@code src/main/resources/assets}), or null; used when there is no assets directory
 * @param debug whether Dash's dev tools are on; a failed callback then answers with a page of its exception and the
 *        frames of the app's code for Dash's error popup (production: its name and an error id only)
 * @param pathPrefix the URL path the app lives under, starting and ending with {@code /}
 * @param maxRequestBytes the largest callback request body accepted
 * @param contentSecurityPolicy the {@code Content-Security-Policy} header of the page, or null for none; the page
 *        needs no inline script, so {@code script-src 'self'} works
 * @param cache where {@code @Memoize} callbacks keep their results, or null for {@link MemoCache#shared()} (the
 *        store the {@code jdash.cache} setting names, in-process by default)
 * @param security the origins allowed to call callbacks and the page's frame and referrer headers
 * @param background how {@link io.jdash.api.Background} callbacks run, or null for
 *        {@link BackgroundOptions#fromConfiguration()} (the embedded engine unless {@code jdash.background} names
 *        another)
 * @param serverTiming whether callback answers carry a {@code Server-Timing} header (the compute time in Dash's
 *        callback graph); by default as {@code debug}
 */
public record DashApp(
        String title,
        Supplier<Component> layout,
        List<Class<?>> callbackClasses,
        List<ClientsideCallback> clientsideCallbacks,
        Path assetsDirectory,
        String assetsResource,
        boolean debug,
        String pathPrefix,
        int maxRequestBytes,
        String contentSecurityPolicy,
        MemoCache cache,
        RequestSecurity security,
        BackgroundOptions background,
        boolean serverTiming) {

    /** Validates and copies. */
    public DashApp {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(layout, "layout");
        callbackClasses = List.copyOf(callbackClasses);
        clientsideCallbacks = List.copyOf(clientsideCallbacks);
        if (!pathPrefix.startsWith("/") || !pathPrefix.endsWith("/")) {
            throw new IllegalArgumentException("pathPrefix '" + pathPrefix + "' must start and end with '/'");
        }
        Objects.requireNonNull(security, "security");
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive");
        }
    }

    /** The cache {@code @Memoize} callbacks use: {@link #cache()}, else the shared one (opened on first use). */
    public MemoCache memoCache() {
        return cache != null ? cache : MemoCache.shared();
    }

    /** How background callbacks run: {@link #background()}, else what the configuration says. */
    public BackgroundOptions backgroundOptions() {
        return background != null ? background : BackgroundOptions.fromConfiguration();
    }

    /**
     * This app as a development host serves it: dev tools on, and memoized results kept in a fresh in-process cache
     * of {@code memoBytes} (so an edited callback never answers with results its previous version stored), and
     * {@code Server-Timing} on.
     */
    public DashApp forDevelopment(long memoBytes) {
        return new DashApp(
                title,
                layout,
                callbackClasses,
                clientsideCallbacks,
                assetsDirectory,
                assetsResource,
                true,
                pathPrefix,
                maxRequestBytes,
                contentSecurityPolicy,
                MemoCache.inProcess(memoBytes),
                security,
                background,
                true);
    }

    /** A builder with the defaults: title "Dash", prefix "/", no assets, no debug, 8 MB requests. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DashApp}. */
    public static final class Builder {
        private String title = "Dash";
        private Supplier<Component> layout;
        private final List<Class<?>> callbacks = new ArrayList<>();
        private final List<ClientsideCallback> clientside = new ArrayList<>();
        private Path assets;
        private String assetsResource;
        private boolean debug;
        private String pathPrefix = "/";
        private int maxRequestBytes = 8 << 20;
        private String contentSecurityPolicy;
        private MemoCache cache;
        private RequestSecurity security = RequestSecurity.DEFAULTS;
        private BackgroundOptions background;
        private Boolean serverTiming;

        private Builder() {}

        /** The page title. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** A fixed layout. */
        public Builder layout(Component value) {
            Objects.requireNonNull(value, "layout");
            this.layout = () -> value;
            return this;
        }

        /** A layout made anew for every page load. */
        public Builder layout(Supplier<Component> value) {
            this.layout = value;
            return this;
        }

        /** Classes whose {@code @Callback} methods the app serves. */
        public Builder callbacks(Class<?>... classes) {
            callbacks.addAll(List.of(classes));
            return this;
        }

        /** A callback written in JavaScript, in a file under {@code assets/}. */
        public Builder clientsideCallback(ClientsideCallback callback) {
            clientside.add(callback);
            return this;
        }

        /** A directory served under {@code assets/}. */
        public Builder assets(Path directory) {
            this.assets = directory;
            return this;
        }

        /**
         * A folder on the class path served under {@code assets/}, e.g. {@code "assets"} for
         * {@code src/main/resources/assets}: it travels inside the app's jar.
         */
        public Builder assetsOnClassPath(String folder) {
            this.assetsResource = folder;
            return this;
        }

        /**
         * Dev tools, development bundles, and failures shown in Dash's error popup: the exception, its causes and the
         * frames of your code (production: the callback's name and an error id). Never for a public deployment.
         */
        public Builder debug(boolean value) {
            this.debug = value;
            return this;
        }

        /** The URL path the app lives under, e.g. {@code /dash/}. */
        public Builder pathPrefix(String value) {
            this.pathPrefix = value;
            return this;
        }

        /** The largest callback request body accepted (413 above it). */
        public Builder maxRequestBytes(int value) {
            this.maxRequestBytes = value;
            return this;
        }

        /** The page's Content-Security-Policy header, e.g. {@code "script-src 'self'"}. */
        public Builder contentSecurityPolicy(String value) {
            this.contentSecurityPolicy = value;
            return this;
        }

        /**
         * Where {@code @Memoize} callbacks keep their results, e.g. {@code MemoCache.open("redis://cache:6379",
         * CacheOptions.DEFAULTS)}; by default {@link MemoCache#shared()}, which the {@code jdash.cache} setting picks.
         */
        public Builder cache(MemoCache value) {
            this.cache = value;
            return this;
        }

        /**
         * Origins besides the app's own whose pages may call its callbacks, e.g. the portal that embeds it:
         * {@code "https://portal.example.com"}; {@code "*"} turns the origin check off (see {@link RequestSecurity}).
         */
        public Builder allowedOrigins(String... origins) {
            this.security = security.withAllowedOrigins(List.of(origins));
            return this;
        }

        /** Who may show the app in a frame; {@link RequestSecurity.FrameOptions#SAMEORIGIN} by default. */
        public Builder frameOptions(RequestSecurity.FrameOptions value) {
            this.security = security.withFrameOptions(value);
            return this;
        }

        /** The page's {@code Referrer-Policy}; {@code same-origin} by default, null for none. */
        public Builder referrerPolicy(String value) {
            this.security = security.withReferrerPolicy(value);
            return this;
        }

        /**
         * How background callbacks run, e.g. {@code BackgroundOptions.DEFAULTS.withEngine("redis://redis:6379")};
         * by default the settings {@code jdash.background...} (the embedded engine when there are none).
         */
        public Builder background(BackgroundOptions value) {
            this.background = value;
            return this;
        }

        /**
         * Whether callback answers carry a {@code Server-Timing} header: the callback's own time as
         * {@code __dash_server} (the "compute" of Dash's callback graph), the memo cache's hit or miss and the time
         * to write the answer. On in debug mode, off in production unless turned on here (it tells a client how
         * long your callbacks take).
         */
        public Builder serverTiming(boolean value) {
            this.serverTiming = value;
            return this;
        }

        /** Builds the app. */
        public DashApp build() {
            if (layout == null) {
                throw new IllegalArgumentException("layout: give the app a layout");
            }
            return new DashApp(
                    title,
                    layout,
                    callbacks,
                    clientside,
                    assets,
                    assetsResource,
                    debug,
                    pathPrefix,
                    maxRequestBytes,
                    contentSecurityPolicy,
                    cache,
                    security,
                    background,
                    serverTiming != null ? serverTiming : debug);
        }
    }
}
