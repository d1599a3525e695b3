package io.jdash.runtime.jvm;

/**
 * A non-negative decimal number as digits and a decimal exponent: value = 0.{@code digits} x 10^{@code exponent}.
 * {@code digits} has no leading zeros (it is "0" for zero). Rounding is HALF_UP, as java.util.Formatter rounds.
 */
final class Decimal {
    final String digits;
    final int exponent;

    Decimal(String digits, int exponent) {
        this.digits = digits;
        this.exponent = exponent;
    }

    boolean isZero() {
        return digits.equals("0");
    }

    /** Keeps {@code count} leading digits (count may be 0 or negative), rounding HALF_UP. */
    Decimal roundToDigits(int count) {
        if (isZero() || count >= digits.length()) {
            return this;
        }
        if (count < 0) {
            return new Decimal("0", 0);
        }
        boolean up = digits.charAt(count) >= '5';
        String kept = digits.substring(0, count);
        if (!up) {
            return kept.isEmpty() ? new Decimal("0", 0) : new Decimal(strip(kept), exponent);
        }
        char[] chars = kept.toCharArray();
        int i = chars.length - 1;
        while (i >= 0 && chars[i] == '9') {
            chars[i] = '0';
            i--;
        }
        if (i >= 0) {
            chars[i]++;
            return new Decimal(strip(new String(chars)), exponent);
        }
        return new Decimal("1", exponent + 1);
    }

    /** Rounds to {@code fraction} digits after the decimal point. */
    Decimal roundToFraction(int fraction) {
        return roundToDigits(exponent + fraction);
    }

    /** The plain text with exactly {@code fraction} digits after the point (none, and no point, for 0). */
    String plain(int fraction) {
        StringBuilder sb = new StringBuilder();
        if (isZero() || exponent <= 0) {
            sb.append('0');
        } else {
            for (int i = 0; i < exponent; i++) {
                sb.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        }
        if (fraction > 0) {
            sb.append('.');
            for (int i = 0; i < fraction; i++) {
                int index = exponent + i;
                sb.append(!isZero() && index >= 0 && index < digits.length() ? digits.charAt(index) : '0');
            }
        }
        return sb.toString();
    }

    /** {@code s} without trailing zeros (at least one digit stays). */
    static String strip(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}
