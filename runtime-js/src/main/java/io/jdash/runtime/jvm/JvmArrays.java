package io.jdash.runtime.jvm;

import java.util.Comparator;
import java.util.Objects;

/**
 * The {@code java.util.Arrays} methods of Java 9 that TeaVM 0.16's class library lacks: lexicographic
 * {@code compare} and {@code compareUnsigned} of whole arrays and of ranges, and {@code compare}/{@code equals}/
 * {@code mismatch} with a {@code Comparator}, with the JDK's results: a null array before a non-null one, elements
 * compared as their wrapper's {@code compare} does (so {@code -0.0} before {@code 0.0}, every NaN equal and last),
 * then the shorter first by the difference of the lengths, and {@code rangeCheck}'s exceptions.
 */
public final class JvmArrays {
    private static final int UNDECIDED = 2;

    private JvmArrays() {}

    /** The comparison of element {@code i} of two ranges: 0 when they are equal. */
    @FunctionalInterface
    private interface Cell {
        int compare(int i);
    }

    /** 0 for the same array, -1 when only {@code a} is null, 1 when only {@code b} is, else {@link #UNDECIDED}. */
    private static int arrayOrder(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        return a == null ? -1 : b == null ? 1 : UNDECIDED;
    }

    private static int lexicographic(int aLength, int bLength, Cell cell) {
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) {
            int order = cell.compare(i);
            if (order != 0) {
                return order;
            }
        }
        return aLength - bLength;
    }

    /** The index of the first element {@code cell} finds unequal, the shorter length if one range is longer, or -1. */
    private static int firstMismatch(int aLength, int bLength, Cell cell) {
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) {
            if (cell.compare(i) != 0) {
                return i;
            }
        }
        return aLength != bLength ? length : -1;
    }

    private static void ranges(int aLength, int aFrom, int aTo, int bLength, int bFrom, int bTo) {
        rangeCheck(aLength, aFrom, aTo);
        rangeCheck(bLength, bFrom, bTo);
    }

    private static void rangeCheck(int length, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
        }
        if (from < 0) {
            throw new ArrayIndexOutOfBoundsException(from);
        }
        if (to > length) {
            throw new ArrayIndexOutOfBoundsException(to);
        }
    }

    /** {@code Arrays.compare(boolean[], boolean[])}. */
    public static int compare(boolean[] a, boolean[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> Boolean.compare(a[i], b[i]));
    }

    /** {@code Arrays.compare} of two ranges of {@code boolean[]}s. */
    public static int compare(boolean[] a, int aFrom, int aTo, boolean[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> Boolean.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.compare(byte[], byte[])}. */
    public static int compare(byte[] a, byte[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> Byte.compare(a[i], b[i]));
    }

    /** {@code Arrays.compare} of two ranges of {@code byte[]}s. */
    public static int compare(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> Byte.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.compare(char[], char[])}. */
    public static int compare(char[] a, char[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> Character.compare(a[i], b[i]));
    }

    /** {@code Arrays.compare} of two ranges of {@code char[]}s. */
    public static int compare(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> Character.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.compare(short[], short[])}. */
    public static int compare(short[] a, short[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> Short.compare(a[i], b[i]));
    }

    /** {@code Arrays.compare} of two ranges of {@code short[]}s. */
    public static int compare(short[] a, int aFrom, int aTo, short[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> Short.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.compare(int[], int[])}. */
    public static int compare(int[] a, int[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> Integer.compare(a[i], b[i]));
    }

    /** {@code Arrays.compare} of two ranges of {@code int[]}s. */
    public static int compare(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> Integer.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.compare(long[], long[])}. */
    public static int compare(long[] a, long[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> Long.compare(a[i], b[i]));
    }

    /** {@code Arrays.compare} of two ranges of {@code long[]}s. */
    public static int compare(long[] a, int aFrom, int aTo, long[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> Long.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.compare(float[], float[])}. */
    public static int compare(float[] a, float[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> Float.compare(a[i], b[i]));
    }

    /** {@code Arrays.compare} of two ranges of {@code float[]}s. */
    public static int compare(float[] a, int aFrom, int aTo, float[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> Float.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.compare(double[], double[])}. */
    public static int compare(double[] a, double[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> Double.compare(a[i], b[i]));
    }

    /** {@code Arrays.compare} of two ranges of {@code double[]}s. */
    public static int compare(double[] a, int aFrom, int aTo, double[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> Double.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.compareUnsigned(byte[], byte[])}. */
    public static int compareUnsigned(byte[] a, byte[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> (a[i] & 0xff) - (b[i] & 0xff));
    }

    /** {@code Arrays.compareUnsigned} of two ranges of {@code byte[]}s. */
    public static int compareUnsigned(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> (a[aFrom + i] & 0xff) - (b[bFrom + i] & 0xff));
    }

    /** {@code Arrays.compareUnsigned(short[], short[])}. */
    public static int compareUnsigned(short[] a, short[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> (a[i] & 0xffff) - (b[i] & 0xffff));
    }

    /** {@code Arrays.compareUnsigned} of two ranges of {@code short[]}s. */
    public static int compareUnsigned(short[] a, int aFrom, int aTo, short[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> (a[aFrom + i] & 0xffff) - (b[bFrom + i] & 0xffff));
    }

    /** {@code Arrays.compareUnsigned(int[], int[])}. */
    public static int compareUnsigned(int[] a, int[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> Integer.compareUnsigned(a[i], b[i]));
    }

    /** {@code Arrays.compareUnsigned} of two ranges of {@code int[]}s. */
    public static int compareUnsigned(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> Integer.compareUnsigned(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.compareUnsigned(long[], long[])}. */
    public static int compareUnsigned(long[] a, long[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> Long.compareUnsigned(a[i], b[i]));
    }

    /** {@code Arrays.compareUnsigned} of two ranges of {@code long[]}s. */
    public static int compareUnsigned(long[] a, int aFrom, int aTo, long[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> Long.compareUnsigned(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.mismatch(boolean[], boolean[])}: -1 for the same array; null arrays throw. */
    public static int mismatch(boolean[] a, boolean[] b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return a == b ? -1 : firstMismatch(a.length, b.length, i -> Boolean.compare(a[i], b[i]));
    }

    /** {@code Arrays.mismatch} of two ranges of {@code boolean[]}s. */
    public static int mismatch(boolean[] a, int aFrom, int aTo, boolean[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return firstMismatch(aTo - aFrom, bTo - bFrom, i -> Boolean.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.equals} of two ranges of {@code boolean[]}s. */
    public static boolean equals(boolean[] a, int aFrom, int aTo, boolean[] b, int bFrom, int bTo) {
        return mismatch(a, aFrom, aTo, b, bFrom, bTo) < 0 && aTo - aFrom == bTo - bFrom;
    }

    /** {@code Arrays.mismatch(byte[], byte[])}: -1 for the same array; null arrays throw. */
    public static int mismatch(byte[] a, byte[] b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return a == b ? -1 : firstMismatch(a.length, b.length, i -> Byte.compare(a[i], b[i]));
    }

    /** {@code Arrays.mismatch} of two ranges of {@code byte[]}s. */
    public static int mismatch(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return firstMismatch(aTo - aFrom, bTo - bFrom, i -> Byte.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.equals} of two ranges of {@code byte[]}s. */
    public static boolean equals(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        return mismatch(a, aFrom, aTo, b, bFrom, bTo) < 0 && aTo - aFrom == bTo - bFrom;
    }

    /** {@code Arrays.mismatch(char[], char[])}: -1 for the same array; null arrays throw. */
    public static int mismatch(char[] a, char[] b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return a == b ? -1 : firstMismatch(a.length, b.length, i -> Character.compare(a[i], b[i]));
    }

    /** {@code Arrays.mismatch} of two ranges of {@code char[]}s. */
    public static int mismatch(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return firstMismatch(aTo - aFrom, bTo - bFrom, i -> Character.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.equals} of two ranges of {@code char[]}s. */
    public static boolean equals(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
        return mismatch(a, aFrom, aTo, b, bFrom, bTo) < 0 && aTo - aFrom == bTo - bFrom;
    }

    /** {@code Arrays.mismatch(short[], short[])}: -1 for the same array; null arrays throw. */
    public static int mismatch(short[] a, short[] b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return a == b ? -1 : firstMismatch(a.length, b.length, i -> Short.compare(a[i], b[i]));
    }

    /** {@code Arrays.mismatch} of two ranges of {@code short[]}s. */
    public static int mismatch(short[] a, int aFrom, int aTo, short[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return firstMismatch(aTo - aFrom, bTo - bFrom, i -> Short.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.equals} of two ranges of {@code short[]}s. */
    public static boolean equals(short[] a, int aFrom, int aTo, short[] b, int bFrom, int bTo) {
        return mismatch(a, aFrom, aTo, b, bFrom, bTo) < 0 && aTo - aFrom == bTo - bFrom;
    }

    /** {@code Arrays.mismatch(int[], int[])}: -1 for the same array; null arrays throw. */
    public static int mismatch(int[] a, int[] b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return a == b ? -1 : firstMismatch(a.length, b.length, i -> Integer.compare(a[i], b[i]));
    }

    /** {@code Arrays.mismatch} of two ranges of {@code int[]}s. */
    public static int mismatch(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return firstMismatch(aTo - aFrom, bTo - bFrom, i -> Integer.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.equals} of two ranges of {@code int[]}s. */
    public static boolean equals(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        return mismatch(a, aFrom, aTo, b, bFrom, bTo) < 0 && aTo - aFrom == bTo - bFrom;
    }

    /** {@code Arrays.mismatch(long[], long[])}: -1 for the same array; null arrays throw. */
    public static int mismatch(long[] a, long[] b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return a == b ? -1 : firstMismatch(a.length, b.length, i -> Long.compare(a[i], b[i]));
    }

    /** {@code Arrays.mismatch} of two ranges of {@code long[]}s. */
    public static int mismatch(long[] a, int aFrom, int aTo, long[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return firstMismatch(aTo - aFrom, bTo - bFrom, i -> Long.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.equals} of two ranges of {@code long[]}s. */
    public static boolean equals(long[] a, int aFrom, int aTo, long[] b, int bFrom, int bTo) {
        return mismatch(a, aFrom, aTo, b, bFrom, bTo) < 0 && aTo - aFrom == bTo - bFrom;
    }

    /** {@code Arrays.mismatch(float[], float[])}: -1 for the same array; null arrays throw. */
    public static int mismatch(float[] a, float[] b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return a == b ? -1 : firstMismatch(a.length, b.length, i -> Float.compare(a[i], b[i]));
    }

    /** {@code Arrays.mismatch} of two ranges of {@code float[]}s. */
    public static int mismatch(float[] a, int aFrom, int aTo, float[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return firstMismatch(aTo - aFrom, bTo - bFrom, i -> Float.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.equals} of two ranges of {@code float[]}s. */
    public static boolean equals(float[] a, int aFrom, int aTo, float[] b, int bFrom, int bTo) {
        return mismatch(a, aFrom, aTo, b, bFrom, bTo) < 0 && aTo - aFrom == bTo - bFrom;
    }

    /** {@code Arrays.mismatch(double[], double[])}: -1 for the same array; null arrays throw. */
    public static int mismatch(double[] a, double[] b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return a == b ? -1 : firstMismatch(a.length, b.length, i -> Double.compare(a[i], b[i]));
    }

    /** {@code Arrays.mismatch} of two ranges of {@code double[]}s. */
    public static int mismatch(double[] a, int aFrom, int aTo, double[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return firstMismatch(aTo - aFrom, bTo - bFrom, i -> Double.compare(a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.equals} of two ranges of {@code double[]}s. */
    public static boolean equals(double[] a, int aFrom, int aTo, double[] b, int bFrom, int bTo) {
        return mismatch(a, aFrom, aTo, b, bFrom, bTo) < 0 && aTo - aFrom == bTo - bFrom;
    }

    /** {@code Arrays.mismatch(Object[], Object[])}: -1 for the same array; null arrays throw. */
    public static int mismatch(Object[] a, Object[] b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return a == b ? -1 : firstMismatch(a.length, b.length, i -> Objects.equals(a[i], b[i]) ? 0 : 1);
    }

    /** {@code Arrays.mismatch} of two ranges of {@code Object[]}s. */
    public static int mismatch(Object[] a, int aFrom, int aTo, Object[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return firstMismatch(aTo - aFrom, bTo - bFrom, i -> Objects.equals(a[aFrom + i], b[bFrom + i]) ? 0 : 1);
    }

    /** {@code Arrays.equals} of two ranges of {@code Object[]}s. */
    public static boolean equals(Object[] a, int aFrom, int aTo, Object[] b, int bFrom, int bTo) {
        return mismatch(a, aFrom, aTo, b, bFrom, bTo) < 0 && aTo - aFrom == bTo - bFrom;
    }

    /** {@code Arrays.compare(T[], T[])} of {@code Comparable}s: a null element before a non-null one. */
    public static int compare(Comparable<Object>[] a, Comparable<Object>[] b) {
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> natural(a[i], b[i]));
    }

    /** {@code Arrays.compare} of two ranges of {@code Comparable}s. */
    public static int compare(Comparable<Object>[] a, int aFrom, int aTo, Comparable<Object>[] b, int bFrom, int bTo) {
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> natural(a[aFrom + i], b[bFrom + i]));
    }

    private static int natural(Comparable<Object> a, Comparable<Object> b) {
        if (a == b) {
            return 0;
        }
        return a == null ? -1 : b == null ? 1 : a.compareTo(b);
    }

    /** {@code Arrays.compare(T[], T[], Comparator)}: nulls are the comparator's to order. */
    public static int compare(Object[] a, Object[] b, Comparator<Object> cmp) {
        Objects.requireNonNull(cmp);
        int order = arrayOrder(a, b);
        return order != UNDECIDED ? order : lexicographic(a.length, b.length, i -> by(cmp, a[i], b[i]));
    }

    /** {@code Arrays.compare} of two ranges with a {@code Comparator}. */
    public static int compare(Object[] a, int aFrom, int aTo, Object[] b, int bFrom, int bTo, Comparator<Object> cmp) {
        Objects.requireNonNull(cmp);
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return lexicographic(aTo - aFrom, bTo - bFrom, i -> by(cmp, a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.mismatch(T[], T[], Comparator)}. */
    public static int mismatch(Object[] a, Object[] b, Comparator<Object> cmp) {
        Objects.requireNonNull(cmp);
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return a == b ? -1 : firstMismatch(a.length, b.length, i -> by(cmp, a[i], b[i]));
    }

    /** {@code Arrays.mismatch} of two ranges with a {@code Comparator}. */
    public static int mismatch(Object[] a, int aFrom, int aTo, Object[] b, int bFrom, int bTo, Comparator<Object> cmp) {
        Objects.requireNonNull(cmp);
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return firstMismatch(aTo - aFrom, bTo - bFrom, i -> by(cmp, a[aFrom + i], b[bFrom + i]));
    }

    /** {@code Arrays.equals(T[], T[], Comparator)}: the comparator sees every pair, identical ones too. */
    public static boolean equals(Object[] a, Object[] b, Comparator<Object> cmp) {
        Objects.requireNonNull(cmp);
        if (a == b) {
            return true;
        }
        return a != null
                && b != null
                && a.length == b.length
                && firstMismatch(a.length, a.length, i -> cmp.compare(a[i], b[i])) < 0;
    }

    /** {@code Arrays.equals} of two ranges with a {@code Comparator}. */
    public static boolean equals(
            Object[] a, int aFrom, int aTo, Object[] b, int bFrom, int bTo, Comparator<Object> cmp) {
        Objects.requireNonNull(cmp);
        ranges(a.length, aFrom, aTo, b.length, bFrom, bTo);
        return aTo - aFrom == bTo - bFrom
                && firstMismatch(aTo - aFrom, aTo - aFrom, i -> cmp.compare(a[aFrom + i], b[bFrom + i])) < 0;
    }

    private static int by(Comparator<Object> cmp, Object a, Object b) {
        return a == b ? 0 : cmp.compare(a, b);
    }
}
