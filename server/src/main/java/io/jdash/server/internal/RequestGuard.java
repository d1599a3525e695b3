package io.jdash.server.internal;

import io.jdash.server.RequestSecurity;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Refuses callback requests a page of another site could have made a user's browser send. Without a CORS
 * preflight, which this server never grants, a cross-origin page can only POST {@code text/plain}, form-encoded or
 * multipart bodies (Fetch standard, "CORS-safelisted request-header"); dash-renderer always sends
 * {@code application/json}, so anything else is refused (as Flask's {@code get_json} does for Dash). Browsers also
 * say where a request comes from in {@code Origin} and {@code Sec-Fetch-Site}; those must name the app's own origin
 * or an allowed one. A client that sends neither (curl, a test, a server-side caller) passes that check.
 */
public final class RequestGuard {
    private final RequestSecurity security;

    /** A guard applying {@code security}. */
    public RequestGuard(RequestSecurity security) {
        this.security = security;
    }

    /**
     * Checks a callback request's headers.
     *
     * @throws BadRequest 415 for a body that is not declared JSON, 403 for a request from another origin
     */
    public void check(HttpServletRequest req) {
        String type = req.getContentType();
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new BadRequest(
                    415,
                    "a callback request must have Content-Type: application/json, as dash-renderer"
                            + " sends it; this one has " + (type == null ? "none" : "'" + shorten(type) + "'"));
        }
        if (security.anyOrigin()) {
            return;
        }
        String origin = req.getHeader("Origin");
        if (origin != null
                && !sameOrigin(origin, req)
                && !security.allowedOrigins().contains(normalize(origin))) {
            throw new BadRequest(
                    403,
                    "a callback request from the origin '" + shorten(origin) + "' is refused: only"
                            + " the app's own origin may call it (allow others with DashApp.Builder.allowedOrigins)");
        }
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null
                && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))
                && (origin == null || !security.allowedOrigins().contains(normalize(origin)))) {
            throw new BadRequest(
                    403,
                    "a callback request the browser marks Sec-Fetch-Site: " + shorten(site)
                            + " is refused unless its origin is allowed (DashApp.Builder.allowedOrigins)");
        }
    }

    /**
     * Whether {@code origin} ({@code scheme://host[:port]}) names the host the request was sent to: its {@code Host},
     * or the {@code X-Forwarded-Host} a reverse proxy set (a page cannot make a browser send that header to another
     * origin without a preflight, so it is as trustworthy here as {@code Host}). The scheme is not compared: behind
     * a proxy that ends TLS the server sees http for an https page. A host without a port matches the origin's
     * default port.
     */
    static boolean sameOrigin(String origin, HttpServletRequest req) {
        String forwarded = req.getHeader("X-Forwarded-Host");
        return sameHost(origin, req.getHeader("Host"))
                || forwarded != null && sameHost(origin, forwarded.split(",", 2)[0]);
    }

    private static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        String o = normalize(origin);
        int authority = o.indexOf("://");
        if (authority < 0) {
            return false;
        }
        String scheme = o.substring(0, authority);
        String originHost = o.substring(authority + 3);
        String defaultPort = scheme.equals("https") ? "443" : scheme.equals("http") ? "80" : null;
        if (defaultPort == null) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (!hasPort(originHost)) {
            originHost = originHost + ":" + defaultPort;
        }
        if (!hasPort(h)) {
            return originHost.equals(h + ":" + defaultPort);
        }
        return originHost.equals(h);
    }

    private static boolean hasPort(String authority) {
        int colon = authority.lastIndexOf(':');
        return colon > authority.lastIndexOf(']');
    }

    private static String normalize(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }

    private static String shorten(String s) {
        String clean = s.replaceAll("[^\\x20-\\x7e]", "?");
        return clean.length() > 80 ? clean.substring(0, 77) + "..." : clean;
    }
}
