package io.jdash.server.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A file held in memory, ready to serve: its bytes, a gzip copy when that is smaller (made once, not per request),
 * and a strong ETag from its content.
 *
 * @param bytes the content
 * @param gzip the gzip-compressed content, or null when compression does not pay
 * @param etag the quoted strong entity tag
 * @param contentType the MIME type
 */
public record StaticFile(byte[] bytes, byte[] gzip, String etag, String contentType) {
    private static final int MIN_GZIP_BYTES = 1024;

    /** Prepares {@code bytes} for serving as {@code name}. */
    public static StaticFile of(String name, byte[] bytes) {
        String type = Http.contentType(name);
        byte[] gzip = null;
        if (bytes.length >= MIN_GZIP_BYTES && compressible(type)) {
            byte[] packed = gzip(bytes);
            gzip = packed.length < bytes.length ? packed : null;
        }
        return new StaticFile(bytes, gzip, "\"" + digest(bytes) + "\"", type);
    }

    private static boolean compressible(String type) {
        return type.startsWith("text/") || type.contains("javascript") || type.contains("json")
                || type.contains("svg");
    }

    /**
     * Answers a GET: 304 when the client's ETag matches, else the gzip copy when the client accepts it, else the
     * bytes.
     */
    public void serve(HttpServletRequest req, HttpServletResponse resp, String cacheControl) throws IOException {
        resp.setHeader("ETag", etag);
        resp.setHeader("Vary", "Accept-Encoding");
        String match = req.getHeader("If-None-Match");
        if (match != null && (match.equals(etag) || match.contains(etag))) {
            resp.setHeader("Cache-Control", cacheControl);
            resp.setStatus(304);
            return;
        }
        String accept = req.getHeader("Accept-Encoding");
        if (gzip != null && accept != null && accept.contains("gzip")) {
            resp.setHeader("Content-Encoding", "gzip");
            Http.send(resp, 200, contentType, gzip, cacheControl);
        } else {
            Http.send(resp, 200, contentType, bytes, cacheControl);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
