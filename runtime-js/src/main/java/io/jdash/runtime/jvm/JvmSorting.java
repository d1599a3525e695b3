package io.jdash.runtime.jvm;

import java.util.Comparator;

/**
 * {@code Arrays.sort} of objects, behind {@code List.sort}, {@code Collections.sort} and {@code Stream.sorted}: for
 * fewer than 32 elements, the JDK's steps (the run at the start, a strictly descending one reversed, then binary
 * insertion), so a comparator is called with the same pairs in the same order, and the first pair that cannot be
 * compared ({@code "a"} and {@code 1}) throws the JVM's {@code ClassCastException}; longer arrays are merged, stably,
 * as the JDK's are (the same result, other calls). TeaVM's merge sort compared other pairs from the first step on.
 */
public final class JvmSorting {
    private static final int MIN_MERGE = 32;

    private JvmSorting() {}

    /** {@code Arrays.sort(a, c)}; a null {@code c} is the elements' natural order. */
    public static void sort(Object[] a, Comparator<Object> c) {
        Comparator<Object> order = c != null ? c : JvmSorting::natural;
        if (a.length < 2) {
            return;
        }
        if (a.length < MIN_MERGE) {
            insertionSort(a, 0, a.length, order);
        } else {
            mergeSort(a, new Object[a.length], 0, a.length, order);
        }
    }

    @SuppressWarnings("unchecked")
    private static int natural(Object x, Object y) {
        JvmChecks.comparable(x);
        return ((Comparable<Object>) x).compareTo(y);
    }

    private static void insertionSort(Object[] a, int lo, int hi, Comparator<Object> c) {
        for (int i = lo + ascendingRun(a, lo, hi, c); i < hi; i++) {
            Object pivot = a[i];
            int left = lo;
            int right = i;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (c.compare(pivot, a[mid]) < 0) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(a, left, a, left + 1, i - left);
            a[left] = pivot;
        }
    }

    /** The length of the run at {@code lo}: ascending, or strictly descending and then reversed. */
    private static int ascendingRun(Object[] a, int lo, int hi, Comparator<Object> c) {
        int end = lo + 1;
        if (end == hi) {
            return 1;
        }
        if (c.compare(a[end++], a[lo]) < 0) {
            while (end < hi && c.compare(a[end], a[end - 1]) < 0) {
                end++;
            }
            for (int i = lo, j = end - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        } else {
            while (end < hi && c.compare(a[end], a[end - 1]) >= 0) {
                end++;
            }
        }
        return end - lo;
    }

    private static void mergeSort(Object[] a, Object[] work, int lo, int hi, Comparator<Object> c) {
        if (hi - lo < MIN_MERGE) {
            insertionSort(a, lo, hi, c);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, work, lo, mid, c);
        mergeSort(a, work, mid, hi, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, lo, work, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            a[k] = j >= hi || i < mid && c.compare(work[i], work[j]) <= 0 ? work[i++] : work[j++];
        }
    }
}
