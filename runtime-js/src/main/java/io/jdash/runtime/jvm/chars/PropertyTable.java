package io.jdash.runtime.jvm.chars;

/** One decoded table of {@link CharacterTables}: the first code point of each run, and each run's value. */
final class PropertyTable {
    private final int outside;
    private final int[] starts;
    private final int[] values;

    private PropertyTable(int outside, int[] starts, int[] values) {
        this.outside = outside;
        this.starts = starts;
        this.values = values;
    }

    static PropertyTable booleans(String text) {
        return decode(text, false);
    }

    static PropertyTable numbers(String text) {
        return decode(text, true);
    }

    private static PropertyTable decode(String text, boolean numbers) {
        int[] pos = {0};
        int outside = next(text, pos);
        if (numbers) {
            outside = unzigzag(outside);
        }
        int[] starts = new int[64];
        int[] values = numbers ? new int[64] : null;
        int n = 0;
        int start = 0;
        while (pos[0] < text.length()) {
            start += next(text, pos);
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
                if (numbers) {
                    values = java.util.Arrays.copyOf(values, n * 2);
                }
            }
            starts[n] = start;
            if (numbers) {
                values[n] = unzigzag(next(text, pos));
            }
            n++;
        }
        return new PropertyTable(
                outside, java.util.Arrays.copyOf(starts, n), numbers ? java.util.Arrays.copyOf(values, n) : null);
    }

    private static int next(String text, int[] pos) {
        int v = 0;
        int shift = 0;
        while (true) {
            int group = text.charAt(pos[0]++) - '0';
            v |= (group & 31) << shift;
            if (group < 32) {
                return v;
            }
            shift += 5;
        }
    }

    private static int unzigzag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** The index of the run holding {@code cp}, -1 before the first. */
    private int run(int cp) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= cp) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    boolean test(int cp) {
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            return outside != 0;
        }
        // runs alternate from false: the run with an even index is the first true one
        return run(cp) % 2 == 0;
    }

    int value(int cp) {
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            return outside;
        }
        return values[run(cp)];
    }
}
