package io.jdash.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.frontend.FrontendPackages;
import io.jdash.server.HotReload;
import java.util.List;
import java.util.Map;

/**
 * The index page Dash's front end boots from: the {@code _dash-config} JSON, the front end's scripts in Dash's order
 * with fingerprinted URLs and Subresource Integrity, the app's assets, the jdash bundles and the bootstrap file. It
 * holds no inline executable script, so a {@code script-src 'self'} policy works.
 */
public final class IndexPage {
    /**
     * The Dash version this back end speaks for (shown in dev tools, used in the favicon URL): a Dash release ships
     * dash-core-components under its own version number.
     */
    public static final String DASH_VERSION = FrontendPackages.DASH_CORE_COMPONENTS;
    /** Where the compiler puts jdash bundles on the class path. */
    public static final String BUNDLES = io.jdash.contract.ClassPathLocations.ASSETS;

    private static final String POLYFILL = "dash/deps/polyfill@" + FrontendPackages.BABEL_POLYFILL + ".min.js";
    private static final List<String> LIBRARIES = List.of(
            POLYFILL,
            dep("react", FrontendPackages.REACT, ".min.js"),
            dep("react-dom", FrontendPackages.REACT_DOM, ".min.js"),
            dep("prop-types", FrontendPackages.PROP_TYPES, ".min.js"));
    private static final List<String> DEBUG_LIBRARIES = List.of(
            POLYFILL,
            dep("react", FrontendPackages.REACT, ".js"),
            dep("react-dom", FrontendPackages.REACT_DOM, ".js"),
            dep("prop-types", FrontendPackages.PROP_TYPES, ".js"));
    private static final List<String> COMPONENTS = List.of(
            "dash/dash-renderer/build/dash_renderer.min.js",
            "dash/dcc/dash_core_components.js",
            "dash/dcc/dash_core_components-shared.js",
            "dash/html/dash_html_components.min.js",
            "dash/dash_table/bundle.js");
    private static final List<String> DEBUG_COMPONENTS = List.of(
            "dash/dash-renderer/build/dash_renderer.dev.js",
            "dash/dcc/dash_core_components.js",
            "dash/dcc/dash_core_components-shared.js",
            "dash/dcc/proptypes.js",
            "dash/html/dash_html_components.min.js",
            "dash/dash_table/bundle.js");

    /** What the page is made of. */
    public record Settings(
            String title,
            String pathPrefix,
            boolean debug,
            List<String> css,
            List<String> scripts,
            String endId,
            HotReload hotReload) {
        /** Settings without an {@code end_id} (an app without background callbacks) and without hot reload. */
        public Settings(String title, String pathPrefix, boolean debug, List<String> css, List<String> scripts) {
            this(title, pathPrefix, debug, css, scripts, null, null);
        }
    }

    private IndexPage() {}

    /** Where Dash keeps the libraries its renderer needs: {@code dash/deps/<name>@<version><suffix>}. */
    private static String dep(String name, String version, String suffix) {
        return "dash/deps/" + name + "@" + version + suffix;
    }

    /** The page for {@code settings}, loading {@code bundles} (class path resource → SRI value or null). */
    public static String render(Settings settings, FrontendFiles files, Map<String, String> bundles) {
        String prefix = settings.pathPrefix();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n")
                .append("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(settings.title()))
                .append("</title>\n<link rel=\"icon\" type=\"image/x-icon\" href=\"")
                .append(prefix)
                .append("_favicon.ico?v=")
                .append(DASH_VERSION)
                .append("\">\n");
        for (String css : settings.css()) {
            html.append("<link rel=\"stylesheet\" href=\"")
                    .append(prefix)
                    .append("assets/")
                    .append(escape(css))
                    .append("\">\n");
        }
        html.append("</head>\n<body>\n<div id=\"react-entry-point\"><div class=\"_dash-loading\">Loading...</div>")
                .append("</div>\n<footer>\n<script id=\"_dash-config\" type=\"application/json\">")
                .append(config(settings).replace("</", "<\\/"))
                .append("</script>\n");
        for (String script : settings.debug() ? DEBUG_LIBRARIES : LIBRARIES) {
            suiteScript(html, prefix, files, script);
        }
        for (String js : settings.scripts()) {
            html.append("<script src=\"")
                    .append(prefix)
                    .append("assets/")
                    .append(escape(js))
                    .append("\"></script>\n");
        }
        for (String script : settings.debug() ? DEBUG_COMPONENTS : COMPONENTS) {
            suiteScript(html, prefix, files, script);
        }
        for (Map.Entry<String, String> bundle : bundles.entrySet()) {
            String file = bundle.getKey().substring(BUNDLES.length());
            html.append("<script src=\"")
                    .append(prefix)
                    .append("_jdash/")
                    .append(file)
                    .append('"');
            integrity(html, bundle.getValue());
            html.append("></script>\n");
        }
        if (settings.debug()) {
            html.append("<script src=\"")
                    .append(prefix)
                    .append("_jdash/")
                    .append(FileRoutes.DEBUG_SCRIPT)
                    .append("\"></script>\n");
        }
        if (settings.hotReload() != null) {
            html.append("<script src=\"")
                    .append(prefix)
                    .append(DevRoutes.OVERLAY)
                    .append("\"></script>\n");
        }
        return html.append("<script src=\"")
                .append(prefix)
                .append("_jdash/bootstrap.js\"></script>\n</footer>\n</body>\n</html>\n")
                .toString();
    }

    private static void suiteScript(StringBuilder html, String prefix, FrontendFiles files, String script) {
        html.append("<script src=\"")
                .append(prefix)
                .append("_dash-component-suites/")
                .append(files.fingerprinted(script))
                .append('"');
        integrity(html, files.integrity(script));
        html.append("></script>\n");
    }

    private static void integrity(StringBuilder html, String sri) {
        if (sri != null) {
            html.append(" integrity=\"").append(sri).append("\" crossorigin=\"anonymous\"");
        }
    }

    private static String config(Settings settings) {
        ObjectNode c = Http.JSON.createObjectNode();
        c.putNull("url_base_pathname");
        c.put("requests_pathname_prefix", settings.pathPrefix())
                .put("ui", settings.debug())
                .put("props_check", settings.debug())
                .put("disable_version_check", true)
                .put("show_undo_redo", false)
                .put("suppress_callback_exceptions", false)
                .put("update_title", "Updating...");
        c.putObject("children_props");
        c.put("serve_locally", true).put("dash_version", DASH_VERSION).put("validate_callbacks", settings.debug());
        if (settings.hotReload() != null) {
            c.putObject("hot_reload")
                    .put("interval", settings.hotReload().interval().toMillis())
                    .put("max_retry", settings.hotReload().maxRetry());
        }
        if (settings.endId() != null) {
            c.put("end_id", settings.endId()); // the renderer echoes it on every update request
        }
        return c.toString();
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
