package org.teavm.classlib.java.util.stream.impl;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Predicate;

/**
 * {@code sorted()} as the JDK's: nothing runs until the first element is asked for (TeaVM's sorted its source when
 * the stream was made, so an exception came from {@code sorted()} itself and a sized {@code count()} ran the
 * pipeline), then the whole source is read and sorted, stably, by the comparator or the natural order.
 */
public class TSortedStreamImpl<T> extends TSimpleStreamImpl<T> {
    private final TSimpleStreamImpl<T> sourceStream;
    private final Comparator<? super T> comparator;
    private Object[] sorted;
    private int index;

    /** A stream of {@code sourceStream}'s elements in {@code comparator}'s order (null: the natural order). */
    public TSortedStreamImpl(TSimpleStreamImpl<T> sourceStream, Comparator<? super T> comparator) {
        this.sourceStream = sourceStream;
        this.comparator = comparator;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean next(Predicate<? super T> consumer) {
        if (sorted == null) {
            sorted = sourceStream.toArray(Object[]::new);
            Arrays.sort((T[]) sorted, comparator);
        }
        while (index < sorted.length) {
            if (!consumer.test((T) sorted[index++])) {
                break;
            }
        }
        return index < sorted.length;
    }

    @Override
    protected int estimateSize() {
        return sourceStream.estimateSize();
    }

    @Override
    public void close() {
        sourceStream.close();
    }
}
