package io.jdash.runtime.jvm.chars;

import io.jdash.runtime.jvm.JvmChecks;
import io.jdash.runtime.jvm.JvmIndexChecks;

/**
 * {@code Character}'s surrogate arithmetic as the JDK writes it: its formulas answer for every argument, valid or not
 * ({@code highSurrogate('a')} is {@code '\uD7C0'}, not TeaVM's {@code '\uDBC0'}), and {@code toChars} refuses with the
 * JDK's messages and writes the low surrogate first, so a full array fails before any element changes.
 */
public final class JvmCodePoints {
    private JvmCodePoints() {}

    /** {@code Character.isBmpCodePoint(int)}: 0 is one too (TeaVM's said no, so {@code Character.toString(0)} was wrong). */
    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    /** {@code Character.highSurrogate(int)}. */
    public static char highSurrogate(int codePoint) {
        return (char)
                ((codePoint >>> 10) + (Character.MIN_HIGH_SURROGATE - (Character.MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    /** {@code Character.lowSurrogate(int)}. */
    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + Character.MIN_LOW_SURROGATE);
    }

    /** {@code Character.toCodePoint(char, char)}. */
    public static int toCodePoint(char high, char low) {
        return ((high << 10) + low)
                + (Character.MIN_SUPPLEMENTARY_CODE_POINT
                        - (Character.MIN_HIGH_SURROGATE << 10)
                        - Character.MIN_LOW_SURROGATE);
    }

    /** {@code Character.toChars(int)}. */
    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] {(char) codePoint};
        }
        char[] chars = new char[2];
        toChars(codePoint, chars, 0);
        return chars;
    }

    /** {@code Character.toChars(int, char[], int)}. */
    public static int toChars(int codePoint, char[] dst, int index) {
        if (isBmpCodePoint(codePoint)) {
            JvmChecks.index(index, ((char[]) JvmChecks.nonNullArray(dst)).length);
            dst[index] = (char) codePoint;
            return 1;
        }
        JvmIndexChecks.validCodePoint(codePoint);
        JvmChecks.index(index + 1, ((char[]) JvmChecks.nonNullArray(dst)).length);
        dst[index + 1] = lowSurrogate(codePoint);
        JvmChecks.index(index, dst.length);
        dst[index] = highSurrogate(codePoint);
        return 2;
    }
}
