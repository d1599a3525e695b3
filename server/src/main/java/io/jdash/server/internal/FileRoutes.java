package io.jdash.server.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Static files: the front end's component suites, the jdash bundles, the favicon and the app's assets. */
public final class FileRoutes {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final FrontendFiles frontend;
    private final AssetFiles assets;

    /** Serves {@code frontend} and {@code assets}. */
    public FileRoutes(FrontendFiles frontend, AssetFiles assets) {
        this.frontend = frontend;
        this.assets = assets;
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

    /** {@code _jdash/<file>}: a bundle or its source map, named by its content hash, so immutable. */
    public void bundle(HttpServletRequest req, HttpServletResponse resp, String file) throws IOException {
        Optional<StaticFile> bundle = Http.safe(file) && !file.contains("/")
                && (file.endsWith(".js") || file.endsWith(".js.map"))
                ? frontend.classpathFile(IndexPage.BUNDLES + file) : Optional.empty();
        if (bundle.isEmpty()) {
            Http.error(resp, 404, "no such bundle: " + file);
            return;
        }
        bundle.get().serve(req, resp, IMMUTABLE);
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
