package io.jdash.server.background;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The handles the page holds for its jobs, unguessable and bound to one page load. Each index render gets an
 * {@code end_id} (128 random bits and their HMAC); a job's handle is its random id and the HMAC of page and id; the
 * {@code cacheKey} the renderer echoes is the HMAC of page, id and callback. A handle from another page load, for
 * another callback, or made up is refused. All parts are base64url without padding, because the renderer puts them
 * into the URL without encoding. Thread-safe.
 */
public final class JobHandles {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final int TAG_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    /** Handles signed with {@code secret} (at least 16 bytes; every process of the app must use the same). */
    public JobHandles(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("jdash.background.secret must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A random secret for a process of its own. */
    public static byte[] randomSecret() {
        byte[] s = new byte[32];
        new SecureRandom().nextBytes(s);
        return s;
    }

    /** A new random id, 128 bits. */
    public String newId() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return B64.encodeToString(b);
    }

    /** A new page-load token for {@code _dash-config}'s {@code end_id}. */
    public String newEndId() {
        String nonce = newId();
        return nonce + "." + tag("end", nonce);
    }

    /** Whether {@code endId} is one this app issued. */
    public boolean validEndId(String endId) {
        String[] parts = split(endId);
        return parts != null && equal(parts[1], tag("end", parts[0]));
    }

    /** The handle of job {@code id} for the page {@code endId}. */
    public String jobHandle(String endId, String id) {
        return id + "." + tag("job", endId, id);
    }

    /** The job id in {@code handle} if the handle was issued to the page {@code endId}; else null. */
    public String jobId(String endId, String handle) {
        String[] parts = split(handle);
        return parts != null && validEndId(endId) && equal(parts[1], tag("job", endId, parts[0])) ? parts[0] : null;
    }

    /** The {@code cacheKey} of job {@code id} of callback {@code output} for page {@code endId}. */
    public String cacheKey(String endId, String id, String output) {
        return tag("key", endId, id, output);
    }

    /** Whether {@code cacheKey} is the one issued for this page, job and callback. */
    public boolean validCacheKey(String cacheKey, String endId, String id, String output) {
        return cacheKey != null && equal(cacheKey, cacheKey(endId, id, output));
    }

    private String tag(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (String p : parts) {
                byte[] b = p.getBytes(StandardCharsets.UTF_8);
                mac.update((byte) (b.length >>> 8));
                mac.update((byte) b.length);
                mac.update(b);
            }
            return B64.encodeToString(Arrays.copyOf(mac.doFinal(), TAG_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private static String[] split(String token) {
        if (token == null || token.length() > 200) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return null;
        }
        String[] parts = {token.substring(0, dot), token.substring(dot + 1)};
        try {
            B64D.decode(parts[0]);
            B64D.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return parts;
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
