package io.jdash.runtime.jvm.text;

/**
 * The exact decimal value of a finite double, compared with a shorter decimal that reads back as it. A double is
 * m x 2^e; its decimal expansion is finite (m x 5^-e / 10^-e for negative e), so the comparison is exact. Only the
 * rounding of a tie ("...5" as the last shortest digit) needs it, so its cost (a few hundred digit operations,
 * more for huge or tiny values) is rarely paid.
 */
final class ExactDigits {
    private ExactDigits() {}

    /**
     * Compares the exact value of {@code value} (finite, positive) with {@code 0.digits x 10^decimalAt}
     * ({@code digits} without leading zeros): negative when the exact value is smaller.
     */
    static int compare(double value, String digits, int decimalAt) {
        int[] at = new int[1];
        String exact = exact(value, at);
        if (at[0] != decimalAt) {
            return at[0] < decimalAt ? -1 : 1;
        }
        int n = Math.max(exact.length(), digits.length());
        for (int i = 0; i < n; i++) {
            int a = i < exact.length() ? exact.charAt(i) : '0';
            int b = i < digits.length() ? digits.charAt(i) : '0';
            if (a != b) {
                return a < b ? -1 : 1;
            }
        }
        return 0;
    }

    /**
     * The exact digits of {@code value} (finite, positive), without leading zeros: value =
     * 0.digits x 10^{@code decimalAt[0]}.
     */
    static String exact(double value, int[] decimalAt) {
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0) {
            biased = 1;
        } else {
            mantissa |= 1L << 52;
        }
        int exponent = biased - 1075;
        // the exact digits, most significant first
        byte[] d = digitsOf(mantissa);
        int len = d.length;
        int scale = 0; // exact value = d x 10^-scale
        if (exponent >= 0) {
            for (int i = 0; i < exponent; i++) {
                d = times(d, len, 2);
                len = d.length;
            }
        } else {
            for (int i = 0; i < -exponent; i++) {
                d = times(d, len, 5);
                len = d.length;
            }
            scale = -exponent;
        }
        int lead = 0;
        while (lead < len - 1 && d[lead] == 0) {
            lead++;
        }
        decimalAt[0] = len - lead - scale;
        StringBuilder sb = new StringBuilder(len - lead);
        for (int i = lead; i < len; i++) {
            sb.append((char) ('0' + d[i]));
        }
        return sb.toString();
    }

    private static byte[] digitsOf(long value) {
        String s = Long.toString(value);
        byte[] d = new byte[s.length()];
        for (int i = 0; i < d.length; i++) {
            d[i] = (byte) (s.charAt(i) - '0');
        }
        return d;
    }

    /** {@code d[0..len)} times a small factor, one digit longer when it carries out. */
    private static byte[] times(byte[] d, int len, int factor) {
        int carry = 0;
        for (int i = len - 1; i >= 0; i--) {
            int v = d[i] * factor + carry;
            d[i] = (byte) (v % 10);
            carry = v / 10;
        }
        if (carry == 0) {
            return d;
        }
        byte[] longer = new byte[len + 1];
        longer[0] = (byte) carry;
        System.arraycopy(d, 0, longer, 1, len);
        return longer;
    }
}
