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

    /** {@code Arrays.parallelPrefix(int[], IntBinaryOperator)}, run in order as the JDK's does below 8,192 elements. */
    public static void parallelPrefix(int[] a, java.util.function.IntBinaryOperator op) {
        parallelPrefix(a, 0, a.length, op);
    }

    /** {@code Arrays.parallelPrefix(int[], int, int, IntBinaryOperator)}. */
    public static void parallelPrefix(int[] a, int from, int to, java.util.function.IntBinaryOperator op) {
        java.util.Objects.requireNonNull(op);
        rangeCheck(a.length, from, to);
        for (int i = from + 1; i < to; i++) {
            a[i] = op.applyAsInt(a[i - 1], a[i]);
        }
    }

    /** {@code Arrays.parallelPrefix(long[], LongBinaryOperator)}. */
    public static void parallelPrefix(long[] a, java.util.function.LongBinaryOperator op) {
        parallelPrefix(a, 0, a.length, op);
    }

    /** {@code Arrays.parallelPrefix(long[], int, int, LongBinaryOperator)}. */
    public static void parallelPrefix(long[] a, int from, int to, java.util.function.LongBinaryOperator op) {
        java.util.Objects.requireNonNull(op);
        rangeCheck(a.length, from, to);
        for (int i = from + 1; i < to; i++) {
            a[i] = op.applyAsLong(a[i - 1], a[i]);
        }
    }

    /** {@code Arrays.parallelPrefix(double[], DoubleBinaryOperator)}. */
    public static void parallelPrefix(double[] a, java.util.function.DoubleBinaryOperator op) {
        parallelPrefix(a, 0, a.length, op);
    }

    /** {@code Arrays.parallelPrefix(double[], int, int, DoubleBinaryOperator)}. */
    public static void parallelPrefix(double[] a, int from, int to, java.util.function.DoubleBinaryOperator op) {
        java.util.Objects.requireNonNull(op);
        rangeCheck(a.length, from, to);
        for (int i = from + 1; i < to; i++) {
            a[i] = op.applyAsDouble(a[i - 1], a[i]);
        }
    }

    /** {@code Arrays.parallelPrefix(T[], BinaryOperator)}. */
    public static <T> void parallelPrefix(T[] a, java.util.function.BinaryOperator<T> op) {
        parallelPrefix(a, 0, a.length, op);
    }

    /** {@code Arrays.parallelPrefix(T[], int, int, BinaryOperator)}. */
    public static <T> void parallelPrefix(T[] a, int from, int to, java.util.function.BinaryOperator<T> op) {
        java.util.Objects.requireNonNull(op);
        rangeCheck(a.length, from, to);
        for (int i = from + 1; i < to; i++) {
            a[i] = op.apply(a[i - 1], a[i]);
        }
    }

    /** Before {@code Arrays.fill}, {@code sort} or {@code binarySearch} of a range of a {@code boolean[]}. */
    public static void range(boolean[] a, int from, int to) {
        rangeCheck(a.length, from, to);
    }

    /** Before {@code Arrays.copyOfRange} of a {@code boolean[]}. */
    public static void copyRange(boolean[] a, int from, int to) {
        copyRange(a.length, from, to, "boolean");
    }

    /** Before {@code Arrays.fill}, {@code sort} or {@code binarySearch} of a range of a {@code byte[]}. */
    public static void range(byte[] a, int from, int to) {
        rangeCheck(a.length, from, to);
    }

    /** Before {@code Arrays.copyOfRange} of a {@code byte[]}. */
    public static void copyRange(byte[] a, int from, int to) {
        copyRange(a.length, from, to, "byte");
    }

    /** Before {@code Arrays.fill}, {@code sort} or {@code binarySearch} of a range of a {@code char[]}. */
    public static void range(char[] a, int from, int to) {
        rangeCheck(a.length, from, to);
    }

    /** Before {@code Arrays.copyOfRange} of a {@code char[]}. */
    public static void copyRange(char[] a, int from, int to) {
        copyRange(a.length, from, to, "char");
    }

    /** Before {@code Arrays.fill}, {@code sort} or {@code binarySearch} of a range of a {@code short[]}. */
    public static void range(short[] a, int from, int to) {
        rangeCheck(a.length, from, to);
    }

    /** Before {@code Arrays.copyOfRange} of a {@code short[]}. */
    public static void copyRange(short[] a, int from, int to) {
        copyRange(a.length, from, to, "short");
    }

    /** Before {@code Arrays.fill}, {@code sort} or {@code binarySearch} of a range of a {@code int[]}. */
    public static void range(int[] a, int from, int to) {
        rangeCheck(a.length, from, to);
    }

    /** Before {@code Arrays.copyOfRange} of a {@code int[]}. */
    public static void copyRange(int[] a, int from, int to) {
        copyRange(a.length, from, to, "int");
    }

    /** Before {@code Arrays.fill}, {@code sort} or {@code binarySearch} of a range of a {@code long[]}. */
    public static void range(long[] a, int from, int to) {
        rangeCheck(a.length, from, to);
    }

    /** Before {@code Arrays.copyOfRange} of a {@code long[]}. */
    public static void copyRange(long[] a, int from, int to) {
        copyRange(a.length, from, to, "long");
    }

    /** Before {@code Arrays.fill}, {@code sort} or {@code binarySearch} of a range of a {@code float[]}. */
    public static void range(float[] a, int from, int to) {
        rangeCheck(a.length, from, to);
    }

    /** Before {@code Arrays.copyOfRange} of a {@code float[]}. */
    public static void copyRange(float[] a, int from, int to) {
        copyRange(a.length, from, to, "float");
    }

    /** Before {@code Arrays.fill}, {@code sort} or {@code binarySearch} of a range of a {@code double[]}. */
    public static void range(double[] a, int from, int to) {
        rangeCheck(a.length, from, to);
    }

    /** Before {@code Arrays.copyOfRange} of a {@code double[]}. */
    public static void copyRange(double[] a, int from, int to) {
        copyRange(a.length, from, to, "double");
    }

    /** Before {@code Arrays.fill}, {@code sort} or {@code binarySearch} of a range of a {@code Object[]}. */
    public static void range(Object[] a, int from, int to) {
        rangeCheck(a.length, from, to);
    }

    /** Before {@code Arrays.copyOfRange} of a {@code Object[]}. */
    public static void copyRange(Object[] a, int from, int to) {
        copyRange(a.length, from, to, "object array");
    }

    /** Before {@code Arrays.stream} of a range of a {@code int[]}. */
    public static void streamRange(int[] a, int from, int to) {
        streamRange(a.length, from, to);
    }

    /** Before {@code Arrays.stream} of a range of a {@code long[]}. */
    public static void streamRange(long[] a, int from, int to) {
        streamRange(a.length, from, to);
    }

    /** Before {@code Arrays.stream} of a range of a {@code double[]}. */
    public static void streamRange(double[] a, int from, int to) {
        streamRange(a.length, from, to);
    }

    /** Before {@code Arrays.stream} of a range of a {@code Object[]}. */
    public static void streamRange(Object[] a, int from, int to) {
        streamRange(a.length, from, to);
    }

    /** Before {@code Arrays.copyOf}: Java 17 makes the new array first. */
    public static void newLength(int length) {
        if (length < 0) {
            throw new NegativeArraySizeException("" + length);
        }
    }

    // Java 17's copyOfRange: the order of the bounds, then the arraycopy it makes of min(length - from, to - from)
    private static void copyRange(int length, int from, int to, String type) {
        if (from > to) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        arraycopyRange(type, length, from, Integer.MAX_VALUE, 0, Math.min(length - from, to - from));
    }

    // the spliterator's checks, which Arrays.stream of a range makes
    private static void streamRange(int length, int origin, int fence) {
        if (origin > fence) {
            throw new ArrayIndexOutOfBoundsException("origin(" + origin + ") > fence(" + fence + ")");
        }
        if (origin < 0) {
            throw new ArrayIndexOutOfBoundsException(origin);
        }
        if (fence > length) {
            throw new ArrayIndexOutOfBoundsException(fence);
        }
    }

    /**
     * {@code System.arraycopy} in the application's code: the JVM's checks and messages, in its order (nulls, arrays,
     * element types, the bounds, then each element of two arrays of references of different types), and its copy
     * (TeaVM's refused a null element between such arrays).
     */
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        String source = arrayType(src);
        if (source == null) {
            throw new ArrayStoreException(
                    "arraycopy: source type " + src.getClass().getName() + " is not an array");
        }
        String destination = arrayType(dest);
        if (destination == null) {
            throw new ArrayStoreException(
                    "arraycopy: destination type " + dest.getClass().getName() + " is not an array");
        }
        if (!source.equals(destination)) {
            throw new ArrayStoreException(
                    "arraycopy: type mismatch: can not copy " + source + "[] into " + destination + "[]");
        }
        int sourceLength = java.lang.reflect.Array.getLength(src);
        int destinationLength = java.lang.reflect.Array.getLength(dest);
        arraycopyRange(source, sourceLength, srcPos, destinationLength, destPos, length);
        if (src instanceof Object[] from
                && dest instanceof Object[] to
                && from.getClass().getComponentType() != to.getClass().getComponentType()) {
            copyElements(from, srcPos, to, destPos, length);
        } else {
            System.arraycopy(src, srcPos, dest, destPos, length);
        }
    }

    /**
     * Between arrays of references whose element types differ (so two arrays): the JVM copies the elements up to the
     * first one the destination's element type does not admit (a null fits every type), then throws with HotSpot's
     * text.
     */
    private static void copyElements(Object[] from, int srcPos, Object[] to, int destPos, int length) {
        Class<?> bound = to.getClass().getComponentType();
        Class<?> stype = from.getClass().getComponentType();
        boolean fits = bound.isAssignableFrom(stype);
        for (int k = 0; k < length; k++) {
            Object element = from[srcPos + k];
            if (fits || element == null || bound.isInstance(element)) {
                to[destPos + k] = element;
            } else {
                throw new ArrayStoreException(
                        stype.isAssignableFrom(bound)
                                ? "arraycopy: element type mismatch: can not cast one of the elements of "
                                        + stype.getName() + "[] to the type of the destination array, "
                                        + bound.getName()
                                : "arraycopy: type mismatch: can not copy " + stype.getName() + "[] into "
                                        + bound.getName() + "[]");
            }
        }
    }

    private static void arraycopyRange(
            String type, int sourceLength, int srcPos, int destinationLength, int destPos, int length) {
        if (srcPos < 0) {
            throw new ArrayIndexOutOfBoundsException(
                    "arraycopy: source index " + srcPos + " out of bounds for " + type + "[" + sourceLength + "]");
        }
        if (destPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: destination index " + destPos + " out of bounds for "
                    + type + "[" + destinationLength + "]");
        }
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        if ((long) srcPos + length > sourceLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + ((long) srcPos + length)
                    + " out of bounds for " + type + "[" + sourceLength + "]");
        }
        if ((long) destPos + length > destinationLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + ((long) destPos + length)
                    + " out of bounds for " + type + "[" + destinationLength + "]");
        }
    }

    // the JVM's name of an array's element type in arraycopy's messages, or null for what is not an array
    private static String arrayType(Object array) {
        if (array instanceof Object[]) {
            return "object array";
        }
        if (array instanceof int[]) {
            return "int";
        }
        if (array instanceof long[]) {
            return "long";
        }
        if (array instanceof double[]) {
            return "double";
        }
        if (array instanceof char[]) {
            return "char";
        }
        if (array instanceof byte[]) {
            return "byte";
        }
        if (array instanceof float[]) {
            return "float";
        }
        if (array instanceof short[]) {
            return "short";
        }
        return array instanceof boolean[] ? "boolean" : null;
    }
}
