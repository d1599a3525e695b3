package io.jdash.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.server.background.BackgroundCallbacks;
import io.jdash.server.internal.AssetFiles;
import io.jdash.server.internal.CallbackSpec;
import io.jdash.server.internal.Callbacks;
import io.jdash.server.internal.FrontendFiles;
import io.jdash.server.internal.Http;
import io.jdash.server.internal.IndexPage;
import io.jdash.server.internal.StaticFile;
import io.jdash.server.internal.UpdateHandler;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The Dash back end as a Jakarta Servlet: index page, {@code _dash-layout}, {@code _dash-dependencies},
 * {@code _dash-update-component}, the component suites of the real Dash front end, the jdash bundles, the favicon and
 * {@code assets/}. Mount it at the app's path prefix in any servlet container (see {@link DashApp#pathPrefix()}),
 * or let {@link DashServer} run it. Thread-safe; a bad request gets a 4xx answer with a short JSON body, never a
 * stack trace.
 */
public class DashServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger("io.jdash.server");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final long DRAIN_LIMIT = 64L << 20;
    private static final byte[] BOOTSTRAP = "var renderer = new DashRenderer();\n".getBytes(StandardCharsets.UTF_8);

    private final transient DashApp app;
    private final transient Callbacks callbacks;
    private final transient FrontendFiles files;
    private final transient AssetFiles assets;
    private final transient byte[] dependencies;
    private final transient BackgroundCallbacks background;

    /** Serves {@code app}; reads its callbacks, the jdash manifest and the front end's index now. */
    public DashServlet(DashApp app) {
        this.app = app;
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : DashServlet.class.getClassLoader();
        this.callbacks = Callbacks.load(app.callbackClasses(), app.clientsideCallbacks(), loader,
                app::memoCache);
        this.files = new FrontendFiles(loader);
        this.assets = new AssetFiles(app.assetsDirectory(), app.assetsResource(), loader);
        this.background = BackgroundCallbacks.create(app, callbacks);
        try {
            this.dependencies = Http.JSON.writeValueAsBytes(dependencies());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The callbacks this servlet serves (server and browser ones). */
    public List<CallbackSpec> callbacks() {
        return callbacks.all();
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
                Http.send(resp, 200, "application/json", Http.JSON.writeValueAsBytes(app.layout().get()),
                        "no-cache");
            } else if (path.equals("_dash-dependencies")) {
                Http.send(resp, 200, "application/json", dependencies, "no-cache");
            } else if (path.startsWith("_dash-component-suites/")) {
                suite(req, resp, path.substring("_dash-component-suites/".length()));
            } else if (path.equals("_jdash/bootstrap.js")) {
                Http.send(resp, 200, "application/javascript", BOOTSTRAP, "no-cache");
            } else if (path.startsWith("_jdash/")) {
                bundle(req, resp, path.substring("_jdash/".length()));
            } else if (path.equals("_favicon.ico")) {
                favicon(req, resp);
            } else if (path.startsWith("assets/")) {
                asset(req, resp, path.substring("assets/".length()));
            } else if (path.startsWith("_dash-")) {
                Http.error(resp, 404, "no such route: " + path);
            } else {
                index(req, resp);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "jdash: GET " + path + " failed", e);
            Http.error(resp, 500, app.debug() ? String.valueOf(e) : "internal error");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        if (!"_dash-update-component".equals(path)) {
            Http.error(resp, 404, "no such route");
            return;
        }
        byte[] body = req.getInputStream().readNBytes(app.maxRequestBytes() + 1);
        if (body.length > app.maxRequestBytes()) {
            // read the rest (within reason) so the client, still sending, does not lose the answer to a reset
            long skipped = 0;
            byte[] sink = new byte[8192];
            for (int n; skipped < DRAIN_LIMIT && (n = req.getInputStream().read(sink)) > 0; ) {
                skipped += n;
            }
            Http.error(resp, 413, "the request is larger than " + app.maxRequestBytes() + " bytes");
            return;
        }
        JsonNode request;
        try {
            request = Http.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            Http.error(resp, 400, "malformed JSON: " + e.getOriginalMessage());
            return;
        }
        if (request == null || !request.isObject() || !request.path("output").isTextual()) {
            Http.error(resp, 400, "the request must be a JSON object with an 'output'");
            return;
        }
        try {
            if (background.handle(req, request, resp)) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "jdash: background request failed", e);
            Http.error(resp, 500, "jdash: background request failed" + (app.debug() ? ": " + e : ""));
            return;
        }
        CallbackSpec spec = callbacks.byOutput(request.get("output").asText());
        if (spec == null) {
            Http.error(resp, 404, "no callback has the output " + request.get("output").asText());
            return;
        }
        try {
            UpdateHandler.handle(spec, request, resp);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "jdash: " + spec.displayName() + " failed", e);
            Http.error(resp, 500, "jdash: " + spec.displayName() + " failed"
                    + (app.debug() ? ": " + e : ""));
        }
    }

    private ArrayNode dependencies() {
        ArrayNode deps = Http.JSON.createArrayNode();
        for (CallbackSpec s : callbacks.all()) {
            ObjectNode d = deps.addObject();
            d.put("output", s.outputKey());
            ArrayNode inputs = d.putArray("inputs");
            s.inputs().forEach(i -> dependency(inputs, i));
            ArrayNode state = d.putArray("state");
            s.state().forEach(i -> dependency(state, i));
            if (s.clientside()) {
                d.putObject("clientside_function").put("namespace", s.namespace()).put("function_name", s.function());
            } else {
                d.putNull("clientside_function");
            }
            d.put("prevent_initial_call", s.preventInitialCall()).putNull("background")
                    .put("dynamic_creator", false).put("no_output", s.outputs().isEmpty()).put("optional", false)
                    .put("hidden", false).put("websocket", false).put("persistent", false);
        }
        background.declare(deps);
        return deps;
    }

    private static void dependency(ArrayNode into, String text) {
        String[] parts = CallbackSpec.split(text);
        into.addObject().put("id", parts[0]).put("property", parts[1]);
    }

    private void index(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (app.contentSecurityPolicy() != null) {
            resp.setHeader("Content-Security-Policy", app.contentSecurityPolicy());
        }
        // mounted in a container under a context path, the browser's URLs start with it
        IndexPage.Settings settings = new IndexPage.Settings(app.title(), req.getContextPath() + app.pathPrefix(),
                app.debug(),
                assets.list(".css"), assets.list(".js"), background.newEndId());
        Http.send(resp, 200, "text/html; charset=utf-8", IndexPage.render(settings, files, callbacks.bundles())
                .getBytes(StandardCharsets.UTF_8), "no-cache");
    }

    /** Stops the background jobs of this servlet's app. */
    @Override
    public void destroy() {
        background.close();
        super.destroy();
    }

    private void suite(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Optional<FrontendFiles.Resolved> file = files.resolve(path);
        if (file.isEmpty()) {
            Http.error(resp, 404, "no such component suite file: " + path);
            return;
        }
        files.suiteFile(file.get().path()).serve(req, resp, file.get().fingerprinted() ? IMMUTABLE : "no-cache");
    }

    private void bundle(HttpServletRequest req, HttpServletResponse resp, String file) throws IOException {
        Optional<StaticFile> bundle = Http.safe(file) && !file.contains("/")
                && (file.endsWith(".js") || file.endsWith(".js.map"))
                ? files.classpathFile(IndexPage.BUNDLES + file) : Optional.empty();
        if (bundle.isEmpty()) {
            Http.error(resp, 404, "no such bundle: " + file);
            return;
        }
        bundle.get().serve(req, resp, IMMUTABLE);
    }

    private void favicon(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<StaticFile> custom = assets.get("favicon.ico");
        if (custom.isPresent()) {
            custom.get().serve(req, resp, "no-cache");
        } else {
            Http.send(resp, 200, "image/x-icon", Favicon.BYTES, "max-age=86400");
        }
    }

    private void asset(HttpServletRequest req, HttpServletResponse resp, String file) throws IOException {
        Optional<StaticFile> asset = assets.get(file);
        if (asset.isEmpty()) {
            Http.error(resp, 404, "no such asset: " + file);
            return;
        }
        asset.get().serve(req, resp, "no-cache");
    }
}
