package io.jdash.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jdash.server.values.ValueMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the server's answers. A body up to {@link #STREAM_ABOVE} bytes is written in one piece with its length set
 * first, so the container sends it in one go (no small trailing segment left to wait on Nagle's algorithm); a larger
 * JSON answer streams to the client while it is written, never held whole in memory.
 */
public final class Http {
    /** The server's JSON mapper (with the fast double writer): shared, thread-safe once configured. */
    public static final ObjectMapper JSON =
            ValueMapper.newObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** JSON answers larger than this stream: the first this many bytes are held to learn whether the answer is. */
    public static final int STREAM_ABOVE = 64 * 1024;

    private Http() {}

    /**
     * A JSON answer. Up to {@link #STREAM_ABOVE} bytes it is sent with its length; beyond, it streams as it is
     * written (chunked). Should the writing fail after streaming began, the response is cut, never completed
     * with a partial body.
     */
    public static void json(HttpServletResponse resp, int status, JsonNode body) throws IOException {
        head(resp, status, "application/json", "no-cache");
        AnswerStream out = new AnswerStream(resp);
        JSON.writeValue(out, body);
        out.finish();
    }

    /**
     * A JSON answer with its {@code Server-Timing} header when {@code timing} is not null (then the time to write
     * the JSON is one of its entries).
     */
    public static void json(HttpServletResponse resp, int status, JsonNode body, ServerTiming timing)
            throws IOException {
        if (timing == null) {
            json(resp, status, body);
            return;
        }
        long start = System.nanoTime();
        byte[] bytes = JSON.writeValueAsBytes(body);
        resp.setHeader("Server-Timing", timing.header(System.nanoTime() - start));
        send(resp, status, "application/json", bytes, "no-cache");
    }

    /** A 204 answer, with its {@code Server-Timing} header when {@code timing} is not null. */
    public static void noContent(HttpServletResponse resp, ServerTiming timing) {
        if (timing != null) {
            resp.setHeader("Server-Timing", timing.header(-1));
        }
        resp.setStatus(204);
    }

    /** A complete HTML page (the debug error pages). */
    public static void html(HttpServletResponse resp, int status, String page) throws IOException {
        send(resp, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), "no-store");
    }

    /** A short JSON error: {@code {"error": message}}. Never a stack trace. */
    public static void error(HttpServletResponse resp, int status, String message) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        send(resp, status, "application/json", JSON.writeValueAsBytes(body), "no-cache");
    }

    /** Any answer with a body. */
    public static void send(HttpServletResponse resp, int status, String type, byte[] body, String cache)
            throws IOException {
        head(resp, status, type, cache);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static void head(HttpServletResponse resp, int status, String type, String cache) {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setHeader("Cache-Control", cache);
        resp.setHeader("X-Content-Type-Options", "nosniff");
    }

    /**
     * Holds the first {@link #STREAM_ABOVE} bytes of an answer; past them it passes everything on to the response.
     * Closing it does nothing (Jackson closes its target also when writing fails): {@link #finish()} completes it.
     */
    private static final class AnswerStream extends OutputStream {
        private final HttpServletResponse resp;
        private byte[] held = new byte[8192];
        private int count;
        private OutputStream passing;

        AnswerStream(HttpServletResponse resp) {
            this.resp = resp;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (passing == null && count + len > STREAM_ABOVE) {
                passing = resp.getOutputStream();
                passing.write(held, 0, count);
                held = null;
            }
            if (passing != null) {
                passing.write(b, off, len);
                return;
            }
            if (count + len > held.length) {
                held = Arrays.copyOf(held, Math.min(STREAM_ABOVE, Math.max(held.length * 2, count + len)));
            }
            System.arraycopy(b, off, held, count, len);
            count += len;
        }

        @Override
        public void close() {}

        /** Sends what is held, with its length, unless the answer streamed. */
        void finish() throws IOException {
            if (passing == null) {
                resp.setContentLength(count);
                resp.getOutputStream().write(held, 0, count);
            }
        }
    }

    /** The MIME type for a file name. */
    public static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1);
        return switch (ext) {
            case "js", "mjs" -> "application/javascript";
            case "css" -> "text/css";
            case "map", "json" -> "application/json";
            case "html" -> "text/html; charset=utf-8";
            case "txt" -> "text/plain; charset=utf-8";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "svg" -> "image/svg+xml";
            case "ico" -> "image/x-icon";
            case "woff" -> "font/woff";
            case "woff2" -> "font/woff2";
            case "ttf" -> "font/ttf";
            default -> "application/octet-stream";
        };
    }

    /** Whether a request path segment is free of traversal tricks. */
    public static boolean safe(String path) {
        return !path.isEmpty()
                && !path.contains("..")
                && !path.contains("\\")
                && !path.startsWith("/")
                && !path.contains("\0");
    }
}
