package io.jdash.runtime.jvm;

/**
 * The radix texts of {@code long}s, and of {@code int}s read as unsigned, as the JDK writes them: a radix outside
 * {@code 2..36} means 10. TeaVM's {@code Long.toString(long, int)} divides by such a radix (radix 0 throws
 * {@code ArithmeticException}, 99 writes NUL characters), and its {@code toUnsignedString(x, radix)} clamps the radix
 * into the range instead (radix 1 writes binary).
 */
public final class JvmIntegerTexts {
    private JvmIntegerTexts() {}

    /** {@code Long.toString(long, int)}. */
    public static String toString(long value, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX || radix == 10) {
            return Long.toString(value);
        }
        char[] digits = new char[65];
        int position = digits.length;
        // counting in negatives covers Long.MIN_VALUE
        long rest = value < 0 ? value : -value;
        while (rest <= -radix) {
            digits[--position] = Character.forDigit((int) -(rest % radix), radix);
            rest /= radix;
        }
        digits[--position] = Character.forDigit((int) -rest, radix);
        if (value < 0) {
            digits[--position] = '-';
        }
        return new String(digits, position, digits.length - position);
    }

    /** {@code Long.toUnsignedString(long, int)}. */
    public static String toUnsignedString(long value, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (value >= 0) {
            return toString(value, radix);
        }
        long quotient = Long.divideUnsigned(value, radix);
        return toString(quotient, radix) + Character.forDigit((int) (value - quotient * radix), radix);
    }

    /** {@code Integer.toUnsignedString(int, int)}. */
    public static String toUnsignedString(int value, int radix) {
        return toString(Integer.toUnsignedLong(value), radix);
    }
}
