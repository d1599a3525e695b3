package io.jdash.runtime.jvm;

import org.teavm.jso.JSBody;

/**
 * JVM-exact arithmetic that TeaVM's classlib gets wrong; the compiler redirects the JDK calls and operators here.
 * Each method documents the JVM rule it restores.
 */
public final class JvmMath {
    private JvmMath() {}

    /** {@code int / int}: the JVM throws {@code ArithmeticException} for a zero divisor (JS gives 0). */
    public static int idiv(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return a / b;
    }

    /** {@code int % int}: the JVM throws {@code ArithmeticException} for a zero divisor. */
    public static int irem(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return a % b;
    }

    /** {@code long / long}: the JVM throws {@code ArithmeticException} (a JS BigInt throws a RangeError). */
    public static long ldiv(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return a / b;
    }

    /** {@code long % long}, as {@link #ldiv}. */
    public static long lrem(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return a % b;
    }

    /** {@code Math.round(double)}: ties round towards positive infinity ({@code -2.5 -> -2}), NaN gives 0. */
    public static long round(double a) {
        if (a != a) {
            return 0;
        }
        double f = Math.floor(a);
        if (f >= 9.223372036854775807E18) {
            return Long.MAX_VALUE;
        }
        if (f < -9.223372036854775807E18) {
            return Long.MIN_VALUE;
        }
        long r = (long) f;
        return a - f >= 0.5 ? r + 1 : r;
    }

    /** {@code Math.round(float)}: as {@link #round(double)}, saturating to the {@code int} range. */
    public static int round(float a) {
        if (a != a) {
            return 0;
        }
        double f = Math.floor(a);
        if (f >= 2147483647.0) {
            return Integer.MAX_VALUE;
        }
        if (f < -2147483648.0) {
            return Integer.MIN_VALUE;
        }
        int r = (int) f;
        return (double) a - f >= 0.5 ? r + 1 : r;
    }

    /** {@code Math.rint}: ties go to the even neighbour ({@code 2.5 -> 2.0}), and the sign of zero is kept. */
    public static double rint(double a) {
        if (!(Math.abs(a) < 4503599627370496.0)) {
            return a;
        }
        double f = Math.floor(a);
        double d = a - f;
        double r = d > 0.5 || d == 0.5 && f % 2 != 0 ? f + 1 : f;
        return r == 0 ? (a < 0 || 1 / a < 0 ? -0.0 : 0.0) : r;
    }

    /** {@code Enum.compareTo}: the difference of the ordinals, as the JVM returns it. */
    public static int enumCompare(Enum<?> a, Enum<?> b) {
        if (a.getDeclaringClass() != b.getDeclaringClass()) {
            throw new ClassCastException();
        }
        return a.ordinal() - b.ordinal();
    }

    /** {@code Math.log10}: exact for powers of ten, as the JVM's (TeaVM divides logarithms: 2.9999999999999996). */
    public static double log10(double a) {
        return jsLog10(a);
    }

    @JSBody(params = "a", script = "return Math.log10(a);")
    private static native double jsLog10(double a);

    /** {@code Math.cbrt}: the JS engine's fdlibm cbrt, as StrictMath's (TeaVM's own is off by several ulps). */
    public static double cbrt(double a) {
        return jsCbrt(a);
    }

    @JSBody(params = "a", script = "return Math.cbrt(a);")
    private static native double jsCbrt(double a);

    /** {@code Math.fma(double, double, double)}: {@code a * b + c} computed exactly, then rounded once. */
    public static double fma(double a, double b, double c) {
        return jsFma(a, b, c, false);
    }

    /** {@code Math.fma(float, float, float)}: exact, then rounded once to a float (no double rounding). */
    public static float fma(float a, float b, float c) {
        return (float) jsFma(a, b, c, true);
    }

    // Special values follow IEEE 754's fusedMultiplyAdd: only an infinite c with finite a and b needs care
    // (a * b may overflow where the exact product does not); else the product and sum are done in BigInts.
    @JSBody(
            params = {"a", "b", "c", "single"},
            script = BinaryRounding.ROUND_RATIO + BinaryRounding.SPLIT
                    + "if (isNaN(a) || isNaN(b) || isNaN(c)) return NaN;"
                    + "if (!isFinite(a) || !isFinite(b) || a == 0 || b == 0) return single ? Math.fround(a * b + c) : a * b + c;"
                    + "if (!isFinite(c)) return c;"
                    + "if (c == 0) return single ? Math.fround(a * b) : a * b;"
                    + "var x = split(a), y = split(b), z = split(c), pm = x[0] * y[0], pe = x[1] + y[1],"
                    + "  e = Math.min(pe, z[1]), sum = (pm << BigInt(pe - e)) + (z[0] << BigInt(z[1] - e));"
                    + "if (sum == 0n) return 0;"
                    + "var neg = sum < 0n, num = neg ? -sum : sum, den = 1n;"
                    + "if (e > 0) num <<= BigInt(e); else den <<= BigInt(-e);"
                    + "var v = roundRatio(num, den, single);"
                    + "return neg ? -v : v;")
    private static native double jsFma(double a, double b, double c, boolean single);

    /** {@code Math.multiplyHigh(long, long)}: the high 64 bits of the 128-bit product, from 32-bit halves. */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long lowProduct = x2 * y2;
        long cross = x1 * y2 + (lowProduct >>> 32);
        long cross2 = x2 * y1 + (cross & 0xFFFFFFFFL);
        return x1 * y1 + (cross >> 32) + (cross2 >> 32);
    }

    /** {@code Math.multiplyFull(int, int)}: the exact long product. */
    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** {@code Math.absExact(int)}: throws for the one int without a positive counterpart. */
    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return a < 0 ? -a : a;
    }

    /** {@code Math.absExact(long)}. */
    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return a < 0 ? -a : a;
    }

    /** {@code Math.scalb(double, int)}: {@code d * 2^n}, rounded once (also where the result is subnormal). */
    public static double scalb(double d, int n) {
        return jsScalb(d, n, false);
    }

    /** {@code Math.scalb(float, int)}: rounded once to a float. */
    public static float scalb(float f, int n) {
        return (float) jsScalb(f, n, true);
    }

    @JSBody(
            params = {"d", "n", "single"},
            script = BinaryRounding.ROUND_RATIO + BinaryRounding.SPLIT
                    + "if (d == 0 || !isFinite(d)) return d;"
                    + "var x = split(d), e = x[1] + Math.max(-2300, Math.min(2300, n)), num = x[0] < 0n ? -x[0] : x[0], den = 1n;"
                    + "if (e > 0) num <<= BigInt(e); else den <<= BigInt(-e);"
                    + "var v = roundRatio(num, den, single);"
                    + "return d < 0 ? -v : v;")
    private static native double jsScalb(double d, int n, boolean single);

    /** {@code Math.ulp(double)}: the distance to the next double away from zero, from the exponent. */
    public static double ulp(double d) {
        int exponent = Math.getExponent(d);
        if (exponent == Double.MAX_EXPONENT + 1) {
            return Math.abs(d);
        }
        if (exponent == Double.MIN_EXPONENT - 1) {
            return Double.MIN_VALUE;
        }
        exponent -= 52;
        if (exponent >= Double.MIN_EXPONENT) {
            return Double.longBitsToDouble((long) (exponent + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (exponent - Double.MIN_EXPONENT + 52));
    }

    /** {@code Math.nextAfter(double, double)}: one step along the bits towards the direction; NaN if either is. */
    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            if (start == 0) {
                return -Double.MIN_VALUE;
            }
            long bits = Double.doubleToRawLongBits(start);
            return Double.longBitsToDouble(bits + (bits > 0 ? -1 : 1));
        }
        if (start < direction) {
            long bits = Double.doubleToRawLongBits(start + 0.0);
            return Double.longBitsToDouble(bits + (bits >= 0 ? 1 : -1));
        }
        return start == direction ? direction : start + direction;
    }

    /** {@code Math.nextAfter(float, double)}, as {@link #nextAfter(double, double)} on the float's bits. */
    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            if (start == 0) {
                return -Float.MIN_VALUE;
            }
            int bits = Float.floatToRawIntBits(start);
            return Float.intBitsToFloat(bits + (bits > 0 ? -1 : 1));
        }
        if (start < direction) {
            int bits = Float.floatToRawIntBits(start + 0.0f);
            return Float.intBitsToFloat(bits + (bits >= 0 ? 1 : -1));
        }
        return start == direction ? (float) direction : (float) (start + direction);
    }

    /**
     * {@code Math.IEEEremainder(double, double)}: {@code a - b * n} for the integer n nearest {@code a / b} (ties to
     * even), computed exactly as fdlibm's {@code __ieee754_remainder} does: a remainder modulo {@code 2b}, then at
     * most two subtractions of {@code b}; the sign of zero is {@code a}'s.
     */
    public static double IEEEremainder(double a, double b) {
        if (b == 0 || Double.isNaN(b) || Double.isNaN(a) || Double.isInfinite(a)) {
            return Double.NaN;
        }
        double p = Math.abs(b);
        double x = a;
        if (p <= Double.MAX_VALUE / 2) {
            x = x % (p + p);
        }
        if (Math.abs(a) == p) {
            return 0 * a;
        }
        x = Math.abs(x);
        if (p < 2 * Double.MIN_NORMAL) {
            if (x + x > p) {
                x -= p;
                if (x + x >= p) {
                    x -= p;
                }
            }
        } else {
            double half = 0.5 * p;
            if (x > half) {
                x -= p;
                if (x >= half) {
                    x -= p;
                }
            }
        }
        return a < 0 || 1 / a < 0 ? -x : x;
    }

    /** {@code Math.toRadians(double)}: a multiplication by the double nearest pi/180, as Java 9+ does. */
    public static double toRadians(double degrees) {
        return degrees * 0.017453292519943295;
    }

    /** {@code Math.toDegrees(double)}: a multiplication by the double nearest 180/pi, as Java 9+ does. */
    public static double toDegrees(double radians) {
        return radians * 57.29577951308232;
    }

    /** {@code Math.addExact(int, int)} and the other int *Exact methods throw with the JDK's message. */
    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    /** {@code Math.addExact(long, long)}. */
    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    /** {@code Math.subtractExact(int, int)}. */
    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    /** {@code Math.subtractExact(long, long)}. */
    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    /** {@code Math.multiplyExact(int, int)}. */
    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    /** {@code Math.multiplyExact(long, int)}. */
    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    /** {@code Math.multiplyExact(long, long)}: the high half of the product must be the sign of the low half. */
    public static long multiplyExact(long x, long y) {
        long r = x * y;
        if (multiplyHigh(x, y) != (r >> 63)) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    /** {@code Math.incrementExact(int)}. */
    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    /** {@code Math.incrementExact(long)}. */
    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1;
    }

    /** {@code Math.decrementExact(int)}. */
    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    /** {@code Math.decrementExact(long)}. */
    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1;
    }

    /** {@code Math.negateExact(int)}. */
    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    /** {@code Math.negateExact(long)}. */
    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    /** {@code Math.toIntExact(long)}. */
    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }
}
