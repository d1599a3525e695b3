package io.jdash.runtime.jvm;

/**
 * The checks the JVM makes implicitly, inserted by the compiler before each dereference, array access and cast in
 * the application's own code (not in the JDK classes, which are written not to need them). They throw what the JVM
 * throws, with the JVM's messages where the JVM specifies them.
 */
public final class JvmChecks {
    private JvmChecks() {}

    /** Before a field access, a method call or an array access on {@code value}. */
    public static void nonNull(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
    }

    /** Before {@code array[index]}: the JVM's message is "Index 5 out of bounds for length 3". */
    public static void index(int index, int length) {
        if (index < 0 || index >= length) {
            throw new ArrayIndexOutOfBoundsException(outOfBounds(index, length));
        }
    }

    // composed in JS so that a bound check does not pull Java's int formatting into every bundle
    @org.teavm.jso.JSBody(
            params = {"i", "n"},
            script = "return 'Index ' + i + ' out of bounds for length ' + n;")
    private static native String outOfBounds(int index, int length);

    /** Before {@code new T[size]}: the JVM's message is the size. */
    public static void arraySize(int size) {
        if (size < 0) {
            throw new NegativeArraySizeException(jsString(size));
        }
    }

    @org.teavm.jso.JSBody(params = "n", script = "return String(n);")
    private static native String jsString(int n);

    /** After an {@code instanceof} test of a cast's operand: a failed cast of a non-null value throws. */
    public static void cast(boolean isInstance, Object value) {
        if (!isInstance && value != null) {
            throw new ClassCastException();
        }
    }

    /** {@code (int) d}: NaN gives 0, values beyond the range saturate (JS would wrap them). */
    public static int d2i(double d) {
        if (d != d) {
            return 0;
        }
        if (d >= 2147483647.0) {
            return Integer.MAX_VALUE;
        }
        if (d <= -2147483648.0) {
            return Integer.MIN_VALUE;
        }
        return (int) d;
    }

    /** {@code (long) d}: NaN gives 0, values beyond the range saturate. */
    public static long d2l(double d) {
        if (d != d) {
            return 0;
        }
        if (d >= 9.223372036854775807E18) {
            return Long.MAX_VALUE;
        }
        if (d <= -9.223372036854775808E18) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** Rounds to the nearest {@code float}, as every float operation and conversion on the JVM does. */
    public static float fround(double d) {
        return (float) jsFround(d);
    }

    @org.teavm.jso.JSBody(params = "d", script = "return Math.fround(d);")
    private static native double jsFround(double d);
}
