package io.jdash.server.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A callback that failed on the server (it threw, or its result does not fit its outputs). In production the
 * answer names only the callback and an error id; the log line with the same id holds the message and the stack.
 * In debug the answer is a page with the message, the exception and its causes with the frames of the application's
 * code ({@link DebugErrorPage}), for Dash's error popup.
 *
 * @param callback the callback's name, e.g. {@code Counter.label} (or the route, for a failure outside callbacks)
 * @param message what went wrong, starting {@code jdash: <callback>}, for the log (and the answer in debug)
 * @param cause the exception, or null
 */
public record CallbackFailure(String callback, String message, Throwable cause) {
    private static final System.Logger LOG = System.getLogger("io.jdash.server");
    private static final SecureRandom IDS = new SecureRandom();

    /** Logs the failure under a new error id and returns the answer's message. */
    public String logAndDescribe(boolean debug) {
        String id = log();
        return debug ? message + " (error id " + id + ")" : production(id);
    }

    /**
     * Logs the failure under a new error id and answers 500: in production {@code {"error": "jdash: <callback>
     * failed (error id <id>)"}}, in debug the {@link DebugErrorPage} ({@code text/html}).
     */
    public void answer(HttpServletResponse resp, boolean debug) throws IOException {
        String id = log();
        if (debug) {
            Http.html(resp, 500, DebugErrorPage.failure(message, cause, id));
        } else {
            Http.error(resp, 500, production(id));
        }
    }

    private String log() {
        String id = newErrorId();
        LOG.log(System.Logger.Level.ERROR, "jdash: " + callback + " failed (error id " + id + "): " + message, cause);
        return id;
    }

    private String production(String id) {
        return "jdash: " + callback + " failed (error id " + id + ")";
    }

    /** A short random id that joins an answer to its log line. */
    static String newErrorId() {
        byte[] bytes = new byte[6];
        IDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
