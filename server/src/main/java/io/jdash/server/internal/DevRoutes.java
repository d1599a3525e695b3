package io.jdash.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.server.HotReload;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * The routes only a development page has: {@code _reload-hash} as dash-renderer's {@code Reloader} polls it, and
 * the build problems with the script that shows them. A server without {@link HotReload} has none of them.
 */
public final class DevRoutes {
    /** The path of the problems script, below the app's prefix. */
    public static final String OVERLAY = "_jdash/dev/overlay.js";
    /** The path of the problems report, below the app's prefix. */
    public static final String PROBLEMS = "_jdash/dev/problems";

    private static final byte[] OVERLAY_SCRIPT = read("dev-overlay.js");

    private final HotReload reload;
    private final String pathPrefix;
    private final Collection<String> bundles;

    /** Routes for {@code reload} of an app at {@code pathPrefix} whose page loads {@code bundles}. */
    public DevRoutes(HotReload reload, String pathPrefix, Collection<String> bundles) {
        this.reload = reload;
        this.pathPrefix = pathPrefix;
        this.bundles = bundles;
    }

    /**
     * {@code _reload-hash}: {@code {reloadHash, hard, packages, files}}. The bundles are among the packages, so a
     * page whose bundles changed loads again from scratch even after a restart of the server.
     */
    public void reloadHash(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HotReload.State state = reload.state();
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("reloadHash", state.hash()).put("hard", state.hard());
        ArrayNode packages = answer.putArray("packages");
        packages().forEach(packages::add);
        // jdash's own field, which the renderer ignores: the development page's script loads these bundles before
        // the renderer sees the answer, so a page can reload in place onto a new bundle (dev-overlay.js)
        ArrayNode pageBundles = answer.putObject("jdash").putArray("bundles");
        for (String bundle : bundles) {
            pageBundles.add(
                    req.getContextPath() + pathPrefix + "_jdash/" + bundle.substring(bundle.lastIndexOf('/') + 1));
        }
        ArrayNode files = answer.putArray("files");
        for (HotReload.Stylesheet sheet : state.stylesheets()) {
            files.addObject()
                    .put("url", req.getContextPath() + pathPrefix + sheet.path())
                    .put("modified", sheet.modifiedSeconds())
                    .put("is_css", true);
        }
        Http.send(resp, 200, "application/json", Http.JSON.writeValueAsBytes(answer), "no-store");
    }

    /** What {@code _reload-hash} reports as the page's packages now: {@link #ownPackages()}, unless kept. */
    public java.util.List<String> packages() {
        java.util.List<String> kept = reload.state().keptPackages();
        return kept != null ? kept : ownPackages();
    }

    /** "dash" and this app's bundles: what a page that loaded this app has. */
    public java.util.List<String> ownPackages() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add("dash");
        all.addAll(bundles);
        return all;
    }

    /** {@code _jdash/dev/problems}: {@code {version, problems: [{file, line, code, message, fix}]}}. */
    public void problems(HttpServletResponse resp) throws IOException {
        Http.send(resp, 200, "application/json", Http.JSON.writeValueAsBytes(reload.problems()), "no-store");
    }

    /** {@code _jdash/dev/overlay.js}: the script that shows the problems over the page. */
    public void overlay(HttpServletResponse resp) throws IOException {
        Http.send(resp, 200, "application/javascript", OVERLAY_SCRIPT, "no-cache");
    }

    private static byte[] read(String name) {
        try (InputStream in = DevRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("jdash-server is incomplete: " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
