package io.jdash.runtime.jvm;

import org.teavm.jso.JSBody;

/**
 * Number parsing with the JVM's acceptance, results and exception texts ({@code Double.parseDouble},
 * {@code Float.parseFloat}, {@code Integer/Long/Short/Byte.parse*} and {@code decode}); the compiler redirects the
 * JDK methods here. TeaVM's own parsers accept other strings, round some inputs differently and throw without a
 * message, and its floating-point parser weighs about 17 KB gzip.
 *
 * <p>Floating point follows {@code jdk.internal.math.FloatingDecimal.readJavaFormatString}: the text is trimmed of
 * characters up to U+0020, then read as an optional sign and {@code NaN}, {@code Infinity}, a decimal with an
 * optional exponent or a hexadecimal {@code 0x…p…} with a binary exponent, the last two with an optional
 * {@code f/F/d/D} suffix. The value is the correctly rounded double or float (ties to even, subnormals, overflow to
 * infinity). A decimal of at most 20 significant digits is read by the JS engine, which ECMAScript requires to round
 * it correctly (StringToNumber, "RoundMVResult"); every other input is rounded exactly here with BigInt arithmetic.
 */
public final class JvmNumbers {
    private JvmNumbers() {}

    /** {@code Double.parseDouble(String)}. */
    public static double parseDouble(String s) {
        return parseFloating(s, false);
    }

    /** {@code Float.parseFloat(String)}: rounded once, from the decimal text straight to the nearest float. */
    public static float parseFloat(String s) {
        return (float) parseFloating(s, true);
    }

    private static double parseFloating(String s, boolean single) {
        if (s == null) {
            throw new NullPointerException();
        }
        String text = s.trim();
        if (text.isEmpty()) {
            throw new NumberFormatException("empty String");
        }
        if (!isJavaFloatingLiteral(text)) {
            // the JDK's scan of the leading digits and points stops at a second point
            throw new NumberFormatException(
                    hasTwoLeadingPoints(text) ? "multiple points" : "For input string: \"" + text + "\"");
        }
        return jsParseFloating(text, single);
    }

    @JSBody(
            params = "t",
            script = "return /^[+-]?(NaN|Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?[fFdD]?"
                    + "|0[xX]([0-9a-fA-F]+\\.?|[0-9a-fA-F]*\\.[0-9a-fA-F]+)[pP][+-]?\\d+[fFdD]?)$/.test(t);")
    private static native boolean isJavaFloatingLiteral(String text);

    @JSBody(params = "t", script = "return /^[+-]?[0-9]*\\.[0-9]*\\./.test(t);")
    private static native boolean hasTwoLeadingPoints(String text);

    // the value is digits x 10^e10 x 2^e2
    @JSBody(
            params = {"t", "single"},
            script = BinaryRounding.ROUND_RATIO
                    + "var m = /^([+-]?)(?:(N)|(I)|0[xX]([0-9a-fA-F]*)\\.?([0-9a-fA-F]*)[pP]([+-]?\\d+)|(\\d*)\\.?(\\d*)"
                    + "(?:[eE]([+-]?\\d+))?)/.exec(t), sign = m[1] == '-' ? -1 : 1;"
                    + "if (m[2]) return NaN;"
                    + "if (m[3]) return sign * Infinity;"
                    + "var hex = m[6] !== undefined, digits = hex ? m[4] + m[5] : m[7] + m[8], frac = (hex ? m[5] : m[8])"
                    + ".length, exp = Number((hex ? m[6] : m[9]) || 0), e10 = 0, e2 = 0, size;"
                    + "digits = digits.replace(/^0+/, '');"
                    + "if (!digits) return sign * 0;"
                    + "if (hex) { e2 = exp - 4 * frac; size = e2 + 4 * digits.length; digits = '0x' + digits; }"
                    + "else { var z = /0*$/.exec(digits)[0].length; digits = digits.substring(0, digits.length - z);"
                    + "  e10 = exp - frac + z; size = e10 + digits.length;"
                    + "  if (!single && digits.length <= 20 && size < 400 && size > -400)"
                    + "    return sign * Number(digits + 'e' + e10); }"
                    + "if (size > 1300) return sign * Infinity;"
                    + "if (size < -1300) return sign * 0;"
                    + "var num = BigInt(digits), den = 1n;"
                    + "if (e10 > 0) num *= 10n ** BigInt(e10); else den = 10n ** BigInt(-e10);"
                    + "if (e2 > 0) num <<= BigInt(e2); else den <<= BigInt(-e2);"
                    + "return sign * roundRatio(num, den, single);")
    private static native double jsParseFloating(String text, boolean single);

    /** {@code Integer.parseInt(String, int)}, the JDK's algorithm and messages. */
    public static int parseInt(String s, int radix) {
        return (int) parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** {@code Integer.parseInt(String)}. */
    public static int parseInt(String s) {
        return (int) parse(s, 10, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** {@code Long.parseLong(String, int)}. */
    public static long parseLong(String s, int radix) {
        return parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** {@code Long.parseLong(String)}. */
    public static long parseLong(String s) {
        return parse(s, 10, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** {@code Short.parseShort(String, int)}: an int, then the range check with the JDK's message. */
    public static short parseShort(String s, int radix) {
        return (short) narrow(s, radix, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    /** {@code Short.parseShort(String)}. */
    public static short parseShort(String s) {
        return (short) narrow(s, 10, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    /** {@code Byte.parseByte(String, int)}. */
    public static byte parseByte(String s, int radix) {
        return (byte) narrow(s, radix, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    /** {@code Byte.parseByte(String)}. */
    public static byte parseByte(String s) {
        return (byte) narrow(s, 10, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    /**
     * {@code Integer.parseUnsignedInt(String, int)} as Java 17 does it: short texts through {@code parseInt}, longer
     * ones through {@code Long.parseLong} and a range check, each with its own messages.
     */
    public static int parseUnsignedInt(String s, int radix) {
        checkUnsigned(s, radix);
        int length = s.length();
        if (length <= 5 || radix == 10 && length <= 9) {
            return parseInt(s, radix);
        }
        long value = parseLong(s, radix);
        if ((value & 0xffff_ffff_0000_0000L) != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) value;
    }

    /** {@code Integer.parseUnsignedInt(String)}. */
    public static int parseUnsignedInt(String s) {
        return parseUnsignedInt(s, 10);
    }

    /**
     * {@code Long.parseUnsignedLong(String, int)} as Java 17 does it: texts that cannot overflow through
     * {@code parseLong}; longer ones parse all but the last digit as a signed long, then add the last digit and
     * test the top bits of the product for overflow.
     */
    public static long parseUnsignedLong(String s, int radix) {
        checkUnsigned(s, radix);
        int length = s.length();
        if (length <= 12 || radix == 10 && length <= 18) {
            return parseLong(s, radix);
        }
        return parseLongUnsignedTail(s, 0, length, radix, s);
    }

    /**
     * An unsigned long too long to overflow-check cheaply: all but the last digit as a signed long, then the last
     * digit added and the top bits of the product tested for overflow; {@code text} is what the messages name.
     */
    private static long parseLongUnsignedTail(CharSequence s, int begin, int end, int radix, CharSequence text) {
        long first = parseLong(s, begin, end - 1, radix);
        int last = digit(s.charAt(end - 1), radix);
        if (last < 0) {
            throw new NumberFormatException("Bad digit at end of " + text);
        }
        long result = first * radix + last;
        int guard = radix * (int) (first >>> 57);
        if (guard >= 128 || result >= 0 && guard >= 128 - 36) {
            throw new NumberFormatException("String value " + text + " exceeds range of unsigned long.");
        }
        return result;
    }

    /** {@code Long.parseUnsignedLong(String)}. */
    public static long parseUnsignedLong(String s) {
        return parseUnsignedLong(s, 10);
    }

    /**
     * {@code Integer.divideUnsigned}: TeaVM's divides JavaScript numbers, so a zero divisor gave 0 instead of the
     * JDK's {@code ArithmeticException}.
     */
    public static int divideUnsigned(int dividend, int divisor) {
        return (int) JvmMath.ldiv(Integer.toUnsignedLong(dividend), Integer.toUnsignedLong(divisor));
    }

    /**
     * {@code Integer.remainderUnsigned}: TeaVM's returned the unsigned remainder as a number above
     * {@code Integer.MAX_VALUE} instead of an int, and 0 for a zero divisor.
     */
    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) JvmMath.lrem(Integer.toUnsignedLong(dividend), Integer.toUnsignedLong(divisor));
    }

    /**
     * {@code Long.divideUnsigned} by a signed division of half the dividend (Hacker's Delight 9.3); TeaVM's threw a
     * JavaScript {@code RangeError} for a zero divisor.
     */
    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return (dividend & ~(dividend - divisor)) >>> 63;
        }
        long quotient = JvmMath.ldiv(dividend >>> 1, divisor) << 1;
        long remainder = dividend - quotient * divisor;
        return quotient + ((remainder | ~(remainder - divisor)) >>> 63);
    }

    /** {@code Long.remainderUnsigned}: what {@link #divideUnsigned(long, long)}'s quotient leaves. */
    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    private static void checkUnsigned(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (s.isEmpty()) {
            throw forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
    }

    /**
     * {@code Integer.parseInt(CharSequence, int, int, int)} (Java 9), Java 17's checks and messages: the range first
     * ({@code IndexOutOfBoundsException} without a message), then the radix; errors name the index of the bad
     * character within the range ({@code Error at index 2 in: "1x"}); an empty range is {@code For input string: ""}.
     */
    public static int parseInt(CharSequence s, int begin, int end, int radix) {
        checkRange(s, begin, end, radix);
        if (begin == end) {
            throw forInputString("", radix);
        }
        return (int) parseRange(s, begin, end, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** {@code Long.parseLong(CharSequence, int, int, int)}: as {@link #parseInt(CharSequence, int, int, int)}, but
     * an empty range has an empty message. */
    public static long parseLong(CharSequence s, int begin, int end, int radix) {
        checkRange(s, begin, end, radix);
        if (begin == end) {
            throw new NumberFormatException("");
        }
        return parseRange(s, begin, end, radix, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * {@code Integer.parseUnsignedInt(CharSequence, int, int, int)}: a leading minus and a value out of range are
     * reported with the whole text, not the range, as Java 17 does.
     */
    public static int parseUnsignedInt(CharSequence s, int begin, int end, int radix) {
        checkRange(s, begin, end);
        int length = end - begin;
        if (length == 0) {
            throw new NumberFormatException("");
        }
        if (s.charAt(begin) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (length <= 5 || radix == 10 && length <= 9) {
            return parseInt(s, begin, end, radix);
        }
        long value = parseLong(s, begin, end, radix);
        if ((value & 0xffff_ffff_0000_0000L) != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) value;
    }

    /** {@code Long.parseUnsignedLong(CharSequence, int, int, int)}, its messages naming the range. */
    public static long parseUnsignedLong(CharSequence s, int begin, int end, int radix) {
        checkRange(s, begin, end);
        int length = end - begin;
        if (length == 0) {
            throw forInputString("", radix);
        }
        CharSequence text = s.subSequence(begin, end);
        if (s.charAt(begin) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + text + ".");
        }
        if (length <= 12 || radix == 10 && length <= 18) {
            return parseLong(s, begin, end, radix);
        }
        return parseLongUnsignedTail(s, begin, end, radix, text);
    }

    private static void checkRange(CharSequence s, int begin, int end) {
        if (begin < 0 || begin > end || end > s.length()) {
            throw new IndexOutOfBoundsException();
        }
    }

    private static void checkRange(CharSequence s, int begin, int end, int radix) {
        checkRange(s, begin, end);
        checkRadix(radix);
    }

    /** The JDK's loop over a non-empty range, whose errors give the index within the range. */
    private static long parseRange(CharSequence s, int begin, int end, int radix, long min, long max) {
        boolean negative = false;
        long limit = -max;
        int i = begin;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = min;
            } else if (first != '+') {
                throw errorAtIndex(s, begin, end, i);
            }
            i++;
            if (i == end) {
                throw errorAtIndex(s, begin, end, i);
            }
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < end) {
            int digit = digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) {
                throw errorAtIndex(s, begin, end, i);
            }
            result *= radix;
            if (result < limit + digit) {
                throw errorAtIndex(s, begin, end, i);
            }
            i++;
            result -= digit;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException errorAtIndex(CharSequence s, int begin, int end, int index) {
        return new NumberFormatException(
                "Error at index " + (index - begin) + " in: \"" + s.subSequence(begin, end) + "\"");
    }

    private static int narrow(String s, int radix, int min, int max) {
        int i = parseInt(s, radix);
        if (i < min || i > max) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return i;
    }

    /**
     * The JDK's {@code Integer/Long.parseLong} loop: accumulates negatively so that the minimum value parses, and
     * accepts every Unicode decimal digit and the fullwidth Latin letters, as {@code Character.digit} does.
     */
    private static long parse(String s, int radix, long min, long max) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        checkRadix(radix);
        int length = s.length();
        if (length == 0) {
            throw forInputString(s, radix);
        }
        boolean negative = false;
        long limit = -max;
        int i = 0;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = min;
            } else if (first != '+') {
                throw forInputString(s, radix);
            }
            if (length == 1) {
                throw forInputString(s, radix);
            }
            i++;
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < length) {
            int digit = digit(s.charAt(i++), radix);
            if (digit < 0 || result < multmin) {
                throw forInputString(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    private static void checkRadix(int radix) {
        if (radix < 2) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > 36) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
    }

    private static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException(
                "For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }

    /**
     * {@code Character.digit(char, int)}: ASCII digits and letters, the fullwidth letters, and every character of
     * Unicode's category Nd, whose digits Unicode encodes in runs of ten from 0 to 9 (so a digit's value is its
     * distance from the start of its run, modulo ten).
     */
    @JSBody(
            params = {"c", "radix"},
            script = ""
                    + "var d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55"
                    + " : c >= 0xff21 && c <= 0xff3a ? c - 0xff17 : c >= 0xff41 && c <= 0xff5a ? c - 0xff37 : -1;"
                    + "if (d < 0 && c > 127) { var nd = /\\p{Nd}/u, start = c;"
                    + "  while (nd.test(String.fromCharCode(start - 1))) start--;"
                    + "  if (nd.test(String.fromCharCode(c))) d = (c - start) % 10; }"
                    + "return d < radix ? d : -1;")
    private static native int digit(char c, int radix);

    /** {@code Integer.decode(String)}. */
    public static Integer decodeInt(String s) {
        return (int) decode(s, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** {@code Long.decode(String)}. */
    public static Long decodeLong(String s) {
        return decode(s, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** {@code Short.decode(String)}: an int, then the JDK's range check. */
    public static Short decodeShort(String s) {
        return (short) decodeNarrow(s, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    /** {@code Byte.decode(String)}. */
    public static Byte decodeByte(String s) {
        return (byte) decodeNarrow(s, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    private static int decodeNarrow(String s, int min, int max) {
        int i = (int) decode(s, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (i < min || i > max) {
            throw new NumberFormatException("Value " + i + " out of range from input " + s);
        }
        return i;
    }

    /**
     * The JDK's {@code decode}: a sign, then {@code 0x}, {@code 0X} or {@code #} for hexadecimal or a leading
     * {@code 0} for octal; the digits are parsed without the sign first, and again with it when that overflows, so
     * that the minimum value decodes.
     */
    private static long decode(String s, long min, long max) {
        if (s == null) {
            throw new NullPointerException();
        }
        if (s.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        int radix = 10;
        int index = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-') {
            negative = true;
            index++;
        } else if (first == '+') {
            index++;
        }
        if (s.startsWith("0x", index) || s.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (s.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (s.startsWith("0", index) && s.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (s.startsWith("-", index) || s.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        String digits = s.substring(index);
        try {
            long result = parse(digits, radix, min, max);
            return negative ? -result : result;
        } catch (NumberFormatException e) {
            return parse(negative ? "-" + digits : digits, radix, min, max);
        }
    }
}
