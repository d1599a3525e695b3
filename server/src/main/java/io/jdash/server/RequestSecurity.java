package io.jdash.server;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the server asks of a request before it runs a callback, and the headers the page carries. The defaults suit
 * an app served from its own origin; an app embedded in a page of another origin names that origin.
 *
 * <p>Every callback request must be {@code Content-Type: application/json}: a web page of another site can make a
 * browser send only {@code text/plain}, form or multipart bodies without asking the server first (a CORS preflight,
 * which this server never grants). A browser's {@code Origin} header must be the app's own origin or one of
 * {@link #allowedOrigins()}, and a request the browser marks {@code Sec-Fetch-Site: cross-site} or
 * {@code same-site} must come from an allowed origin.
 *
 * @param allowedOrigins origins besides the app's own whose pages may call callbacks, e.g.
 *        {@code https://portal.example.com}; {@code "*"} turns the origin check off
 * @param frameOptions whether other pages may show the app in a frame ({@code X-Frame-Options})
 * @param referrerPolicy the page's {@code Referrer-Policy}, or null for the browser's default
 */
public record RequestSecurity(List<String> allowedOrigins, FrameOptions frameOptions, String referrerPolicy) {
    /** Same origin only, frames from the same origin only, no referrer sent to other origins. */
    public static final RequestSecurity DEFAULTS =
            new RequestSecurity(List.of(), FrameOptions.SAMEORIGIN, "same-origin");

    /** Who may show the app in a frame. */
    public enum FrameOptions {
        /** No page may frame the app ({@code X-Frame-Options: DENY}). */
        DENY,
        /** Pages of the app's own origin may ({@code X-Frame-Options: SAMEORIGIN}). */
        SAMEORIGIN,
        /** Any page may (no header); pair it with {@link #allowedOrigins()} when the framing page calls back. */
        ANY
    }

    /** Validates and normalizes the origins (lower case, no trailing slash). */
    public RequestSecurity {
        Objects.requireNonNull(frameOptions, "frameOptions");
        allowedOrigins = allowedOrigins.stream().map(RequestSecurity::normalize).toList();
    }

    /** These settings with {@code origins} allowed as well. */
    public RequestSecurity withAllowedOrigins(List<String> origins) {
        return new RequestSecurity(origins, frameOptions, referrerPolicy);
    }

    /** These settings with other frame options. */
    public RequestSecurity withFrameOptions(FrameOptions value) {
        return new RequestSecurity(allowedOrigins, value, referrerPolicy);
    }

    /** These settings with another referrer policy (null: none sent). */
    public RequestSecurity withReferrerPolicy(String value) {
        return new RequestSecurity(allowedOrigins, frameOptions, value);
    }

    /** Whether every origin is allowed ({@code "*"}). */
    public boolean anyOrigin() {
        return allowedOrigins.contains("*");
    }

    private static String normalize(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        if (o.equals("*")) {
            return o;
        }
        o = o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
        int authority = o.indexOf("://") + 3;
        if (!(o.startsWith("http://") || o.startsWith("https://"))
                || authority == o.length()
                || o.indexOf('/', authority) >= 0) {
            throw new IllegalArgumentException("allowed origin '" + origin + "' must be scheme://host[:port], e.g."
                    + " https://portal.example.com, or \"*\"");
        }
        return o;
    }
}
