package org.teavm.classlib.java.util;

import io.jdash.runtime.jvm.JvmNumbers;
import org.teavm.jso.JSBody;

/**
 * {@code java.util.UUID} as the JDK has it: two longs, so {@code equals}, {@code hashCode}, {@code compareTo} (the
 * JDK's signed comparison), the field accessors and {@code toString} (lower case) give the JDK's results, and
 * {@code fromString} accepts, rejects and words its exceptions as Java 17 does (a fast path for 36 characters with
 * four dashes, else five dash-separated hex fields of any length). TeaVM's kept the text it was given, so
 * {@code "A..."} and {@code "a..."} differed and nothing was checked; it had no constructor, accessors or ordering.
 * {@code nameUUIDFromBytes} hashes with MD5 of jdash's own (RFC 1321), as the JDK's does with its MessageDigest.
 */
public final class TUUID implements Comparable<TUUID> {
    private static final int[] MD5_SHIFTS = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

    private final long mostSigBits;
    private final long leastSigBits;

    /** The UUID with these 128 bits. */
    public TUUID(long mostSigBits, long leastSigBits) {
        this.mostSigBits = mostSigBits;
        this.leastSigBits = leastSigBits;
    }

    private static TUUID fromBytes(byte[] data, int version) {
        data[6] = (byte) (data[6] & 0x0f | version << 4);
        data[8] = (byte) (data[8] & 0x3f | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = msb << 8 | data[i] & 0xff;
            lsb = lsb << 8 | data[i + 8] & 0xff;
        }
        return new TUUID(msb, lsb);
    }

    /** A version 4 UUID from the browser's cryptographic random numbers ({@code Math.random} without them). */
    public static TUUID randomUUID() {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            bytes[i] = (byte) randomByte();
        }
        return fromBytes(bytes, 4);
    }

    @JSBody(
            script = "var c = typeof crypto !== 'undefined' && crypto.getRandomValues ? crypto : null;"
                    + "return c ? c.getRandomValues(new Uint8Array(1))[0] : Math.floor(Math.random() * 256);")
    private static native int randomByte();

    /** The version 3 UUID of {@code name}: its MD5 digest with the version and variant bits set. */
    public static TUUID nameUUIDFromBytes(byte[] name) {
        return fromBytes(md5(name), 3);
    }

    /** Java 17's parser: the 36-character fast path, then five dash-separated hex fields. */
    public static TUUID fromString(String name) {
        if (name.length() == 36
                && name.charAt(8) == '-'
                && name.charAt(13) == '-'
                && name.charAt(18) == '-'
                && name.charAt(23) == '-') {
            long[] quads = new long[8];
            int[] starts = {0, 4, 9, 14, 19, 24, 28, 32};
            long all = 0;
            for (int i = 0; i < 8; i++) {
                quads[i] = fourHexDigits(name, starts[i]);
                all |= quads[i];
            }
            if (all >= 0) {
                return new TUUID(
                        quads[0] << 48 | quads[1] << 32 | quads[2] << 16 | quads[3],
                        quads[4] << 48 | quads[5] << 32 | quads[6] << 16 | quads[7]);
            }
        }
        int length = name.length();
        if (length > 36) {
            throw new IllegalArgumentException("UUID string too large");
        }
        int dash1 = name.indexOf('-');
        int dash2 = name.indexOf('-', dash1 + 1);
        int dash3 = name.indexOf('-', dash2 + 1);
        int dash4 = name.indexOf('-', dash3 + 1);
        int dash5 = name.indexOf('-', dash4 + 1);
        if (dash4 < 0 || dash5 >= 0) {
            throw new IllegalArgumentException("Invalid UUID string: " + name);
        }
        long msb = JvmNumbers.parseLong(name, 0, dash1, 16) & 0xffffffffL;
        msb = msb << 16 | JvmNumbers.parseLong(name, dash1 + 1, dash2, 16) & 0xffffL;
        msb = msb << 16 | JvmNumbers.parseLong(name, dash2 + 1, dash3, 16) & 0xffffL;
        long lsb = (JvmNumbers.parseLong(name, dash3 + 1, dash4, 16) & 0xffffL) << 48;
        lsb |= JvmNumbers.parseLong(name, dash4 + 1, length, 16) & 0xffffffffffffL;
        return new TUUID(msb, lsb);
    }

    /** Four ASCII hex digits at {@code at} as a number, or -1 if one is not. */
    private static long fourHexDigits(String name, int at) {
        long value = 0;
        for (int i = at; i < at + 4; i++) {
            char c = name.charAt(i);
            int digit = c >= '0' && c <= '9'
                    ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /** The low 64 bits. */
    public long getLeastSignificantBits() {
        return leastSigBits;
    }

    /** The high 64 bits. */
    public long getMostSignificantBits() {
        return mostSigBits;
    }

    /** The version field. */
    public int version() {
        return (int) (mostSigBits >> 12 & 0x0f);
    }

    /** The variant field: 0, 2, 6 or 7, from the top bits of the low half. */
    public int variant() {
        return (int) (leastSigBits >>> (64 - (leastSigBits >>> 62)) & leastSigBits >> 63);
    }

    /** The 60-bit timestamp of a time-based (version 1) UUID. */
    public long timestamp() {
        requireTimeBased();
        return (mostSigBits & 0x0FFFL) << 48 | (mostSigBits >> 16 & 0x0FFFFL) << 32 | mostSigBits >>> 32;
    }

    /** The clock sequence of a time-based UUID. */
    public int clockSequence() {
        requireTimeBased();
        return (int) ((leastSigBits & 0x3FFF000000000000L) >>> 48);
    }

    /** The node of a time-based UUID. */
    public long node() {
        requireTimeBased();
        return leastSigBits & 0x0000FFFFFFFFFFFFL;
    }

    private void requireTimeBased() {
        if (version() != 1) {
            throw new UnsupportedOperationException("Not a time-based UUID");
        }
    }

    @Override
    public String toString() {
        return hex(mostSigBits >>> 32, 8) + "-" + hex(mostSigBits >>> 16, 4) + "-" + hex(mostSigBits, 4) + "-"
                + hex(leastSigBits >>> 48, 4) + "-" + hex(leastSigBits, 12);
    }

    private static String hex(long value, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = Character.forDigit((int) (value & 0xf), 16);
            value >>>= 4;
        }
        return new String(out);
    }

    @Override
    public int hashCode() {
        long hilo = mostSigBits ^ leastSigBits;
        return (int) (hilo >> 32) ^ (int) hilo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TUUID u && u.mostSigBits == mostSigBits && u.leastSigBits == leastSigBits;
    }

    /** By the high half, then the low half, each compared as a signed long (the JDK's ordering). */
    @Override
    public int compareTo(TUUID other) {
        int high = Long.compare(mostSigBits, other.mostSigBits);
        return high != 0 ? high : Long.compare(leastSigBits, other.leastSigBits);
    }

    /** The 16-byte MD5 digest of {@code message} (RFC 1321). */
    static byte[] md5(byte[] message) {
        int[] k = new int[64];
        for (int i = 0; i < 64; i++) {
            k[i] = (int) (long) Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296.0);
        }
        int blocks = (message.length + 8) / 64 + 1;
        byte[] padded = new byte[blocks * 64];
        System.arraycopy(message, 0, padded, 0, message.length);
        padded[message.length] = (byte) 0x80;
        long bits = (long) message.length * 8;
        for (int i = 0; i < 8; i++) {
            padded[padded.length - 8 + i] = (byte) (bits >>> 8 * i);
        }
        int[] state = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
        int[] words = new int[16];
        for (int block = 0; block < blocks; block++) {
            for (int j = 0; j < 16; j++) {
                int at = block * 64 + j * 4;
                words[j] = padded[at] & 0xff
                        | (padded[at + 1] & 0xff) << 8
                        | (padded[at + 2] & 0xff) << 16
                        | (padded[at + 3] & 0xff) << 24;
            }
            int a = state[0];
            int b = state[1];
            int c = state[2];
            int d = state[3];
            for (int i = 0; i < 64; i++) {
                int round = i >> 4;
                int f;
                int g;
                switch (round) {
                    case 0 -> {
                        f = b & c | ~b & d;
                        g = i;
                    }
                    case 1 -> {
                        f = d & b | ~d & c;
                        g = 5 * i + 1 & 15;
                    }
                    case 2 -> {
                        f = b ^ c ^ d;
                        g = 3 * i + 5 & 15;
                    }
                    default -> {
                        f = c ^ (b | ~d);
                        g = 7 * i & 15;
                    }
                }
                f += a + k[i] + words[g];
                a = d;
                d = c;
                c = b;
                b += Integer.rotateLeft(f, MD5_SHIFTS[round * 4 + (i & 3)]);
            }
            state[0] += a;
            state[1] += b;
            state[2] += c;
            state[3] += d;
        }
        byte[] digest = new byte[16];
        for (int i = 0; i < 16; i++) {
            digest[i] = (byte) (state[i >> 2] >>> 8 * (i & 3));
        }
        return digest;
    }
}
