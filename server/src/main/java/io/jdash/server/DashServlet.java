package io.jdash.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.server.internal.CallbackSpec;
import io.jdash.server.internal.Callbacks;
import io.jdash.server.values.CallbackInvoker;
import io.jdash.server.values.JsonCallbackContext;
import io.jdash.server.values.ValueMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Dash back end as a Jakarta Servlet: index page, {@code _dash-layout}, {@code _dash-dependencies},
 * {@code _dash-update-component}, the component suites of the real Dash front end, the jdash bundles, the favicon and
 * {@code assets/}. Mount it at the app's path prefix in any servlet container, or let {@link DashServer} run it.
 * Stateless and thread-safe; a bad request gets a 4xx answer with a short JSON body, never a stack trace.
 */
public class DashServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger("io.jdash.server");
    private static final ObjectMapper JSON = ValueMapper.newObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final String SUITES = "META-INF/jdash/component-suites/";
    private static final String BUNDLES = "META-INF/jdash/assets/";
    private static final Pattern FINGERPRINT = Pattern.compile("^v[\\w-]+m[0-9a-fA-F]+$");
    private static final String DASH_VERSION = "4.4.1";
    private static final long DRAIN_LIMIT = 64L << 20;
    private static final List<String> PAGE_SCRIPTS = List.of("dash/deps/polyfill@7.12.1.min.js",
            "dash/deps/react@18.3.1.min.js", "dash/deps/react-dom@18.3.1.min.js", "dash/deps/prop-types@15.8.1.min.js",
            "dash/dash-renderer/build/dash_renderer.min.js", "dash/dcc/dash_core_components.js",
            "dash/dcc/dash_core_components-shared.js", "dash/html/dash_html_components.min.js",
            "dash/dash_table/bundle.js");

    private final transient DashApp app;
    private final transient Callbacks callbacks;
    private final transient Map<String, String> integrity = new TreeMap<>();

    /** Serves {@code app}; reads its callbacks and the jdash manifest now. */
    public DashServlet(DashApp app) {
        this.app = app;
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : DashServlet.class.getClassLoader();
        this.callbacks = Callbacks.load(app.callbackClasses(), loader, app::memoCache);
        try (InputStream in = resource(SUITES + "index.json")) {
            if (in != null) {
                JSON.readTree(in).path("files").forEach(f -> integrity.put(f.path("path").asText(),
                        f.path("integrity").asText()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("jdash-frontend's index is unreadable", e);
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
            error(resp, 404, "not found");
            return;
        }
        try {
            if (path.equals("_dash-layout")) {
                json(resp, 200, JSON.valueToTree(app.layout().get()));
            } else if (path.equals("_dash-dependencies")) {
                json(resp, 200, dependencies());
            } else if (path.startsWith("_dash-component-suites/")) {
                suite(resp, path.substring("_dash-component-suites/".length()));
            } else if (path.equals("_jdash/bootstrap.js")) {
                send(resp, 200, "application/javascript", "var renderer = new DashRenderer();\n"
                        .getBytes(StandardCharsets.UTF_8), "no-cache");
            } else if (path.startsWith("_jdash/")) {
                bundle(resp, path.substring("_jdash/".length()));
            } else if (path.equals("_favicon.ico")) {
                send(resp, 200, "image/x-icon", Favicon.BYTES, "max-age=86400");
            } else if (path.startsWith("assets/")) {
                asset(resp, path.substring("assets/".length()));
            } else if (path.startsWith("_dash-")) {
                error(resp, 404, "no such route: " + path);
            } else {
                if (app.contentSecurityPolicy() != null) {
                    resp.setHeader("Content-Security-Policy", app.contentSecurityPolicy());
                }
                send(resp, 200, "text/html; charset=utf-8", index().getBytes(StandardCharsets.UTF_8), "no-cache");
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "jdash: GET " + path + " failed", e);
            error(resp, 500, app.debug() ? String.valueOf(e) : "internal error");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        if (!"_dash-update-component".equals(path)) {
            error(resp, 404, "no such route");
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
            error(resp, 413, "the request is larger than " + app.maxRequestBytes() + " bytes");
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            error(resp, 400, "malformed JSON: " + e.getOriginalMessage());
            return;
        }
        if (request == null || !request.isObject() || !request.path("output").isTextual()) {
            error(resp, 400, "the request must be a JSON object with an 'output'");
            return;
        }
        CallbackSpec spec = callbacks.byOutput(request.get("output").asText());
        if (spec == null) {
            error(resp, 404, "no callback has the output " + request.get("output").asText());
            return;
        }
        update(spec, request, resp);
    }

    private void update(CallbackSpec spec, JsonNode request, HttpServletResponse resp) throws IOException {
        List<JsonNode> args = new ArrayList<>();
        ObjectNode context = JSON.createObjectNode();
        ArrayNode triggered = context.putArray("triggered");
        request.path("changedPropIds").forEach(id -> triggered.addObject().put("prop_id", id.asText()));
        ObjectNode inputs = context.putObject("inputs");
        ObjectNode states = context.putObject("states");
        List<String> labels = new ArrayList<>();
        collect(request.path("inputs"), args, inputs, labels, "input");
        collect(request.path("state"), args, states, labels, "state");
        JsonCallbackContext ctx = JsonCallbackContext.of(context);
        CallbackInvoker.Outcome outcome = spec.invoker().invoke(args, ctx);
        switch (outcome.kind()) {
            case PREVENT_UPDATE -> resp.setStatus(204);
            case BAD_ARGUMENT -> error(resp, 400, badArgument(spec, outcome, labels));
            case ERROR -> {
                LOG.log(System.Logger.Level.WARNING, outcome.message(), outcome.cause());
                error(resp, 500, outcome.message());
            }
            case VALUE -> respond(spec, request, outcome.value(), ctx, resp);
            default -> throw new IllegalStateException();
        }
    }

    private static void collect(JsonNode entries, List<JsonNode> args, ObjectNode byId, List<String> labels,
            String kind) {
        for (JsonNode e : entries) {
            if (e.isArray()) {
                ArrayNode values = JSON.createArrayNode();
                for (JsonNode item : e) {
                    values.add(item.has("value") ? item.get("value") : JSON.nullNode());
                    byId.set(stringifyId(item.get("id")) + "." + item.path("property").asText(), item.get("value"));
                }
                args.add(values);
                labels.add(kind + " (pattern-matching)");
            } else {
                JsonNode value = e.has("value") ? e.get("value") : null;
                args.add(value);
                String key = stringifyId(e.get("id")) + "." + e.path("property").asText();
                byId.set(key, value == null ? JSON.nullNode() : value);
                labels.add(kind + " " + key);
            }
        }
    }

    private static String badArgument(CallbackSpec spec, CallbackInvoker.Outcome outcome, List<String> labels) {
        String message = outcome.message();
        int quote = message.indexOf("parameter '");
        if (quote >= 0) {
            String name = message.substring(quote + 11, message.indexOf('\'', quote + 11));
            java.lang.reflect.Parameter[] params = spec.method().getParameters();
            int offset = params.length > 0 && params[0].getType() == io.jdash.api.CallbackContext.class ? 1 : 0;
            for (int i = offset; i < params.length; i++) {
                String p = params[i].getName();
                if ((name.equals(p) || name.startsWith(p + "[") || name.startsWith(p + ".")) && i - offset
                        < labels.size()) {
                    return message + " (" + labels.get(i - offset) + ")";
                }
            }
        }
        return message;
    }

    private void respond(CallbackSpec spec, JsonNode request, JsonNode value, JsonCallbackContext ctx,
            HttpServletResponse resp) throws IOException {
        ObjectNode response = JSON.createObjectNode();
        List<JsonNode> outputs = new ArrayList<>();
        JsonNode declared = request.path("outputs");
        if (declared.isArray()) {
            declared.forEach(outputs::add);
        } else if (declared.isObject()) {
            outputs.add(declared);
        }
        boolean any = false;
        if (!spec.outputs().isEmpty()) {
            List<JsonNode> values = new ArrayList<>();
            if (spec.outputs().size() == 1) {
                values.add(value);
            } else if (value.isArray()) {
                value.forEach(values::add);
            } else if (isNoUpdate(value)) {
                values = new ArrayList<>();
            }
            for (int i = 0; i < values.size() && i < outputs.size(); i++) {
                if (isNoUpdate(values.get(i))) {
                    continue;
                }
                JsonNode out = outputs.get(i);
                String prop = out.path("property").asText();
                int at = prop.indexOf('@');
                ObjectNode target = response.with(stringifyId(out.get("id")));
                target.set(at >= 0 ? prop.substring(0, at) : prop, values.get(i));
                any = true;
            }
        }
        ObjectNode body = JSON.createObjectNode().put("multi", true);
        body.set("response", response);
        if (!ctx.setPropsCalls().isEmpty()) {
            ObjectNode side = body.putObject("sideUpdate");
            for (JsonCallbackContext.SetProps s : ctx.setPropsCalls()) {
                ObjectNode target = side.with(s.id());
                s.props().fields().forEachRemaining(f -> target.set(f.getKey(), f.getValue()));
            }
            any = true;
        }
        if (!any) {
            resp.setStatus(204);
            return;
        }
        json(resp, 200, body);
    }

    private static boolean isNoUpdate(JsonNode v) {
        return v != null && v.isObject() && ValueMapper.NO_UPDATE_MARKER.equals(v.path("$jdash").asText(null));
    }

    /** A component id as Dash stringifies it: the string itself, or sorted-key JSON without spaces. */
    static String stringifyId(JsonNode id) {
        if (id == null || id.isNull()) {
            return "";
        }
        if (id.isTextual()) {
            return id.asText();
        }
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = id.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sorted.put(e.getKey(), e.getValue());
        }
        try {
            return JSON.writeValueAsString(sorted);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ArrayNode dependencies() {
        ArrayNode deps = JSON.createArrayNode();
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
        return deps;
    }

    private static void dependency(ArrayNode into, String text) {
        String[] parts = CallbackSpec.split(text);
        into.addObject().put("id", parts[0]).put("property", parts[1]);
    }

    private String index() {
        String prefix = app.pathPrefix();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n")
                .append("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(app.title())).append("</title>\n<link rel=\"icon\" type=\"image/x-icon\" href=\"")
                .append(prefix).append("_favicon.ico?v=").append(DASH_VERSION).append("\">\n");
        for (String css : assetFiles(".css")) {
            html.append("<link rel=\"stylesheet\" href=\"").append(prefix).append("assets/").append(css).append("\">\n");
        }
        html.append("</head>\n<body>\n<div id=\"react-entry-point\"><div class=\"_dash-loading\">Loading...</div>")
                .append("</div>\n<footer>\n<script id=\"_dash-config\" type=\"application/json\">")
                .append(config().replace("</", "<\\/")).append("</script>\n");
        List<String> scripts = new ArrayList<>(PAGE_SCRIPTS);
        for (String script : scripts.subList(0, 4)) {
            suiteScript(html, prefix, script);
        }
        for (String js : assetFiles(".js")) {
            html.append("<script src=\"").append(prefix).append("assets/").append(js).append("\"></script>\n");
        }
        for (String script : scripts.subList(4, scripts.size())) {
            suiteScript(html, prefix, script);
        }
        for (Map.Entry<String, String> bundle : callbacks.bundles().entrySet()) {
            String file = bundle.getKey().substring(BUNDLES.length());
            html.append("<script src=\"").append(prefix).append("_jdash/").append(file).append('"');
            String sri = bundle.getValue();
            if (sri != null) {
                html.append(" integrity=\"").append(sri).append("\" crossorigin=\"anonymous\"");
            }
            html.append("></script>\n");
        }
        html.append("<script src=\"").append(prefix).append("_jdash/bootstrap.js\"></script>\n</footer>\n</body>\n")
                .append("</html>\n");
        return html.toString();
    }

    private void suiteScript(StringBuilder html, String prefix, String script) {
        html.append("<script src=\"").append(prefix).append("_dash-component-suites/").append(script).append('"');
        String sri = integrity.get(script);
        if (sri != null) {
            html.append(" integrity=\"").append(sri).append("\" crossorigin=\"anonymous\"");
        }
        html.append("></script>\n");
    }

    private String config() {
        ObjectNode c = JSON.createObjectNode();
        c.putNull("url_base_pathname");
        c.put("requests_pathname_prefix", app.pathPrefix()).put("ui", app.debug()).put("props_check", app.debug())
                .put("disable_version_check", true).put("show_undo_redo", false)
                .put("suppress_callback_exceptions", false).put("update_title", "Updating...");
        c.putObject("children_props");
        c.put("serve_locally", true).put("dash_version", DASH_VERSION).put("validate_callbacks", app.debug());
        return c.toString();
    }

    private List<String> assetFiles(String extension) {
        List<String> files = new ArrayList<>();
        Path dir = app.assetsDirectory();
        if (dir == null || !Files.isDirectory(dir)) {
            return files;
        }
        try (var walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(extension)).sorted().forEach(files::add);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "jdash: cannot list " + dir + ": " + e.getMessage());
        }
        return files;
    }

    private void suite(HttpServletResponse resp, String path) throws IOException {
        String[] segments = path.split("/");
        String file = segments[segments.length - 1];
        String[] parts = file.split("\\.");
        boolean fingerprinted = parts.length > 2 && FINGERPRINT.matcher(parts[1]).matches();
        if (fingerprinted) {
            StringBuilder clean = new StringBuilder(parts[0]);
            for (int i = 2; i < parts.length; i++) {
                clean.append('.').append(parts[i]);
            }
            segments[segments.length - 1] = clean.toString();
            path = String.join("/", segments);
        }
        if (!safe(path) || !integrity.containsKey(path)) {
            error(resp, 404, "no such component suite file: " + path);
            return;
        }
        try (InputStream in = resource(SUITES + path)) {
            send(resp, 200, contentType(path), in.readAllBytes(), fingerprinted
                    ? "public, max-age=31536000, immutable" : "no-cache");
        }
    }

    private void bundle(HttpServletResponse resp, String file) throws IOException {
        if (!safe(file) || file.contains("/") || !(file.endsWith(".js") || file.endsWith(".js.map"))) {
            error(resp, 404, "no such bundle: " + file);
            return;
        }
        try (InputStream in = resource(BUNDLES + file)) {
            if (in == null) {
                error(resp, 404, "no such bundle: " + file);
                return;
            }
            send(resp, 200, contentType(file), in.readAllBytes(), "public, max-age=31536000, immutable");
        }
    }

    private void asset(HttpServletResponse resp, String file) throws IOException {
        Path dir = app.assetsDirectory();
        if (dir == null || !safe(file)) {
            error(resp, 404, "no such asset: " + file);
            return;
        }
        Path root = dir.toRealPath();
        Path target = root.resolve(file).normalize();
        if (!target.startsWith(root) || !Files.isRegularFile(target)) {
            error(resp, 404, "no such asset: " + file);
            return;
        }
        send(resp, 200, contentType(file), Files.readAllBytes(target), "no-cache");
    }

    private static boolean safe(String path) {
        return !path.isEmpty() && !path.contains("..") && !path.contains("\\") && !path.startsWith("/")
                && !path.contains("\0");
    }

    private static String contentType(String path) {
        if (path.endsWith(".js")) {
            return "application/javascript";
        }
        if (path.endsWith(".css")) {
            return "text/css";
        }
        if (path.endsWith(".map") || path.endsWith(".json")) {
            return "application/json";
        }
        if (path.endsWith(".png")) {
            return "image/png";
        }
        if (path.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (path.endsWith(".ico")) {
            return "image/x-icon";
        }
        return "application/octet-stream";
    }

    private static InputStream resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader != null ? loader.getResourceAsStream(name) : null;
        return in != null ? in : DashServlet.class.getClassLoader().getResourceAsStream(name);
    }

    private static void json(HttpServletResponse resp, int status, JsonNode body) throws IOException {
        send(resp, status, "application/json", JSON.writeValueAsBytes(body), "no-cache");
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        send(resp, status, "application/json", JSON.writeValueAsBytes(body), "no-cache");
    }

    private static void send(HttpServletResponse resp, int status, String type, byte[] body, String cache)
            throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setHeader("Cache-Control", cache);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
