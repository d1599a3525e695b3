package io.jdash.runtime.jvm;

import java.util.Random;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * {@code java.util.Random}'s bounded numbers, streams and bytes as Java 17 draws them. TeaVM's class library inherits
 * them from {@code RandomGenerator} default methods with other algorithms: a power-of-two range from the high bits
 * instead of the low ones, a long bound by masking and rejecting instead of by remainder, {@code nextBytes} repeating
 * one byte, and exceptions without the JDK's messages. Each method is the JDK's algorithm on top of
 * {@code nextInt()}, {@code nextLong()}, {@code nextFloat()} and {@code nextDouble()}, which TeaVM draws as the JDK
 * does. The compiler redirects {@code Random}'s methods here.
 */
public final class JvmRandom {
    private static final String BAD_SIZE = "size must be non-negative";
    private static final String BAD_BOUND = "bound must be positive";
    private static final String BAD_FLOATING_BOUND = "bound must be finite and positive";
    private static final String BAD_RANGE = "bound must be greater than origin";

    private JvmRandom() {}

    /** {@code nextInt(bound)}: Random's own algorithm, on top of {@code next(31)}. */
    public static int nextInt(Random random, int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException(BAD_BOUND);
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

    /** {@code nextInt(origin, bound)}. */
    public static int nextInt(Random random, int origin, int bound) {
        checkRange(origin, bound);
        return bounded(random, origin, bound);
    }

    /** {@code nextLong(bound)}. */
    public static long nextLong(Random random, long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException(BAD_BOUND);
        }
        long m = bound - 1;
        long r = random.nextLong();
        if ((bound & m) == 0L) {
            return r & m;
        }
        for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = random.nextLong() >>> 1) {
            // reject the values that would bias the result
        }
        return r;
    }

    /** {@code nextLong(origin, bound)}. */
    public static long nextLong(Random random, long origin, long bound) {
        checkRange(origin, bound);
        return bounded(random, origin, bound);
    }

    /** {@code nextDouble(bound)}. */
    public static double nextDouble(Random random, double bound) {
        checkBound(bound);
        double r = random.nextDouble() * bound;
        return r < bound ? r : Math.nextDown(bound);
    }

    /** {@code nextDouble(origin, bound)}. */
    public static double nextDouble(Random random, double origin, double bound) {
        checkRange(origin, bound);
        return bounded(random, origin, bound);
    }

    /** {@code nextFloat(bound)}. */
    public static float nextFloat(Random random, float bound) {
        if (!(0.0f < bound && bound < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_FLOATING_BOUND);
        }
        float r = random.nextFloat() * bound;
        return r < bound ? r : Math.nextDown(bound);
    }

    /** {@code nextFloat(origin, bound)}. */
    public static float nextFloat(Random random, float origin, float bound) {
        if (!(origin < bound && bound - origin < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
        float r = random.nextFloat() * (bound - origin) + origin;
        return r < bound ? r : Math.nextDown(bound);
    }

    /** {@code nextBytes}: each {@code nextInt()} gives up to four bytes, the lowest first. */
    public static void nextBytes(Random random, byte[] bytes) {
        for (int i = 0, length = bytes.length; i < length; ) {
            for (int r = random.nextInt(), n = Math.min(length - i, 4); n-- > 0; r >>= 8) {
                bytes[i++] = (byte) r;
            }
        }
    }

    /** {@code ints(streamSize)}. */
    public static IntStream ints(Random random, long streamSize) {
        checkSize(streamSize);
        return LongStream.range(0, streamSize).mapToInt(i -> random.nextInt());
    }

    /** {@code ints(origin, bound)}. */
    public static IntStream ints(Random random, int origin, int bound) {
        checkRange(origin, bound);
        return IntStream.generate(() -> bounded(random, origin, bound));
    }

    /** {@code ints(streamSize, origin, bound)}. */
    public static IntStream ints(Random random, long streamSize, int origin, int bound) {
        checkSize(streamSize);
        checkRange(origin, bound);
        return LongStream.range(0, streamSize).mapToInt(i -> bounded(random, origin, bound));
    }

    /** {@code longs(streamSize)}. */
    public static LongStream longs(Random random, long streamSize) {
        checkSize(streamSize);
        return LongStream.range(0, streamSize).map(i -> random.nextLong());
    }

    /** {@code longs(origin, bound)}. */
    public static LongStream longs(Random random, long origin, long bound) {
        checkRange(origin, bound);
        return LongStream.generate(() -> bounded(random, origin, bound));
    }

    /** {@code longs(streamSize, origin, bound)}. */
    public static LongStream longs(Random random, long streamSize, long origin, long bound) {
        checkSize(streamSize);
        checkRange(origin, bound);
        return LongStream.range(0, streamSize).map(i -> bounded(random, origin, bound));
    }

    /** {@code doubles(streamSize)}. */
    public static DoubleStream doubles(Random random, long streamSize) {
        checkSize(streamSize);
        return LongStream.range(0, streamSize).mapToDouble(i -> random.nextDouble());
    }

    /** {@code doubles(origin, bound)}. */
    public static DoubleStream doubles(Random random, double origin, double bound) {
        checkRange(origin, bound);
        return DoubleStream.generate(() -> bounded(random, origin, bound));
    }

    /** {@code doubles(streamSize, origin, bound)}. */
    public static DoubleStream doubles(Random random, long streamSize, double origin, double bound) {
        checkSize(streamSize);
        checkRange(origin, bound);
        return LongStream.range(0, streamSize).mapToDouble(i -> bounded(random, origin, bound));
    }

    private static int bounded(Random random, int origin, int bound) {
        int r = random.nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = random.nextInt() >>> 1) {
                // reject the values that would bias the result
            }
            return r + origin;
        }
        while (r < origin || r >= bound) {
            r = random.nextInt();
        }
        return r;
    }

    private static long bounded(Random random, long origin, long bound) {
        long r = random.nextLong();
        long n = bound - origin;
        long m = n - 1;
        if ((n & m) == 0L) {
            return (r & m) + origin;
        }
        if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = random.nextLong() >>> 1) {
                // reject the values that would bias the result
            }
            return r + origin;
        }
        while (r < origin || r >= bound) {
            r = random.nextLong();
        }
        return r;
    }

    private static double bounded(Random random, double origin, double bound) {
        double r = random.nextDouble() * (bound - origin) + origin;
        return r < bound ? r : Math.nextDown(bound);
    }

    private static void checkSize(long streamSize) {
        if (streamSize < 0L) {
            throw new IllegalArgumentException(BAD_SIZE);
        }
    }

    private static void checkBound(double bound) {
        if (!(0.0 < bound && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_FLOATING_BOUND);
        }
    }

    private static void checkRange(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
    }

    private static void checkRange(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
    }

    // Java 17 refuses a range wider than the largest double; later JDKs draw from it in halves
    private static void checkRange(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
    }
}
