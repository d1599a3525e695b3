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
 * A file held in memory, ready to serve: its bytes, its gzip and brotli copies where they are smaller (made at build
 * time for the Dash front end, once on first use for other files, never per request), and a strong ETag.
 *
 * @param bytes the content
 * @param gzip the gzip-compressed content, or null when compression does not pay
 * @param brotli the brotli-compressed content, or null when there is none
 * @param etag the quoted strong entity tag
 * @param contentType the MIME type
 */
public record StaticFile(byte[] bytes, byte[] gzip, byte[] brotli, String etag, String contentType) {
    private static final int MIN_GZIP_BYTES = 1024;

    /** Prepares {@code bytes} for serving as {@code name}, gzipping them now if that pays. */
    public static StaticFile of(String name, byte[] bytes) {
        String type = Http.contentType(name);
        byte[] gzip = null;
        if (bytes.length >= MIN_GZIP_BYTES && compressible(type)) {
            byte[] packed = gzip(bytes);
            gzip = packed.length < bytes.length ? packed : null;
        }
        return new StaticFile(bytes, gzip, null, "\"" + digest(bytes) + "\"", type);
    }

    /**
     * A file whose compressed copies were made at build time ({@code null} where there is none), with an entity tag
     * derived from the content hash the build recorded, so that serving it computes nothing.
     */
    public static StaticFile precompressed(String name, byte[] bytes, byte[] gzip, byte[] brotli, String hash) {
        String tag = hash.substring(hash.indexOf('-') + 1).replace('+', '-').replace('/', '_');
        return new StaticFile(
                bytes,
                gzip,
                brotli,
                "\"" + tag.substring(0, Math.min(22, tag.length())) + "\"",
                Http.contentType(name));
    }

    /**
     * The content coding to answer with for an {@code Accept-Encoding} header: {@code br}, then {@code gzip}, among
     * the codings this file has and the client accepts with a non-zero quality ({@code *} included); {@code null} for
     * the bytes as they are.
     */
    String encodingFor(String accept) {
        if (accept == null || (gzip == null && brotli == null)) {
            return null;
        }
        double br = -1;
        double gz = -1;
        double any = -1;
        for (String part : accept.split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].trim().toLowerCase(java.util.Locale.ROOT);
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].trim();
                if (f.startsWith("q=") || f.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            switch (coding) {
                case "br" -> br = q;
                case "gzip", "x-gzip" -> gz = Math.max(gz, q);
                case "*" -> any = q;
                default -> {}
            }
        }
        br = br < 0 ? any : br;
        gz = gz < 0 ? any : gz;
        if (brotli != null && br > 0 && (gzip == null || br >= gz)) {
            return "br";
        }
        if (gzip != null && gz > 0) {
            return "gzip";
        }
        return brotli != null && br > 0 ? "br" : null;
    }

    private static boolean compressible(String type) {
        return type.startsWith("text/") || type.contains("javascript") || type.contains("json") || type.contains("svg");
    }

    /**
     * Answers a GET: 304 when the client's ETag matches, else the brotli or gzip copy the client prefers among those
     * it accepts, else the bytes.
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
        String coding = encodingFor(req.getHeader("Accept-Encoding"));
        if (coding != null) {
            resp.setHeader("Content-Encoding", coding);
        }
        Http.send(resp, 200, contentType, coding == null ? bytes : coding.equals("br") ? brotli : gzip, cacheControl);
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
