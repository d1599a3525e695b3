package io.jdash.runtime.jvm;

import java.util.Comparator;

/**
 * {@code Arrays.sort} of objects, behind {@code List.sort}, {@code Collections.sort} and {@code Stream.sorted}, as
 * the JDK's sorts: a TimSort (binary insertion below 32 elements), so a comparator is called with the same pairs in
 * the same order, the first pair that cannot be compared ({@code "a"} and {@code 1}) throws the JVM's
 * {@code ClassCastException}, and a comparator that breaks its contract is refused where the JDK's refuses it
 * ({@code Comparison method violates its general contract!}). TeaVM's merge sort compared other pairs from the
 * first step on.
 */
public final class JvmSorting {
    private static final int MIN_MERGE = 32;
    private static final String CONTRACT = "Comparison method violates its general contract!";

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
            new Merges(a, order).sort(0, a.length);
        }
    }

    @SuppressWarnings("unchecked")
    private static int natural(Object x, Object y) {
        JvmChecks.comparable(x);
        return ((Comparable<Object>) x).compareTo(y);
    }

    private static void insertionSort(Object[] a, int lo, int hi, Comparator<Object> c) {
        insertionSort(a, lo, hi, ascendingRun(a, lo, hi, c), c);
    }

    /** Binary insertion of {@code a[lo + sorted, hi)} into the sorted {@code a[lo, lo + sorted)}. */
    private static void insertionSort(Object[] a, int lo, int hi, int sorted, Comparator<Object> c) {
        for (int i = lo + sorted; i < hi; i++) {
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

    /**
     * The merge phase of a TimSort (Tim Peters' list sort, which the JDK's {@code Arrays.sort} of objects is): runs
     * found and extended to a minimum length by binary insertion, kept on a stack whose lengths shrink
     * geometrically, merged pairwise with galloping once one side keeps winning.
     */
    private static final class Merges {
        private static final int MIN_GALLOP = 7;

        private final Object[] a;
        private final Comparator<Object> c;
        private int minGallop = MIN_GALLOP;
        private final int[] runBase = new int[49];
        private final int[] runLen = new int[49];
        private int stackSize;

        Merges(Object[] a, Comparator<Object> c) {
            this.a = a;
            this.c = c;
        }

        void sort(int lo, int hi) {
            int remaining = hi - lo;
            int minRun = minRunLength(remaining);
            do {
                int run = ascendingRun(a, lo, hi, c);
                if (run < minRun) {
                    int force = Math.min(remaining, minRun);
                    insertionSort(a, lo, lo + force, run, c);
                    run = force;
                }
                runBase[stackSize] = lo;
                runLen[stackSize] = run;
                stackSize++;
                collapse();
                lo += run;
                remaining -= run;
            } while (remaining != 0);
            while (stackSize > 1) {
                int n = stackSize - 2;
                if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                    n--;
                }
                mergeAt(n);
            }
        }

        private static int minRunLength(int n) {
            int low = 0;
            while (n >= MIN_MERGE) {
                low |= n & 1;
                n >>= 1;
            }
            return n + low;
        }

        private void collapse() {
            while (stackSize > 1) {
                int n = stackSize - 2;
                if (n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1]
                        || n > 1 && runLen[n - 2] <= runLen[n] + runLen[n - 1]) {
                    if (runLen[n - 1] < runLen[n + 1]) {
                        n--;
                    }
                } else if (runLen[n] > runLen[n + 1]) {
                    return;
                }
                mergeAt(n);
            }
        }

        private void mergeAt(int i) {
            int base1 = runBase[i];
            int len1 = runLen[i];
            int base2 = runBase[i + 1];
            int len2 = runLen[i + 1];
            runLen[i] = len1 + len2;
            if (i == stackSize - 3) {
                runBase[i + 1] = runBase[i + 2];
                runLen[i + 1] = runLen[i + 2];
            }
            stackSize--;
            int k = gallopRight(a[base2], a, base1, len1, 0);
            base1 += k;
            len1 -= k;
            if (len1 == 0) {
                return;
            }
            len2 = gallopLeft(a[base1 + len1 - 1], a, base2, len2, len2 - 1);
            if (len2 == 0) {
                return;
            }
            if (len1 <= len2) {
                mergeLow(base1, len1, base2, len2);
            } else {
                mergeHigh(base1, len1, base2, len2);
            }
        }

        /** Where {@code key} goes in the sorted {@code run[base, base + len)}: before the first equal element. */
        private int gallopLeft(Object key, Object[] run, int base, int len, int hint) {
            return gallop(key, run, base, len, hint, false);
        }

        /** Where {@code key} goes in the sorted {@code run[base, base + len)}: after the last equal element. */
        private int gallopRight(Object key, Object[] run, int base, int len, int hint) {
            return gallop(key, run, base, len, hint, true);
        }

        /**
         * The JDK's galloping search from {@code hint}, then a binary search between the last two probes: the same
         * comparisons in the same order, with {@code key} placed after equal elements when {@code afterEqual}.
         */
        private int gallop(Object key, Object[] run, int base, int len, int hint, boolean afterEqual) {
            int lastOfs = 0;
            int ofs = 1;
            if (beyond(key, run[base + hint], afterEqual)) {
                int maxOfs = len - hint;
                while (ofs < maxOfs && beyond(key, run[base + hint + ofs], afterEqual)) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxOfs;
                    }
                }
                ofs = Math.min(ofs, maxOfs);
                lastOfs += hint;
                ofs += hint;
            } else {
                int maxOfs = hint + 1;
                while (ofs < maxOfs && !beyond(key, run[base + hint - ofs], afterEqual)) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxOfs;
                    }
                }
                ofs = Math.min(ofs, maxOfs);
                int t = lastOfs;
                lastOfs = hint - ofs;
                ofs = hint - t;
            }
            lastOfs++;
            while (lastOfs < ofs) {
                int m = lastOfs + ((ofs - lastOfs) >>> 1);
                if (beyond(key, run[base + m], afterEqual)) {
                    lastOfs = m + 1;
                } else {
                    ofs = m;
                }
            }
            return ofs;
        }

        /** Whether {@code key} goes after {@code element}: it is greater (or, {@code afterEqual}, not less). */
        private boolean beyond(Object key, Object element, boolean afterEqual) {
            int cmp = c.compare(key, element);
            return afterEqual ? cmp >= 0 : cmp > 0;
        }

        /** Merges two adjacent runs, the first no longer than the second, from the low end. */
        private void mergeLow(int base1, int len1, int base2, int len2) {
            Object[] tmp = new Object[len1];
            System.arraycopy(a, base1, tmp, 0, len1);
            int cursor1 = 0;
            int cursor2 = base2;
            int dest = base1;
            a[dest++] = a[cursor2++];
            if (--len2 == 0) {
                System.arraycopy(tmp, cursor1, a, dest, len1);
                return;
            }
            if (len1 == 1) {
                System.arraycopy(a, cursor2, a, dest, len2);
                a[dest + len2] = tmp[cursor1];
                return;
            }
            int gallop = minGallop;
            outer:
            while (true) {
                int count1 = 0;
                int count2 = 0;
                do {
                    if (c.compare(a[cursor2], tmp[cursor1]) < 0) {
                        a[dest++] = a[cursor2++];
                        count2++;
                        count1 = 0;
                        if (--len2 == 0) {
                            break outer;
                        }
                    } else {
                        a[dest++] = tmp[cursor1++];
                        count1++;
                        count2 = 0;
                        if (--len1 == 1) {
                            break outer;
                        }
                    }
                } while ((count1 | count2) < gallop);
                do {
                    count1 = gallopRight(a[cursor2], tmp, cursor1, len1, 0);
                    if (count1 != 0) {
                        System.arraycopy(tmp, cursor1, a, dest, count1);
                        dest += count1;
                        cursor1 += count1;
                        len1 -= count1;
                        if (len1 <= 1) {
                            break outer;
                        }
                    }
                    a[dest++] = a[cursor2++];
                    if (--len2 == 0) {
                        break outer;
                    }
                    count2 = gallopLeft(tmp[cursor1], a, cursor2, len2, 0);
                    if (count2 != 0) {
                        System.arraycopy(a, cursor2, a, dest, count2);
                        dest += count2;
                        cursor2 += count2;
                        len2 -= count2;
                        if (len2 == 0) {
                            break outer;
                        }
                    }
                    a[dest++] = tmp[cursor1++];
                    if (--len1 == 1) {
                        break outer;
                    }
                    gallop--;
                } while (count1 >= MIN_GALLOP | count2 >= MIN_GALLOP);
                gallop = Math.max(gallop, 0) + 2;
            }
            minGallop = Math.max(gallop, 1);
            if (len1 == 1) {
                System.arraycopy(a, cursor2, a, dest, len2);
                a[dest + len2] = tmp[cursor1];
            } else if (len1 == 0) {
                throw new IllegalArgumentException(CONTRACT);
            } else {
                System.arraycopy(tmp, cursor1, a, dest, len1);
            }
        }

        /** Merges two adjacent runs, the first longer than the second, from the high end. */
        private void mergeHigh(int base1, int len1, int base2, int len2) {
            Object[] tmp = new Object[len2];
            System.arraycopy(a, base2, tmp, 0, len2);
            int cursor1 = base1 + len1 - 1;
            int cursor2 = len2 - 1;
            int dest = base2 + len2 - 1;
            a[dest--] = a[cursor1--];
            if (--len1 == 0) {
                System.arraycopy(tmp, 0, a, dest - (len2 - 1), len2);
                return;
            }
            if (len2 == 1) {
                dest -= len1;
                cursor1 -= len1;
                System.arraycopy(a, cursor1 + 1, a, dest + 1, len1);
                a[dest] = tmp[cursor2];
                return;
            }
            int gallop = minGallop;
            outer:
            while (true) {
                int count1 = 0;
                int count2 = 0;
                do {
                    if (c.compare(tmp[cursor2], a[cursor1]) < 0) {
                        a[dest--] = a[cursor1--];
                        count1++;
                        count2 = 0;
                        if (--len1 == 0) {
                            break outer;
                        }
                    } else {
                        a[dest--] = tmp[cursor2--];
                        count2++;
                        count1 = 0;
                        if (--len2 == 1) {
                            break outer;
                        }
                    }
                } while ((count1 | count2) < gallop);
                do {
                    count1 = len1 - gallopRight(tmp[cursor2], a, base1, len1, len1 - 1);
                    if (count1 != 0) {
                        dest -= count1;
                        cursor1 -= count1;
                        len1 -= count1;
                        System.arraycopy(a, cursor1 + 1, a, dest + 1, count1);
                        if (len1 == 0) {
                            break outer;
                        }
                    }
                    a[dest--] = tmp[cursor2--];
                    if (--len2 == 1) {
                        break outer;
                    }
                    count2 = len2 - gallopLeft(a[cursor1], tmp, 0, len2, len2 - 1);
                    if (count2 != 0) {
                        dest -= count2;
                        cursor2 -= count2;
                        len2 -= count2;
                        System.arraycopy(tmp, cursor2 + 1, a, dest + 1, count2);
                        if (len2 <= 1) {
                            break outer;
                        }
                    }
                    a[dest--] = a[cursor1--];
                    if (--len1 == 0) {
                        break outer;
                    }
                    gallop--;
                } while (count1 >= MIN_GALLOP | count2 >= MIN_GALLOP);
                gallop = Math.max(gallop, 0) + 2;
            }
            minGallop = Math.max(gallop, 1);
            if (len2 == 1) {
                dest -= len1;
                cursor1 -= len1;
                System.arraycopy(a, cursor1 + 1, a, dest + 1, len1);
                a[dest] = tmp[cursor2];
            } else if (len2 == 0) {
                throw new IllegalArgumentException(CONTRACT);
            } else {
                System.arraycopy(tmp, 0, a, dest - (len2 - 1), len2);
            }
        }
    }
}
