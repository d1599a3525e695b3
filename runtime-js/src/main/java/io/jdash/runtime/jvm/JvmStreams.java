package io.jdash.runtime.jvm;

import java.util.HashSet;
import java.util.Set;
import java.util.Spliterator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * {@code distinct()} of every stream kind with the JDK's results. TeaVM's made its set of seen elements anew each
 * time the stream below it was pulled from, so after a {@code skip}, or through an iterator, a repeated element
 * came through again ({@code Stream.of("c", "b", "c").distinct().skip(1)} gave {@code [b, c]}, not {@code [b]}).
 * Here one set lives as long as the stream; the first of equal elements is kept, in encounter order. Also the
 * count of {@code limit} and {@code skip}, and the exact sizes of TeaVM's streams where the JDK's stream knows its size
 * (its {@code SIZED} flag): what {@code count()} returns without running the pipeline's operations (-1: unknown, so
 * {@code count()} runs every operation, as on the JVM).
 */
public final class JvmStreams {
    private JvmStreams() {}

    /** {@code Stream.distinct()}. */
    public static <T> Stream<T> distinct(Stream<T> stream) {
        Set<T> seen = new HashSet<>();
        return stream.filter(seen::add);
    }

    /** {@code IntStream.distinct()}. */
    public static IntStream distinct(IntStream stream) {
        Set<Integer> seen = new HashSet<>();
        return stream.filter(seen::add);
    }

    /** {@code LongStream.distinct()}. */
    public static LongStream distinct(LongStream stream) {
        Set<Long> seen = new HashSet<>();
        return stream.filter(seen::add);
    }

    /** {@code DoubleStream.distinct()}: as the JDK, by {@code Double.equals} (0.0 and -0.0 differ, NaN is one). */
    public static DoubleStream distinct(DoubleStream stream) {
        Set<Double> seen = new HashSet<>();
        return stream.filter(seen::add);
    }

    /**
     * The count of {@code limit(long)} or {@code skip(long)} as TeaVM's streams take it: the JDK's exception for a
     * negative one, the largest int for one beyond the int range.
     */
    public static int size(long count) {
        if (count < 0) {
            throw new IllegalArgumentException(Long.toString(count));
        }
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    /** {@code limit(n)} keeps a known size (the smaller of the two) and an unknown one. */
    public static int limited(int source, int limit) {
        return source < 0 ? -1 : Math.min(source, limit);
    }

    /** A range's size, or -1 beyond what an int counts. */
    public static int range(int start, int end) {
        return start >= end ? 0 : end - start < 0 ? -1 : end - start;
    }

    /** As {@link #range(int, int)}. */
    public static int range(long start, long end) {
        if (start >= end) {
            return 0;
        }
        long size = end - start;
        return size < 0 || size > Integer.MAX_VALUE ? -1 : (int) size;
    }

    /** A spliterator's size when it is {@code SIZED}, else -1. */
    public static int sized(Spliterator<?> spliterator) {
        long size = spliterator.getExactSizeIfKnown();
        return size < 0 || size > Integer.MAX_VALUE ? -1 : (int) size;
    }

    /**
     * A stream of {@code elements} that does not know its size, as the JDK's {@code String.lines()} and
     * {@code Pattern.splitAsStream}: its {@code count()} runs the pipeline's operations.
     */
    public static <T> Stream<T> unsized(java.util.List<T> elements) {
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(elements.iterator(), Spliterator.ORDERED), false);
    }
}
