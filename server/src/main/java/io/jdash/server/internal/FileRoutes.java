package io.jdash.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Static files: the front end's component suites, the jdash bundles, the favicon and the app's assets. */
public final class FileRoutes {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** The debug script ({@code _jdash/debug.js}, debug mode only): Java frames for browser callbacks' errors. */
    public static final String DEBUG_SCRIPT = "debug.js";

    private final FrontendFiles frontend;
    private final AssetFiles assets;
    private final boolean debug;
    private final Map<String, StaticFile> mapsWithoutSources = new ConcurrentHashMap<>();

    /** Serves {@code frontend} and {@code assets} as in production. */
    public FileRoutes(FrontendFiles frontend, AssetFiles assets) {
        this(frontend, assets, false);
    }

    /** Serves {@code frontend} and {@code assets}; {@code debug} adds the debug script and the maps' sources. */
    public FileRoutes(FrontendFiles frontend, AssetFiles assets, boolean debug) {
        this.frontend = frontend;
        this.assets = assets;
        this.debug = debug;
    }

    /** {@code _dash-component-suites/<path>}: immutable when fingerprinted, revalidated otherwise. */
    public void suite(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Optional<FrontendFiles.Resolved> file = frontend.resolve(path);
        if (file.isEmpty()) {
            Http.error(resp, 404, "no such component suite file: " + path);
            return;
        }
        frontend.suiteFile(file.get().path()).serve(req, resp, file.get().fingerprinted() ? IMMUTABLE : "no-cache");
    }

    /**
     * {@code _jdash/<file>}: a bundle or its source map, named by its content hash, so immutable; in debug mode
     * also the debug script. Outside debug mode a map is served without the Java sources a build may have
     * embedded ({@code sourcesContent}).
     */
    public void bundle(HttpServletRequest req, HttpServletResponse resp, String file) throws IOException {
        if (file.equals(DEBUG_SCRIPT) && debug) {
            frontend.classpathFile("io/jdash/server/internal/" + DEBUG_SCRIPT)
                    .orElseThrow()
                    .serve(req, resp, "no-cache");
            return;
        }
        Optional<StaticFile> bundle =
                Http.safe(file) && !file.contains("/") && (file.endsWith(".js") || file.endsWith(".js.map"))
                        ? frontend.classpathFile(IndexPage.BUNDLES + file)
                        : Optional.empty();
        if (bundle.isEmpty()) {
            Http.error(resp, 404, "no such bundle: " + file);
            return;
        }
        StaticFile served = debug || !file.endsWith(".map")
                ? bundle.get()
                : mapsWithoutSources.computeIfAbsent(file, f -> withoutSources(f, bundle.get()));
        served.serve(req, resp, IMMUTABLE);
    }

    private static StaticFile withoutSources(String file, StaticFile map) {
        try {
            ObjectNode node = (ObjectNode) Http.JSON.readTree(map.bytes());
            return node.remove("sourcesContent") == null ? map : StaticFile.of(file, Http.JSON.writeValueAsBytes(node));
        } catch (IOException | ClassCastException e) {
            // not a map jdash wrote: serve nothing of it rather than what it may hold
            return StaticFile.of(file, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** {@code _favicon.ico}: the app's {@code assets/favicon.ico}, else a transparent one. */
    public void favicon(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<StaticFile> custom = assets.get("favicon.ico");
        if (custom.isPresent()) {
            custom.get().serve(req, resp, "no-cache");
        } else {
            Http.send(resp, 200, "image/x-icon", Favicon.BYTES, "max-age=86400");
        }
    }

    /** {@code assets/<file>}. */
    public void asset(HttpServletRequest req, HttpServletResponse resp, String file) throws IOException {
        Optional<StaticFile> asset = assets.get(file);
        if (asset.isEmpty()) {
            Http.error(resp, 404, "no such asset: " + file);
            return;
        }
        asset.get().serve(req, resp, "no-cache");
    }
}
