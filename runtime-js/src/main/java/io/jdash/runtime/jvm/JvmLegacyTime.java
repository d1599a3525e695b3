package io.jdash.runtime.jvm;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

/**
 * The bridges Java 8 added between the old date classes and {@code java.time}, which TeaVM's class library lacks
 * ({@code JDASH-E020} before): {@code Date.from}/{@code toInstant}, {@code Calendar.toInstant},
 * {@code Calendar.getWeekYear} and {@code TimeZone.getTimeZone(ZoneId)}/{@code toZoneId}, with Java 17's rules. The
 * compiler adds them to TeaVM's classes.
 */
public final class JvmLegacyTime {
    private JvmLegacyTime() {}

    /** {@code Date.from(Instant)}: an instant beyond a long of milliseconds is refused with the overflow as cause. */
    public static Date dateFrom(Instant instant) {
        try {
            return new Date(instant.toEpochMilli());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** {@code Date.toInstant()}. */
    public static Instant toInstant(Date date) {
        return Instant.ofEpochMilli(date.getTime());
    }

    /** {@code Calendar.toInstant()}. */
    public static Instant toInstant(Calendar calendar) {
        return Instant.ofEpochMilli(calendar.getTimeInMillis());
    }

    /**
     * {@code Calendar.getWeekYear()} of a Gregorian calendar: the year, less one in a January whose week belongs to
     * the year before, plus one in a December whose week belongs to the next (years before 1585, around the
     * Julian-Gregorian switch, are counted by the same rule).
     */
    public static int weekYear(Calendar calendar) {
        int year = calendar.get(Calendar.YEAR);
        if (calendar.get(Calendar.ERA) == 0) {
            year = 1 - year;
        }
        int week = calendar.get(Calendar.WEEK_OF_YEAR);
        if (calendar.get(Calendar.MONTH) == Calendar.JANUARY) {
            if (week >= 52) {
                year--;
            }
        } else if (week == 1) {
            year++;
        }
        return year;
    }

    /** {@code TimeZone.getTimeZone(ZoneId)} as Java 17's: an offset id is a {@code GMT} one, {@code Z} is UTC. */
    public static TimeZone timeZoneOf(ZoneId zoneId) {
        String id = zoneId.getId();
        char c = id.charAt(0);
        if (c == '+' || c == '-') {
            id = "GMT" + id;
        } else if (c == 'Z' && id.length() == 1) {
            id = "UTC";
        }
        return TimeZone.getTimeZone(id);
    }

    /** {@code TimeZone.toZoneId()}: the id, three-letter ones by {@code ZoneId.SHORT_IDS}. */
    public static ZoneId toZoneId(TimeZone zone) {
        return ZoneId.of(zone.getID(), ZoneId.SHORT_IDS);
    }

    private static final String PATTERN_LETTERS = "GyMdkHmsSEDFwWahKzZYuXL";

    /**
     * Before {@code new SimpleDateFormat(pattern)} and {@code applyPattern}: Java 17's refusals, in the order its
     * compiler of patterns meets them ({@code Illegal pattern character 'o'}, {@code Unterminated quote},
     * {@code invalid ISO 8601 format: length=4}); TeaVM's took any pattern.
     */
    public static void datePattern(String pattern) {
        int length = pattern.length();
        boolean inQuote = false;
        char last = 0;
        int count = 0;
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < length && pattern.charAt(i + 1) == '\'') {
                    i++;
                    if (!inQuote) {
                        endRun(last, count);
                        count = 0;
                    }
                    continue;
                }
                if (!inQuote) {
                    endRun(last, count);
                    count = 0;
                }
                inQuote = !inQuote;
                continue;
            }
            if (inQuote) {
                continue;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                endRun(last, count);
                count = 0;
                continue;
            }
            if (PATTERN_LETTERS.indexOf(c) < 0) {
                throw new IllegalArgumentException("Illegal pattern character '" + c + "'");
            }
            if (count == 0 || c == last) {
                last = c;
                count++;
                continue;
            }
            endRun(last, count);
            last = c;
            count = 1;
        }
        if (inQuote) {
            throw new IllegalArgumentException("Unterminated quote");
        }
        endRun(last, count);
    }

    private static void endRun(char letter, int count) {
        if (count > 0 && letter == 'X' && count >= 4) {
            throw new IllegalArgumentException("invalid ISO 8601 format: length=" + count);
        }
    }
}
