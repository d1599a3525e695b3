package io.jdash.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * HTTP Basic authentication for every route of the app (page, layout, callbacks, files), as dash-auth's
 * {@code BasicAuth} offers Dash apps: a request without a known user and password gets 401 and the browser asks.
 * Use it only over HTTPS (the password travels in every request). Register it like any servlet filter, or give it
 * to the embedded server with {@link ServerOptions.Builder#filter}. Thread-safe.
 *
 * <pre>{@code
 * DashServer.start(app, ServerOptions.builder().filter(new BasicAuthFilter("Sales", Map.of("ada", secret))).build());
 * }</pre>
 */
public final class BasicAuthFilter implements Filter {
    private final String challenge;
    private final Map<String, byte[]> users = new HashMap<>();

    /**
     * A filter admitting {@code users} (user name to password).
     *
     * @param realm the name the browser shows when it asks
     */
    public BasicAuthFilter(String realm, Map<String, String> users) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("BasicAuthFilter: give at least one user");
        }
        this.challenge = "Basic realm=\"" + realm.replace("\"", "'") + "\", charset=\"UTF-8\"";
        users.forEach((user, password) -> this.users.put(user, digest(password)));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (admits(req.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("WWW-Authenticate", challenge);
        byte[] body = "{\"error\":\"authentication required\"}".getBytes(StandardCharsets.UTF_8);
        resp.setStatus(401);
        resp.setContentType("application/json");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private boolean admits(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        byte[] expected = users.get(decoded.substring(0, colon));
        byte[] given = digest(decoded.substring(colon + 1));
        // compare digests in constant time, and as long for an unknown user as for a known one
        return MessageDigest.isEqual(expected != null ? expected : new byte[given.length], given) && expected != null;
    }

    private static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
