package org.teavm.classlib.java.util.stream.impl;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.teavm.classlib.java.util.stream.TDoubleStream;
import org.teavm.classlib.java.util.stream.TIntStream;
import org.teavm.classlib.java.util.stream.TLongStream;
import org.teavm.classlib.java.util.stream.TStream;
import org.teavm.classlib.java.util.stream.doubleimpl.TFlatMappingDoubleStreamImpl;
import org.teavm.classlib.java.util.stream.doubleimpl.TSimpleDoubleStreamImpl;
import org.teavm.classlib.java.util.stream.intimpl.TFlatMappingIntStreamImpl;
import org.teavm.classlib.java.util.stream.intimpl.TSimpleIntStreamImpl;
import org.teavm.classlib.java.util.stream.longimpl.TFlatMappingLongStreamImpl;
import org.teavm.classlib.java.util.stream.longimpl.TSimpleLongStreamImpl;

/**
 * {@code findFirst()} and {@code reduce(BinaryOperator)} (so {@code min}, {@code max} and {@code findAny}) of
 * TeaVM's object streams with the JDK's rule for a null element: a stream whose first element, or whose reduction,
 * is null throws {@code NullPointerException} ({@code Optional.of}). TeaVM's took a null for "nothing yet": {@code
 * findFirst} went on to the next element and the reductions answered {@code Optional.empty()}. The compiler makes
 * TeaVM's {@code SimpleStreamImpl} methods call these.
 *
 * <p>Also the rules TeaVM's pipelines miss elsewhere: {@code flatMap} (and its primitive forms) of a mapper that
 * answers null goes on with an empty stream, and {@code IntStream/LongStream.rangeClosed} reaches the type's
 * largest value.
 */
public final class TStreamTerminals {
    private TStreamTerminals() {}

    /** {@code Stream.findFirst()}: the first element, empty for an empty stream, a null one refused. */
    public static <T> Optional<T> findFirst(TSimpleStreamImpl<T> stream) {
        First<T> first = new First<>();
        while (!first.found && stream.next(first)) {
            // next() may return before it has offered an element (a flat map's empty part)
        }
        return first.found ? Optional.of(first.value) : Optional.empty();
    }

    /** {@code Stream.reduce(BinaryOperator)}: empty for an empty stream, a null result refused. */
    public static <T> Optional<T> reduce(TSimpleStreamImpl<T> stream, BinaryOperator<T> accumulator) {
        Reduction<T> reduction = new Reduction<>(accumulator);
        while (stream.next(reduction)) {
            // go on
        }
        return reduction.seen ? Optional.of(reduction.value) : Optional.empty();
    }

    private static final class First<T> implements Predicate<T> {
        T value;
        boolean found;

        @Override
        public boolean test(T t) {
            value = t;
            found = true;
            return false;
        }
    }

    private static final class Reduction<T> implements Predicate<T> {
        private final BinaryOperator<T> accumulator;
        T value;
        boolean seen;

        Reduction(BinaryOperator<T> accumulator) {
            this.accumulator = accumulator;
        }

        @Override
        public boolean test(T t) {
            value = seen ? accumulator.apply(value, t) : t;
            seen = true;
            return true;
        }
    }

    /** {@code Stream.flatMap}: a null mapped stream is an empty one (TeaVM's ended the whole stream there). */
    public static <T, R> TStream<R> flatMap(
            TSimpleStreamImpl<T> stream, Function<? super T, ? extends TStream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return new TFlatMappingStreamImpl<R, T>(stream, e -> {
            TStream<? extends R> mapped = mapper.apply(e);
            return mapped != null ? mapped : TStream.empty();
        });
    }

    /** {@code Stream.flatMapToInt}, a null mapped stream empty. */
    public static <T> TIntStream flatMapToInt(
            TSimpleStreamImpl<T> stream, Function<? super T, ? extends TIntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new TFlatMappingToIntStreamImpl<T>(stream, e -> {
            TIntStream mapped = mapper.apply(e);
            return mapped != null ? mapped : TIntStream.empty();
        });
    }

    /** {@code Stream.flatMapToLong}, a null mapped stream empty. */
    public static <T> TLongStream flatMapToLong(
            TSimpleStreamImpl<T> stream, Function<? super T, ? extends TLongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new TFlatMappingToLongStreamImpl<T>(stream, e -> {
            TLongStream mapped = mapper.apply(e);
            return mapped != null ? mapped : TLongStream.empty();
        });
    }

    /** {@code Stream.flatMapToDouble}, a null mapped stream empty. */
    public static <T> TDoubleStream flatMapToDouble(
            TSimpleStreamImpl<T> stream, Function<? super T, ? extends TDoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new TFlatMappingToDoubleStreamImpl<T>(stream, e -> {
            TDoubleStream mapped = mapper.apply(e);
            return mapped != null ? mapped : TDoubleStream.empty();
        });
    }

    /** {@code IntStream.flatMap}, a null mapped stream empty. */
    public static TIntStream flatMap(TSimpleIntStreamImpl stream, IntFunction<? extends TIntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new TFlatMappingIntStreamImpl(stream, e -> {
            TIntStream mapped = mapper.apply(e);
            return mapped != null ? mapped : TIntStream.empty();
        });
    }

    /** {@code LongStream.flatMap}, a null mapped stream empty. */
    public static TLongStream flatMap(TSimpleLongStreamImpl stream, LongFunction<? extends TLongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new TFlatMappingLongStreamImpl(stream, e -> {
            TLongStream mapped = mapper.apply(e);
            return mapped != null ? mapped : TLongStream.empty();
        });
    }

    /** {@code DoubleStream.flatMap}, a null mapped stream empty. */
    public static TDoubleStream flatMap(
            TSimpleDoubleStreamImpl stream, DoubleFunction<? extends TDoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new TFlatMappingDoubleStreamImpl(stream, e -> {
            TDoubleStream mapped = mapper.apply(e);
            return mapped != null ? mapped : TDoubleStream.empty();
        });
    }

    /** {@code IntStream.rangeClosed}: up to {@code Integer.MAX_VALUE} too (TeaVM's end + 1 overflowed to empty). */
    public static TIntStream rangeClosed(int start, int end) {
        if (start > end) {
            return TIntStream.empty();
        }
        return end == Integer.MAX_VALUE
                ? TIntStream.concat(TIntStream.range(start, end), TIntStream.of(end))
                : TIntStream.range(start, end + 1);
    }

    /** {@code LongStream.rangeClosed}: up to {@code Long.MAX_VALUE} too. */
    public static TLongStream rangeClosed(long start, long end) {
        if (start > end) {
            return TLongStream.empty();
        }
        return end == Long.MAX_VALUE
                ? TLongStream.concat(TLongStream.range(start, end), TLongStream.of(end))
                : TLongStream.range(start, end + 1);
    }
}
