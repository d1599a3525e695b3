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

    /**
     * {@code GregorianCalendar.setWeekDate}: the date of the week-year, week and day (in the calendar's first day of
     * week and minimal days), its time of day kept; a day outside 1–7 is refused, and so are, when not lenient, a
     * week or day the week-year does not have.
     */
    public static void setWeekDate(Calendar calendar, int weekYear, int weekOfYear, int dayOfWeek) {
        if (dayOfWeek < Calendar.SUNDAY || dayOfWeek > Calendar.SATURDAY) {
            throw new IllegalArgumentException("invalid dayOfWeek: " + dayOfWeek);
        }
        Calendar gc = (Calendar) calendar.clone();
        gc.setLenient(true);
        int era = gc.get(Calendar.ERA);
        gc.clear();
        gc.setTimeZone(TimeZone.getTimeZone("GMT"));
        gc.set(Calendar.ERA, era);
        gc.set(Calendar.YEAR, weekYear);
        gc.set(Calendar.WEEK_OF_YEAR, 1);
        gc.set(Calendar.DAY_OF_WEEK, calendar.getFirstDayOfWeek());
        int days = dayOfWeek - calendar.getFirstDayOfWeek();
        if (days < 0) {
            days += 7;
        }
        days += 7 * (weekOfYear - 1);
        if (days != 0) {
            gc.add(Calendar.DAY_OF_YEAR, days);
        } else {
            gc.getTimeInMillis();
        }
        if (!calendar.isLenient()
                && (weekYear(gc) != weekYear
                        || gc.get(Calendar.WEEK_OF_YEAR) != weekOfYear
                        || gc.get(Calendar.DAY_OF_WEEK) != dayOfWeek)) {
            throw new IllegalArgumentException();
        }
        calendar.set(Calendar.ERA, gc.get(Calendar.ERA));
        calendar.set(Calendar.YEAR, gc.get(Calendar.YEAR));
        calendar.set(Calendar.MONTH, gc.get(Calendar.MONTH));
        calendar.set(Calendar.DAY_OF_MONTH, gc.get(Calendar.DAY_OF_MONTH));
        calendar.getTimeInMillis();
    }

    /**
     * After a Gregorian calendar computed its fields: WEEK_OF_MONTH as the JDK counts it, where a month's first
     * partial week is week 1 only when it has at least the minimal days of a first week (else week 0).
     */
    public static void weekOfMonth(Calendar calendar, int[] fields) {
        int date = fields[Calendar.DATE];
        int firstOfMonth = Math.floorMod(fields[Calendar.DAY_OF_WEEK] - 1 - (date - 1), 7) + 1;
        int daysBefore = Math.floorMod(firstOfMonth - calendar.getFirstDayOfWeek(), 7);
        fields[Calendar.WEEK_OF_MONTH] =
                (date - 1 + daysBefore) / 7 + (7 - daysBefore >= calendar.getMinimalDaysInFirstWeek() ? 1 : 0);
    }

    /**
     * Before a Gregorian calendar computes its time: a WEEK_OF_MONTH set by the JDK's count becomes TeaVM's (one more
     * where the month's first partial week is too short to be week 1). Answers what was added, for
     * {@link #jdkWeekOfMonth} to take back.
     */
    public static int teaVmWeekOfMonth(Calendar calendar, int[] fields, boolean[] isSet) {
        if (!isSet[Calendar.WEEK_OF_MONTH]) {
            return 0;
        }
        Calendar first = (Calendar) calendar.clone();
        first.clear();
        first.setLenient(true);
        if (isSet[Calendar.ERA]) {
            first.set(Calendar.ERA, fields[Calendar.ERA]);
        }
        first.set(Calendar.YEAR, isSet[Calendar.YEAR] ? fields[Calendar.YEAR] : 1970);
        first.set(Calendar.MONTH, isSet[Calendar.MONTH] ? fields[Calendar.MONTH] : Calendar.JANUARY);
        first.set(Calendar.DATE, 1);
        int daysBefore = Math.floorMod(first.get(Calendar.DAY_OF_WEEK) - calendar.getFirstDayOfWeek(), 7);
        int delta = daysBefore > 0 && 7 - daysBefore < calendar.getMinimalDaysInFirstWeek() ? 1 : 0;
        fields[Calendar.WEEK_OF_MONTH] += delta;
        return delta;
    }

    /** After the time is computed: WEEK_OF_MONTH back to the value that was set. */
    public static void jdkWeekOfMonth(int[] fields, int delta) {
        fields[Calendar.WEEK_OF_MONTH] -= delta;
    }

    /**
     * The styles of {@code Calendar.getDisplayName} (SHORT, LONG and NARROW, as formats and stand-alone), then
     * {@code ALL_STYLES} for {@code getDisplayNames}: the order of the calendar name table's fields.
     */
    public static final int[] NAME_STYLES = {1, 2, 4, 0x8001, 0x8002, 0x8004, 0};

    /** {@code Calendar.getDisplayName(field, style, locale)}: the build JDK's name of the field's value, or null. */
    public static String displayName(Calendar calendar, int field, int style, java.util.Locale locale) {
        int named = namedField(field, style, Calendar.SHORT, locale);
        if (named < 0) {
            return null;
        }
        int value = calendar.get(field);
        return io.jdash.runtime.jvm.locale.JvmLocales.calendarName(
                locale, named, styleIndex(style), field == Calendar.DAY_OF_WEEK ? value - 1 : value);
    }

    /** {@code Calendar.getDisplayNames(field, style, locale)}: the build JDK's names and values, in its map, or null. */
    public static java.util.Map<String, Integer> displayNames(
            Calendar calendar, int field, int style, java.util.Locale locale) {
        int named = namedField(field, style, Calendar.ALL_STYLES, locale);
        if (named < 0) {
            return null;
        }
        String text = io.jdash.runtime.jvm.locale.JvmLocales.calendarNameMap(locale, named, styleIndex(style));
        char kind = text.charAt(0);
        if (kind == '-') {
            return null;
        }
        java.util.Map<String, Integer> map = kind == 'H'
                ? new java.util.HashMap<>()
                : new java.util.TreeMap<>(
                        (a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        if (text.length() > 1) {
            for (String entry : text.substring(1).split("\u0002", -1)) {
                map.put(entry.substring(0, entry.length() - 1), entry.charAt(entry.length() - 1) - '0');
            }
        }
        return map;
    }

    /**
     * The JDK's checks of a field and style for the display names: an unknown field or style is refused, a null
     * locale too; answers the field's index among ERA, MONTH, DAY_OF_WEEK and AM_PM, or -1 for a field without names.
     */
    private static int namedField(int field, int style, int minStyle, java.util.Locale locale) {
        int baseStyle = style & ~0x8000;
        if (field < 0
                || field >= Calendar.FIELD_COUNT
                || baseStyle < minStyle
                || baseStyle > Calendar.NARROW_FORMAT
                || baseStyle == 3) {
            throw new IllegalArgumentException();
        }
        if (locale == null) {
            throw new NullPointerException();
        }
        switch (field) {
            case Calendar.ERA:
                return 0;
            case Calendar.MONTH:
                return 1;
            case Calendar.DAY_OF_WEEK:
                return 2;
            case Calendar.AM_PM:
                return 3;
            default:
                return -1;
        }
    }

    private static int styleIndex(int style) {
        int[] styles = NAME_STYLES;
        for (int i = 0; i < styles.length; i++) {
            if (styles[i] == style) {
                return i;
            }
        }
        throw new IllegalArgumentException();
    }
}
