package io.jdash.runtime.jvm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * {@code LocalDate.parse(CharSequence)} (ISO_LOCAL_DATE, strict) without java.time's formatter machinery, which
 * costs about 70 KB gzip in a bundle: the same accepted texts, the same dates and the same exception class.
 */
public final class JvmTime {
    private JvmTime() {
    }

    /** Parses {@code yyyy-MM-dd} (years beyond 4 digits with a sign), as {@code LocalDate.parse} does. */
    public static LocalDate parseIsoDate(CharSequence text) {
        String s = text(text);
        int[] end = new int[1];
        LocalDate date = date(s, 0, end);
        finish(s, end[0]);
        return date;
    }

    /** Parses {@code HH:mm[:ss[.fraction]]}, as {@code LocalTime.parse} does. */
    public static LocalTime parseIsoTime(CharSequence text) {
        String s = text(text);
        int[] end = new int[1];
        LocalTime time = time(s, 0, end);
        finish(s, end[0]);
        return time;
    }

    /** Parses {@code <date>T<time>} ('t' too: ISO_LOCAL_DATE_TIME ignores case), as LocalDateTime.parse does. */
    public static LocalDateTime parseIsoDateTime(CharSequence text) {
        String s = text(text);
        int[] end = new int[1];
        LocalDate date = date(s, 0, end);
        int i = end[0];
        if (i >= s.length() || (s.charAt(i) != 'T' && s.charAt(i) != 't')) {
            throw unparsable(s, i);
        }
        LocalTime time = time(s, i + 1, end);
        finish(s, end[0]);
        return LocalDateTime.of(date, time);
    }

    private static String text(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        return text.toString();
    }

    private static void finish(String s, int i) {
        if (i != s.length()) {
            throw new DateTimeParseException("Text '" + s + "' could not be parsed, unparsed text found at index "
                    + i, s, i);
        }
    }

    private static LocalTime time(String s, int i, int[] end) {
        int hour = twoDigits(s, i);
        i = expect(s, i + 2, ':');
        int minute = twoDigits(s, i);
        i += 2;
        int second = 0;
        int nano = 0;
        if (i < s.length() && s.charAt(i) == ':') {
            second = twoDigits(s, i + 1);
            i += 3;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int digits = 0;
                while (i < s.length() && digits < 9 && isDigit(s.charAt(i))) {
                    nano = nano * 10 + (s.charAt(i++) - '0');
                    digits++;
                }
                for (int k = digits; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        end[0] = i;
        try {
            return LocalTime.of(hour, minute, second, nano);
        } catch (DateTimeException e) {
            throw new DateTimeParseException("Text '" + s + "' could not be parsed: " + e.getMessage(), s, 0, e);
        }
    }

    private static LocalDate date(String s, int from, int[] end) {
        int n = s.length();
        int i = from;
        boolean signed = n > from && (s.charAt(from) == '+' || s.charAt(from) == '-');
        boolean negative = signed && s.charAt(from) == '-';
        if (signed) {
            i++;
        }
        int start = i;
        long year = 0;
        while (i < n && i - start < 10 && isDigit(s.charAt(i))) {
            year = year * 10 + (s.charAt(i++) - '0');
        }
        int digits = i - start;
        if (digits < 4 || digits > 4 && !signed || signed && !negative && digits == 4) {
            throw unparsable(s, from);
        }
        i = expect(s, i, '-');
        int month = twoDigits(s, i);
        i = expect(s, i + 2, '-');
        int day = twoDigits(s, i);
        end[0] = i + 2;
        try {
            if (year > Integer.MAX_VALUE) {
                throw new DateTimeException("Invalid value for Year: " + (negative ? -year : year));
            }
            return LocalDate.of((int) (negative ? -year : year), month, day);
        } catch (DateTimeException e) {
            throw new DateTimeParseException("Text '" + s + "' could not be parsed: " + e.getMessage(), s, 0, e);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int expect(String s, int i, char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw unparsable(s, i);
        }
        return i + 1;
    }

    private static int twoDigits(String s, int i) {
        if (i + 1 >= s.length() || !isDigit(s.charAt(i)) || !isDigit(s.charAt(i + 1))) {
            throw unparsable(s, i);
        }
        return (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
    }

    private static DateTimeParseException unparsable(String s, int index) {
        return new DateTimeParseException("Text '" + s + "' could not be parsed at index " + index, s, index);
    }
}
