package io.jdash.runtime.jvm;

import java.math.BigInteger;

/**
 * {@code BigInteger} as the JDK's: the bitwise operations on two's-complement bytes (TeaVM's port of Harmony's
 * {@code Logical} and {@code BitLevel} get {@code xor}, {@code setBit} and {@code flipBit} of negative numbers wrong),
 * {@code doubleValue}/{@code floatValue} rounded once to the nearest (TeaVM's drops bits, and its float rounds that
 * double again), {@code modInverse} by Euclid's algorithm with the JDK's messages, and the text check of
 * {@code new BigInteger(String, int)}, which names the digit group Java's parser was reading when it failed.
 */
public final class JvmBigIntegers {
    // the digits of one group Java's parser reads as an int, by radix
    private static final int[] DIGITS_PER_INT = {
        0, 0, 30, 19, 15, 13, 11, 11, 10, 9, 9, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 5
    };

    private JvmBigIntegers() {}

    /** {@code BigInteger.and(BigInteger)}. */
    public static BigInteger and(BigInteger x, BigInteger y) {
        return bitwise(x, y, '&');
    }

    /** {@code BigInteger.or(BigInteger)}. */
    public static BigInteger or(BigInteger x, BigInteger y) {
        return bitwise(x, y, '|');
    }

    /** {@code BigInteger.xor(BigInteger)}. */
    public static BigInteger xor(BigInteger x, BigInteger y) {
        return bitwise(x, y, '^');
    }

    /** {@code BigInteger.andNot(BigInteger)}. */
    public static BigInteger andNot(BigInteger x, BigInteger y) {
        return bitwise(x, y, '~');
    }

    /** {@code BigInteger.setBit(int)}. */
    public static BigInteger setBit(BigInteger x, int n) {
        return bitwise(x, bit(n), '|');
    }

    /** {@code BigInteger.clearBit(int)}. */
    public static BigInteger clearBit(BigInteger x, int n) {
        return bitwise(x, bit(n), '~');
    }

    /** {@code BigInteger.flipBit(int)}. */
    public static BigInteger flipBit(BigInteger x, int n) {
        return bitwise(x, bit(n), '^');
    }

    private static BigInteger bit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        return BigInteger.ONE.shiftLeft(n);
    }

    private static BigInteger bitwise(BigInteger x, BigInteger y, char operation) {
        byte[] a = x.toByteArray();
        byte[] b = y.toByteArray();
        int length = Math.max(a.length, b.length);
        byte[] result = new byte[length];
        for (int i = 1; i <= length; i++) {
            int p = byteFromEnd(a, i);
            int q = byteFromEnd(b, i);
            int r =
                    switch (operation) {
                        case '&' -> p & q;
                        case '|' -> p | q;
                        case '^' -> p ^ q;
                        default -> p & ~q;
                    };
            result[length - i] = (byte) r;
        }
        return new BigInteger(result);
    }

    // the i-th byte from the low end, the sign extended beyond the array
    private static int byteFromEnd(byte[] bytes, int i) {
        return i <= bytes.length ? bytes[bytes.length - i] : bytes[0] < 0 ? -1 : 0;
    }

    /** {@code BigInteger.doubleValue()}: the nearest double, ties to even, beyond the range an infinity. */
    public static double doubleValue(BigInteger value) {
        return nearest(value, 62);
    }

    /** {@code BigInteger.floatValue()}: the nearest float, rounded from the integer itself, not from a double. */
    public static float floatValue(BigInteger value) {
        // 53 bits and a sticky bit are exact as a double, so the cast to float is the one rounding
        return (float) nearest(value, 53);
    }

    /**
     * The integer's top {@code kept} bits (at most 62), the lowest of them set when a bit below them is, as a long
     * the cast rounds once: every dropped bit lies below the rounding position, so the sticky bit stands for them.
     */
    private static double nearest(BigInteger value, int kept) {
        BigInteger magnitude = value.abs();
        int length = magnitude.bitLength();
        if (length <= kept) {
            return (double) value.longValue();
        }
        int shift = length - kept;
        long top = magnitude.shiftRight(shift).longValue();
        if (magnitude.getLowestSetBit() < shift) {
            top |= 1;
        }
        double rounded = Math.scalb((double) top, shift);
        return value.signum() < 0 ? -rounded : rounded;
    }

    /** {@code BigInteger.modInverse(BigInteger)}. */
    public static BigInteger modInverse(BigInteger value, BigInteger modulus) {
        if (modulus.signum() != 1) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (modulus.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        BigInteger r0 = value.mod(modulus);
        BigInteger r1 = modulus;
        BigInteger x0 = BigInteger.ONE;
        BigInteger x1 = BigInteger.ZERO;
        while (r1.signum() != 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            r0 = r1;
            r1 = qr[1];
            BigInteger x = x0.subtract(qr[0].multiply(x1));
            x0 = x1;
            x1 = x;
        }
        if (!r0.equals(BigInteger.ONE)) {
            throw new ArithmeticException("BigInteger not invertible.");
        }
        return x0.mod(modulus);
    }

    /**
     * A text for {@code new BigInteger}: without its leading '+' when no other sign follows (Java reads "+5" as 5,
     * TeaVM's parser may take the '+' for a digit); every other text as it is, for the check to refuse.
     */
    public static String withoutPlus(String text) {
        if (text != null
                && text.length() > 1
                && text.charAt(0) == '+'
                && text.indexOf('-') < 0
                && text.indexOf('+', 1) < 0) {
            return text.substring(1);
        }
        return text;
    }

    /**
     * Before {@code new BigInteger(String, int)}: Java's checks and messages, in its order (radix, empty text,
     * signs, then each digit group as {@code Integer.parseInt} reads it), so only a valid text reaches TeaVM's parser.
     */
    public static void checkText(String text, int radix) {
        if (text == null) {
            return;
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        int length = text.length();
        if (length == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int cursor = 0;
        int minus = text.lastIndexOf('-');
        int plus = text.lastIndexOf('+');
        if (minus > 0 || minus == 0 && plus >= 0 || minus < 0 && plus > 0) {
            throw new NumberFormatException("Illegal embedded sign character");
        }
        if (minus == 0 || plus == 0) {
            cursor = 1;
        }
        if (cursor == length) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        while (cursor < length && Character.digit(text.charAt(cursor), radix) == 0) {
            cursor++;
        }
        int group = DIGITS_PER_INT[radix];
        int first = (length - cursor) % group;
        for (int end = cursor + (first == 0 ? group : first); cursor < length; cursor = end, end += group) {
            Integer.parseInt(text.substring(cursor, end), radix);
        }
    }
}
