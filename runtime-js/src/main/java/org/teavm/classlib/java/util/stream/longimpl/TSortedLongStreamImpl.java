package org.teavm.classlib.java.util.stream.longimpl;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * {@code LongStream.sorted()} as the JDK's: nothing runs until the first element is asked for (TeaVM's read and
 * sorted its source when {@code sorted()} was called, so a sized {@code count()} ran the pipeline), then the whole
 * source is read and sorted.
 */
public class TSortedLongStreamImpl extends TSimpleLongStreamImpl {
    private final TSimpleLongStreamImpl sourceStream;
    private long[] sorted;
    private int index;

    /** A stream of {@code sourceStream}'s elements in ascending order. */
    public TSortedLongStreamImpl(TSimpleLongStreamImpl sourceStream) {
        this.sourceStream = sourceStream;
    }

    @Override
    public boolean next(LongPredicate consumer) {
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
