package io.jdash.runtime.jvm;

import org.teavm.jso.JSBody;

/**
 * JVM-exact arithmetic that TeaVM's classlib gets wrong; the compiler redirects the JDK calls and operators here.
 * Each method documents the JVM rule it restores.
 */
public final class JvmMath {
    private JvmMath() {
    }

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

    /** {@code Random.nextInt(int)}: the algorithm the JDK's Javadoc specifies, on top of {@code next(31)}. */
    public static int nextInt(java.util.Random random, int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = random.nextInt() >>> 1;
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = random.nextInt() >>> 1) {
            // reject the values that would bias the result
        }
        return r;
    }
}
