package io.jdash.runtime.jvm.chars;

import org.teavm.jso.JSBody;

/**
 * {@code String}'s case mapping and case-insensitive comparison as the JDK does them, on the JDK's Unicode tables
 * ({@link JvmCharacters}): the browser's own mapping follows a later Unicode version. The multi-character mappings
 * of Unicode's SpecialCasing (ß to SS, ŉ, the Greek letters with ypogegrammeni, the ligatures) are the same in every
 * version since long before Java 17, so those come from the browser.
 */
public final class JvmStringCase {
    private JvmStringCase() {}

    @JSBody(params = "s", script = "return s.toUpperCase();")
    private static native String jsUpper(String s);

    @JSBody(params = "s", script = "return s.toLowerCase();")
    private static native String jsLower(String s);

    /** Where SpecialCasing has unconditional upper-case mappings to more than one character. */
    private static boolean mayExpandUpper(int cp) {
        return cp >= 0xDF && cp <= 0x587 || cp >= 0x1E96 && cp <= 0x1FFC || cp >= 0xFB00 && cp <= 0xFB17;
    }

    /** {@code s.toUpperCase()}. */
    public static String toUpperCase(String s) {
        int n = s.length();
        int first = firstNonAscii(s);
        if (first == n) {
            return same(s, jsUpper(s), true); // ASCII maps alike everywhere
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(jsUpper(s.substring(0, first)));
        for (int i = first; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            } else if (mayExpandUpper(cp)) {
                String full = jsUpper(String.valueOf((char) cp));
                if (full.length() > 1) {
                    sb.append(full);
                } else {
                    sb.appendCodePoint(JvmCharacters.toUpperCase(cp));
                }
            } else {
                sb.appendCodePoint(JvmCharacters.toUpperCase(cp));
            }
        }
        return same(s, sb.toString(), true);
    }

    /**
     * {@code s.toLowerCase()}: {@code İ} becomes {@code i} and a combining dot; whether a capital sigma is final is
     * left to the browser's rule (the JDK asks its word BreakIterator).
     */
    public static String toLowerCase(String s) {
        int n = s.length();
        int first = firstNonAscii(s);
        if (first == n) {
            return same(s, jsLower(s), false);
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(jsLower(s.substring(0, first)));
        String browser = null;
        for (int i = first; i < n; ) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else if (cp == 0x130) {
                sb.append('i').append('\u0307');
            } else if (cp == 0x3A3) {
                if (browser == null) {
                    browser = jsLower(s);
                }
                sb.append(browser.charAt(jsLower(s.substring(0, i)).length()));
            } else {
                sb.appendCodePoint(JvmCharacters.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return same(s, sb.toString(), false);
    }

    /**
     * The JDK returns the string itself when it finds nothing to change before it meets a surrogate (then it always
     * makes a new string), and for upper case it counts {@code İ}, which SpecialCasing lists, as a change.
     */
    private static String same(String s, String mapped, boolean upper) {
        if (!mapped.equals(s)) {
            return mapped;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || upper && c == '\u0130') {
                return mapped;
            }
        }
        return s;
    }

    private static int firstNonAscii(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x80) {
            i++;
        }
        return i;
    }

    /** {@code s.equalsIgnoreCase(other)}. */
    public static boolean equalsIgnoreCase(String s, String other) {
        return s == other
                || other != null && other.length() == s.length() && regionMatches(s, true, 0, other, 0, s.length());
    }

    /** {@code s.regionMatches(ignoreCase, toffset, other, ooffset, len)}. */
    public static boolean regionMatches(String s, boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        java.util.Objects.requireNonNull(other);
        if (!ignoreCase) {
            return s.regionMatches(toffset, other, ooffset, len);
        }
        if (ooffset < 0 || toffset < 0 || toffset > (long) s.length() - len || ooffset > (long) other.length() - len) {
            return false;
        }
        if (isLatin1(s) || isLatin1(other)) {
            for (int k = 0; k < len; k++) {
                if (compareCharCI(s.charAt(toffset + k), other.charAt(ooffset + k)) != 0) {
                    return false;
                }
            }
            return true;
        }
        return compareCodePointsCI(s, toffset, len, other, ooffset, len) == 0;
    }

    /** {@code s.compareToIgnoreCase(other)} and {@code String.CASE_INSENSITIVE_ORDER}. */
    public static int compareToIgnoreCase(String s, String other) {
        java.util.Objects.requireNonNull(other);
        if (isLatin1(s) || isLatin1(other)) {
            int n = Math.min(s.length(), other.length());
            for (int k = 0; k < n; k++) {
                int diff = compareCharCI(s.charAt(k), other.charAt(k));
                if (diff != 0) {
                    return diff;
                }
            }
            return s.length() - other.length();
        }
        return compareCodePointsCI(s, 0, s.length(), other, 0, other.length());
    }

    /**
     * The JDK stores a string whose chars are all below 256 in one byte each, and compares such a string with
     * another char by char, without joining surrogate pairs; two strings of wider chars it compares by code point.
     */
    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static int compareCharCI(char c1, char c2) {
        if (c1 == c2) {
            return 0;
        }
        char u1 = (char) JvmCharacters.toUpperCase((int) c1);
        char u2 = (char) JvmCharacters.toUpperCase((int) c2);
        if (u1 == u2) {
            return 0;
        }
        char l1 = (char) JvmCharacters.toLowerCase((int) u1);
        char l2 = (char) JvmCharacters.toLowerCase((int) u2);
        return l1 - l2;
    }

    private static int compareCodePointCI(int cp1, int cp2) {
        int u1 = JvmCharacters.toUpperCase(cp1);
        int u2 = JvmCharacters.toUpperCase(cp2);
        if (u1 == u2) {
            return 0;
        }
        return JvmCharacters.toLowerCase(u1) - JvmCharacters.toLowerCase(u2);
    }

    private static int compareCodePointsCI(String a, int aStart, int aLen, String b, int bStart, int bLen) {
        int aEnd = aStart + aLen;
        int bEnd = bStart + bLen;
        for (int k1 = aStart, k2 = bStart; k1 < aEnd && k2 < bEnd; k1++, k2++) {
            int cp1 = a.charAt(k1);
            int cp2 = b.charAt(k2);
            if (cp1 == cp2 || compareCodePointCI(cp1, cp2) == 0) {
                continue;
            }
            cp1 = codePointIncluding(a, k1, aStart, aEnd);
            if (cp1 < 0) {
                k1++;
                cp1 = -cp1;
            }
            cp2 = codePointIncluding(b, k2, bStart, bEnd);
            if (cp2 < 0) {
                k2++;
                cp2 = -cp2;
            }
            int diff = compareCodePointCI(cp1, cp2);
            if (diff != 0) {
                return diff;
            }
        }
        return aLen - bLen;
    }

    /**
     * The code point that the char at {@code index} belongs to: joined with the high surrogate before a low one, or
     * with the low surrogate after a high one (then negated, so the caller steps over both).
     */
    private static int codePointIncluding(String s, int index, int start, int end) {
        char c = s.charAt(index);
        if (Character.isLowSurrogate(c)) {
            if (index > start && Character.isHighSurrogate(s.charAt(index - 1))) {
                return Character.toCodePoint(s.charAt(index - 1), c);
            }
        } else if (Character.isHighSurrogate(c)) {
            if (index + 1 < end && Character.isLowSurrogate(s.charAt(index + 1))) {
                return -Character.toCodePoint(c, s.charAt(index + 1));
            }
        }
        return c;
    }
}
