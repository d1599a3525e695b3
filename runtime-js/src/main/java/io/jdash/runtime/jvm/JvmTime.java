package io.jdash.runtime.jvm;

import java.time.DateTimeException;
import java.time.LocalDate;
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
        if (text == null) {
            throw new NullPointerException("text");
        }
        String s = text.toString();
        int n = s.length();
        int i = 0;
        boolean signed = n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-');
        boolean negative = signed && s.charAt(0) == '-';
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
            throw unparsable(s, 0);
        }
        i = expect(s, i, '-');
        int month = twoDigits(s, i);
        i = expect(s, i + 2, '-');
        int day = twoDigits(s, i);
        i += 2;
        if (i != n) {
            throw new DateTimeParseException("Text '" + s + "' could not be parsed, unparsed text found at index "
                    + i, s, i);
        }
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
