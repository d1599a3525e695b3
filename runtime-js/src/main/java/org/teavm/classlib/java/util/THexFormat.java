package org.teavm.classlib.java.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * {@code java.util.HexFormat} (Java 17), which TeaVM 0.16's class library lacks, with the JDK's results and
 * exception texts. TeaVM maps the JDK name to this class (its {@code T} naming rule).
 */
public final class THexFormat {
    private static final String LOWER = "0123456789abcdef";
    private static final String UPPER = "0123456789ABCDEF";
    private static final THexFormat PLAIN = new THexFormat("", "", "", LOWER);

    private final String delimiter;
    private final String prefix;
    private final String suffix;
    private final String digits;

    private THexFormat(String delimiter, String prefix, String suffix, String digits) {
        this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.suffix = Objects.requireNonNull(suffix, "suffix");
        this.digits = digits;
    }

    /** Lower-case digits, no delimiter, prefix or suffix. */
    public static THexFormat of() {
        return PLAIN;
    }

    /** Lower-case digits between {@code delimiter}s. */
    public static THexFormat ofDelimiter(String delimiter) {
        return new THexFormat(delimiter, "", "", LOWER);
    }

    /** This format with another delimiter. */
    public THexFormat withDelimiter(String delimiter) {
        return new THexFormat(delimiter, prefix, suffix, digits);
    }

    /** This format with another prefix before each byte. */
    public THexFormat withPrefix(String prefix) {
        return new THexFormat(delimiter, prefix, suffix, digits);
    }

    /** This format with another suffix after each byte. */
    public THexFormat withSuffix(String suffix) {
        return new THexFormat(delimiter, prefix, suffix, digits);
    }

    /** This format with upper-case digits. */
    public THexFormat withUpperCase() {
        return new THexFormat(delimiter, prefix, suffix, UPPER);
    }

    /** This format with lower-case digits. */
    public THexFormat withLowerCase() {
        return new THexFormat(delimiter, prefix, suffix, LOWER);
    }

    /** The delimiter between bytes. */
    public String delimiter() {
        return delimiter;
    }

    /** The text before each byte. */
    public String prefix() {
        return prefix;
    }

    /** The text after each byte. */
    public String suffix() {
        return suffix;
    }

    /** Whether the digits are upper case. */
    public boolean isUpperCase() {
        return digits.equals(UPPER);
    }

    /** The bytes as hex pairs, each with prefix and suffix, delimited. */
    public String formatHex(byte[] bytes) {
        return formatHex(bytes, 0, Objects.requireNonNull(bytes, "bytes").length);
    }

    /** The bytes of {@code [fromIndex, toIndex)} as {@link #formatHex(byte[])} writes them. */
    public String formatHex(byte[] bytes, int fromIndex, int toIndex) {
        return formatHex(new StringBuilder(), bytes, fromIndex, toIndex).toString();
    }

    /** Appends the bytes' text to {@code out}. */
    public <A extends Appendable> A formatHex(A out, byte[] bytes) {
        return formatHex(out, bytes, 0, Objects.requireNonNull(bytes, "bytes").length);
    }

    /** Appends the text of the bytes of {@code [fromIndex, toIndex)} to {@code out}. */
    public <A extends Appendable> A formatHex(A out, byte[] bytes, int fromIndex, int toIndex) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromToIndex(fromIndex, toIndex, bytes.length);
        if (toIndex == fromIndex) {
            return out;
        }
        try {
            String between = suffix + delimiter + prefix;
            out.append(prefix);
            for (int i = fromIndex; i < toIndex; i++) {
                if (i > fromIndex) {
                    out.append(between);
                }
                out.append(toHighHexDigit(bytes[i])).append(toLowHexDigit(bytes[i]));
            }
            out.append(suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return out;
    }

    /** The bytes that {@code string} formats. */
    public byte[] parseHex(CharSequence string) {
        return parseHex(string, 0, Objects.requireNonNull(string, "string").length());
    }

    /** The bytes that {@code [fromIndex, toIndex)} of {@code string} formats. */
    public byte[] parseHex(CharSequence string, int fromIndex, int toIndex) {
        Objects.requireNonNull(string, "string");
        Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        CharSequence text = string.subSequence(fromIndex, toIndex);
        int n = text.length();
        if (n == 0) {
            return new byte[0];
        }
        if (delimiter.isEmpty() && prefix.isEmpty() && suffix.isEmpty()) {
            if (n % 2 != 0) {
                throw new IllegalArgumentException("string length not even: " + n);
            }
            byte[] bytes = new byte[n / 2];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) pair(text, i * 2);
            }
            return bytes;
        }
        long value = prefix.length() + 2L + suffix.length();
        long stride = value + delimiter.length();
        if ((n - value) % stride != 0) {
            throw new IllegalArgumentException(
                    "extra or missing delimiters or values consisting of prefix, two hexadecimal digits, and suffix");
        }
        expect(text, 0, prefix);
        expect(text, n - suffix.length(), suffix);
        String between = suffix + delimiter + prefix;
        byte[] bytes = new byte[(int) ((n - value) / stride + 1)];
        int at = prefix.length();
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) pair(text, at);
            if (i < bytes.length - 1) {
                expect(text, at + 2, between);
                at += 2 + between.length();
            }
        }
        return bytes;
    }

    /** The bytes that {@code [fromIndex, toIndex)} of {@code chars} formats. */
    public byte[] parseHex(char[] chars, int fromIndex, int toIndex) {
        Objects.requireNonNull(chars, "chars");
        Objects.checkFromToIndex(fromIndex, toIndex, chars.length);
        return parseHex(new String(chars, fromIndex, toIndex - fromIndex));
    }

    private static void expect(CharSequence text, int at, String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (text.charAt(at + i) != literal.charAt(i)) {
                throw new IllegalArgumentException(
                        ("found: \"" + text.subSequence(at, at + literal.length()) + "\", expected: \"" + literal
                                        + "\", index: " + at + " ch: " + (int) text.charAt(at + i))
                                .replace("\n", "\\n")
                                .replace("\r", "\\r"));
            }
        }
    }

    private static int pair(CharSequence text, int at) {
        int high = fromHexDigit(text.charAt(at));
        return high << 4 | fromHexDigit(text.charAt(at + 1));
    }

    /** The digit of the low four bits of {@code value}. */
    public char toLowHexDigit(int value) {
        return digits.charAt(value & 0xF);
    }

    /** The digit of bits 4 to 7 of {@code value}. */
    public char toHighHexDigit(int value) {
        return digits.charAt(value >> 4 & 0xF);
    }

    /** Appends the two digits of {@code value} to {@code out}. */
    public <A extends Appendable> A toHexDigits(A out, byte value) {
        Objects.requireNonNull(out, "out");
        try {
            out.append(toHighHexDigit(value)).append(toLowHexDigit(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return out;
    }

    /** The two digits of {@code value}. */
    public String toHexDigits(byte value) {
        return toHexDigits(value, 2);
    }

    /** The four digits of {@code value}. */
    public String toHexDigits(char value) {
        return toHexDigits(value, 4);
    }

    /** The four digits of {@code value}. */
    public String toHexDigits(short value) {
        return toHexDigits(value, 4);
    }

    /** The eight digits of {@code value}. */
    public String toHexDigits(int value) {
        return toHexDigits(value, 8);
    }

    /** The sixteen digits of {@code value}. */
    public String toHexDigits(long value) {
        return toHexDigits(value, 16);
    }

    /** The low {@code count} digits of {@code value} (0 to 16). */
    public String toHexDigits(long value, int count) {
        if (count < 0 || count > 16) {
            throw new IllegalArgumentException("number of digits: " + count);
        }
        char[] out = new char[count];
        for (int i = count - 1; i >= 0; i--) {
            out[i] = toLowHexDigit((int) value);
            value >>>= 4;
        }
        return new String(out);
    }

    /** Whether {@code ch} is one of {@code 0-9}, {@code a-f}, {@code A-F}. */
    public static boolean isHexDigit(int ch) {
        return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F';
    }

    /** The value of the hex digit {@code ch}. */
    public static int fromHexDigit(int ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        throw new NumberFormatException("not a hexadecimal digit: \"" + (char) ch + "\" = " + ch);
    }

    /** The int of up to eight hex digits. */
    public static int fromHexDigits(CharSequence string) {
        return fromHexDigits(string, 0, Objects.requireNonNull(string, "string").length());
    }

    /** The int of the up to eight hex digits of {@code [fromIndex, toIndex)}. */
    public static int fromHexDigits(CharSequence string, int fromIndex, int toIndex) {
        return (int) digitsValue(string, fromIndex, toIndex, 8);
    }

    /** The long of up to sixteen hex digits. */
    public static long fromHexDigitsToLong(CharSequence string) {
        return fromHexDigitsToLong(
                string, 0, Objects.requireNonNull(string, "string").length());
    }

    /** The long of the up to sixteen hex digits of {@code [fromIndex, toIndex)}. */
    public static long fromHexDigitsToLong(CharSequence string, int fromIndex, int toIndex) {
        return digitsValue(string, fromIndex, toIndex, 16);
    }

    private static long digitsValue(CharSequence string, int fromIndex, int toIndex, int limit) {
        Objects.requireNonNull(string, "string");
        Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        if (toIndex - fromIndex > limit) {
            throw new IllegalArgumentException("string length greater than " + limit + ": " + (toIndex - fromIndex));
        }
        long value = 0;
        for (int i = fromIndex; i < toIndex; i++) {
            value = (value << 4) + fromHexDigit(string.charAt(i));
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof THexFormat h
                        && digits.equals(h.digits)
                        && delimiter.equals(h.delimiter)
                        && prefix.equals(h.prefix)
                        && suffix.equals(h.suffix);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(delimiter, prefix, suffix) + Boolean.hashCode(isUpperCase());
    }

    @Override
    public String toString() {
        return ("uppercase: " + isUpperCase() + ", delimiter: \"" + delimiter + "\", prefix: \"" + prefix
                        + "\", suffix: \"" + suffix + "\"")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
