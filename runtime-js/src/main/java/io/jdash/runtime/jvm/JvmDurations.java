package io.jdash.runtime.jvm;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * {@code Duration.parse} as the JDK's: {@code [-+]P[nD][T[nH][nM][n[.f]S]]}, letters in either case, each number
 * optionally signed, up to nine fraction digits after {@code .} or {@code ,}, and the JDK's messages. TeaVM's (the
 * ThreeTen backport's, through TeaVM's regex engine) refused seconds with a fraction ({@code PT0.5S}). Also
 * {@code toMillis()}.
 */
public final class JvmDurations {
    private static final String CANNOT = "Text cannot be parsed to a Duration";

    private JvmDurations() {}

    /** {@code Duration.parse(text)}. */
    public static Duration parse(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        String s = text.toString();
        Cursor c = new Cursor(s);
        boolean negate = c.sign() == '-';
        if (!c.letter('P')) {
            throw refused(s);
        }
        int[] day = c.number('D');
        int[] hour = null;
        int[] minute = null;
        int[] second = null;
        int[] fraction = null;
        int t = c.pos;
        if (c.letter('T')) {
            hour = c.number('H');
            minute = c.number('M');
            int mark = c.pos;
            int[] whole = c.digits();
            if (whole != null) {
                int[] frac = null;
                if (c.pos < s.length() && (s.charAt(c.pos) == '.' || s.charAt(c.pos) == ',')) {
                    int start = ++c.pos;
                    while (c.pos < s.length() && c.pos - start < 9 && isDigit(s.charAt(c.pos))) {
                        c.pos++;
                    }
                    frac = new int[] {start, c.pos};
                }
                if (c.letter('S')) {
                    second = whole;
                    fraction = frac;
                } else {
                    c.pos = mark;
                }
            }
            // the JDK refuses a bare 'T' by a case-sensitive test: "P1Dt" is one day
            if (hour == null && minute == null && second == null && s.charAt(t) == 'T') {
                throw refused(s);
            }
        }
        if (c.pos != s.length() || day == null && hour == null && minute == null && second == null) {
            throw refused(s);
        }
        long days = number(s, day, 86_400, "days");
        long hours = number(s, hour, 3_600, "hours");
        long minutes = number(s, minute, 60, "minutes");
        long seconds = number(s, second, 1, "seconds");
        boolean negativeSeconds = second != null && s.charAt(second[0]) == '-';
        int nanos = 0;
        if (fraction != null && fraction[1] > fraction[0]) {
            nanos = Integer.parseInt(s.substring(fraction[0], fraction[1]));
            for (int i = fraction[1] - fraction[0]; i < 9; i++) {
                nanos *= 10;
            }
            nanos = negativeSeconds ? -nanos : nanos;
        }
        try {
            long total = Math.addExact(days, Math.addExact(hours, Math.addExact(minutes, seconds)));
            Duration d = Duration.ofSeconds(total, nanos);
            return negate ? d.negated() : d;
        } catch (ArithmeticException e) {
            DateTimeParseException refused = new DateTimeParseException(CANNOT + ": overflow", s, 0);
            refused.initCause(e);
            throw refused;
        }
    }

    /**
     * {@code Duration.toMillis()}: whole milliseconds toward zero, as the JDK counts them (the ThreeTen backport's
     * floor gave -55874 for -55.8735 s).
     */
    public static long toMillis(Duration d) {
        long seconds = d.getSeconds();
        long nanos = d.getNano();
        if (seconds < 0) {
            seconds = seconds + 1;
            nanos = nanos - 1_000_000_000L;
        }
        return Math.addExact(Math.multiplyExact(seconds, 1000), nanos / 1_000_000);
    }

    private static long number(String s, int[] range, int multiplier, String name) {
        if (range == null) {
            return 0;
        }
        try {
            return Math.multiplyExact(Long.parseLong(s.substring(range[0], range[1])), multiplier);
        } catch (NumberFormatException | ArithmeticException e) {
            DateTimeParseException refused = new DateTimeParseException(CANNOT + ": " + name, s, 0);
            refused.initCause(e);
            throw refused;
        }
    }

    private static DateTimeParseException refused(String s) {
        return new DateTimeParseException(CANNOT, s, 0);
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static final class Cursor {
        private final String s;
        private int pos;

        Cursor(String s) {
            this.s = s;
        }

        char sign() {
            if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                return s.charAt(pos++);
            }
            return 0;
        }

        boolean letter(char upper) {
            // the JDK's pattern is CASE_INSENSITIVE without UNICODE_CASE: ASCII letters only
            if (pos < s.length() && (s.charAt(pos) == upper || s.charAt(pos) == (char) (upper | 0x20))) {
                pos++;
                return true;
            }
            return false;
        }

        /** An optionally signed run of digits: its range, or null (nothing read). */
        int[] digits() {
            int start = pos;
            if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                pos++;
            }
            int first = pos;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == first) {
                pos = start;
                return null;
            }
            return new int[] {start, pos};
        }

        /** A number followed by {@code unit}: its range, or null with nothing read. */
        int[] number(char unit) {
            int start = pos;
            int[] range = digits();
            if (range != null && letter(unit)) {
                return range;
            }
            pos = start;
            return null;
        }
    }
}
