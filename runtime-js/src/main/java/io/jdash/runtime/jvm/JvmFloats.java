package io.jdash.runtime.jvm;

import org.teavm.jso.JSBody;

/**
 * Java's {@code float} in the browser, where TeaVM keeps floats as JavaScript numbers (doubles) and neither rounds
 * the results of float arithmetic nor the casts to float. The compiler ({@code FloatingPointTransformer}) calls these
 * after each float {@code + - * /} and in the place of each cast to float, so every float holds what the JVM's
 * does: a double result of two floats rounded once to float is the correctly rounded float result. Casts from
 * floating point to {@code int}/{@code long} saturate as in Java ({@code toInt}, {@code toLong}).
 */
public final class JvmFloats {
    private static final double TWO_POW_53 = 0x1p53;

    private JvmFloats() {}

    /**
     * {@code -0.0}, made at run time: the compiler puts this call in the place of each {@code -0.0} constant,
     * because TeaVM's class cache writes a zero without its sign.
     */
    @JSBody(script = "return -0;")
    public static native double negativeZero();

    /** {@code -0.0f}, as {@link #negativeZero()}. */
    @JSBody(script = "return -0;")
    public static native float negativeZeroFloat();

    /** The float nearest {@code value}, ties to even. */
    public static float round(float value) {
        return fround(value);
    }

    /** {@code (float) value} for a double. */
    public static float fromDouble(double value) {
        return fround(value);
    }

    /** {@code (float) value} for an int, exact as a double and so rounded once. */
    public static float fromInt(int value) {
        return fround(value);
    }

    // called from the methods above, not from transformed code: TeaVM links a @JSBody where its callers are read
    @JSBody(params = "value", script = "return Math.fround(value);")
    private static native float fround(double value);

    /**
     * {@code (float) value} for a long, rounded once as the JVM does: a long beyond 2^53 is first cut to 53 bits with
     * the bits it loses kept as a sticky low bit (round to odd), so rounding that double to float cannot round twice.
     */
    public static float fromLong(long value) {
        if (value > -TWO_POW_53 && value < TWO_POW_53) {
            return fromDouble(value);
        }
        if (value == Long.MIN_VALUE) {
            return fromDouble(-0x1p63);
        }
        long magnitude = Math.abs(value);
        int shift = 11 - Long.numberOfLeadingZeros(magnitude);
        long kept = magnitude >>> shift | ((magnitude & ((1L << shift) - 1)) != 0 ? 1 : 0);
        double scaled = Math.scalb((double) kept, shift);
        return fromDouble(value < 0 ? -scaled : scaled);
    }

    /** {@code (int) value}: NaN is 0, values beyond the int range are its ends, others drop their fraction. */
    public static int toInt(double value) {
        if (value != value) {
            return 0;
        }
        if (value >= 0x1p31 - 1) {
            return Integer.MAX_VALUE;
        }
        return value <= -0x1p31 ? Integer.MIN_VALUE : (int) value;
    }

    /** {@code (int) value} for a float. */
    public static int toInt(float value) {
        return toInt((double) value);
    }

    /** {@code Double.intValue()} (and so {@code shortValue}, {@code byteValue}): the saturating cast. */
    public static int intValue(Double box) {
        return toInt(box.doubleValue());
    }

    /** {@code Float.intValue()}. */
    public static int intValue(Float box) {
        return toInt(box.doubleValue());
    }

    /** {@code Double.longValue()}: the saturating cast (TeaVM's failed on infinities and wrapped beyond the range). */
    public static long longValue(Double box) {
        return toLong(box.doubleValue());
    }

    /** {@code Float.longValue()}. */
    public static long longValue(Float box) {
        return toLong(box.doubleValue());
    }

    /** {@code (long) value}: NaN is 0, values beyond the long range are its ends, others drop their fraction. */
    public static long toLong(double value) {
        if (value != value) {
            return 0;
        }
        if (value >= 0x1p63) {
            return Long.MAX_VALUE;
        }
        return value <= -0x1p63 ? Long.MIN_VALUE : (long) value;
    }

    /** {@code (long) value} for a float. */
    public static long toLong(float value) {
        return toLong((double) value);
    }
}
