package org.teavm.classlib.java.util.stream.doubleimpl;

import java.util.Arrays;
import java.util.function.DoublePredicate;

/**
 * {@code DoubleStream.sorted()} as the JDK's: nothing runs until the first element is asked for (TeaVM's read and
 * sorted its source when {@code sorted()} was called, so a sized {@code count()} ran the pipeline), then the whole
 * source is read and sorted.
 */
public class TSortedDoubleStreamImpl extends TSimpleDoubleStreamImpl {
    private final TSimpleDoubleStreamImpl sourceStream;
    private double[] sorted;
    private int index;

    /** A stream of {@code sourceStream}'s elements in ascending order. */
    public TSortedDoubleStreamImpl(TSimpleDoubleStreamImpl sourceStream) {
        this.sourceStream = sourceStream;
    }

    @Override
    public boolean next(DoublePredicate consumer) {
        if (sorted == null) {
            sorted = sourceStream.toArray();
            Arrays.sort(sorted);
        }
        while (index < sorted.length) {
            if (!consumer.test(sorted[index++])) {
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
