package io.jdash.runtime.jvm;

/**
 * {@code BitSet}'s refusals with the JDK's texts ({@code bitIndex < 0: -1}, {@code fromIndex: 5 > toIndex: 2},
 * {@code nbits < 0: -3}); TeaVM's threw the same classes without a message. The compiler runs these at the start of
 * TeaVM's methods.
 */
public final class JvmBitSets {
    private JvmBitSets() {}

    /** {@code new BitSet(nbits)}. */
    public static void size(int nbits) {
        if (nbits < 0) {
            throw new NegativeArraySizeException("nbits < 0: " + nbits);
        }
    }

    /** {@code get}, {@code set}, {@code clear} and {@code flip} of one bit. */
    public static void bitIndex(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        }
    }

    /** {@code get}, {@code set}, {@code clear} and {@code flip} of a range. */
    public static void range(int fromIndex, int toIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        if (toIndex < 0) {
            throw new IndexOutOfBoundsException("toIndex < 0: " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("fromIndex: " + fromIndex + " > toIndex: " + toIndex);
        }
    }

    /** {@code nextSetBit} and {@code nextClearBit}. */
    public static void next(int fromIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
    }

    /** {@code previousSetBit} and {@code previousClearBit}, which answer -1 from -1. */
    public static void previous(int fromIndex) {
        if (fromIndex < -1) {
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
    }
}
