package org.teavm.classlib.java.util.stream.impl;

import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * {@code findFirst()} and {@code reduce(BinaryOperator)} (so {@code min}, {@code max} and {@code findAny}) of
 * TeaVM's object streams with the JDK's rule for a null element: a stream whose first element, or whose reduction,
 * is null throws {@code NullPointerException} ({@code Optional.of}). TeaVM's took a null for "nothing yet": {@code
 * findFirst} went on to the next element and the reductions answered {@code Optional.empty()}. The compiler makes
 * TeaVM's {@code SimpleStreamImpl} methods call these.
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
}
