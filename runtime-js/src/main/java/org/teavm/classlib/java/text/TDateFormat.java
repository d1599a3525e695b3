package org.teavm.classlib.java.text;

import io.jdash.runtime.jvm.locale.JvmLocales;
import java.text.FieldPosition;
import java.text.Format;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * {@code java.text.DateFormat} as the JDK's: its factories make a {@code SimpleDateFormat} with the pattern the
 * build JDK's locale data gives for the style and locale (TeaVM's took other patterns from its own CLDR copy), and
 * it refuses styles, formats objects and reports unparseable text with the JDK's exceptions and texts.
 *
 * <p>The number format is made when first asked for: the formats of this package parse and print the digits of
 * their fields themselves, with the locale's digits and minus sign, unless the application replaces it.
 */
public abstract class TDateFormat extends Format {
    public static final int ERA_FIELD = 0;
    public static final int YEAR_FIELD = 1;
    public static final int MONTH_FIELD = 2;
    public static final int DATE_FIELD = 3;
    public static final int HOUR_OF_DAY1_FIELD = 4;
    public static final int HOUR_OF_DAY0_FIELD = 5;
    public static final int MINUTE_FIELD = 6;
    public static final int SECOND_FIELD = 7;
    public static final int MILLISECOND_FIELD = 8;
    public static final int DAY_OF_WEEK_FIELD = 9;
    public static final int DAY_OF_YEAR_FIELD = 10;
    public static final int DAY_OF_WEEK_IN_MONTH_FIELD = 11;
    public static final int WEEK_OF_YEAR_FIELD = 12;
    public static final int WEEK_OF_MONTH_FIELD = 13;
    public static final int AM_PM_FIELD = 14;
    public static final int HOUR1_FIELD = 15;
    public static final int HOUR0_FIELD = 16;
    public static final int TIMEZONE_FIELD = 17;
    public static final int FULL = 0;
    public static final int LONG = 1;
    public static final int MEDIUM = 2;
    public static final int SHORT = 3;
    public static final int DEFAULT = MEDIUM;

    protected Calendar calendar;

    /** Null until {@link #getNumberFormat} makes it or {@link #setNumberFormat} sets it. */
    protected NumberFormat numberFormat;

    /** The locale {@link #getNumberFormat} makes its integer format for. */
    Locale numberLocale = JvmLocales.defaultLocale();

    protected TDateFormat() {}

    public final StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition fieldPosition) {
        if (obj instanceof Date) {
            return format((Date) obj, toAppendTo, fieldPosition);
        }
        if (obj instanceof Number) {
            return format(new Date(((Number) obj).longValue()), toAppendTo, fieldPosition);
        }
        throw new IllegalArgumentException("Cannot format given Object as a Date");
    }

    public abstract StringBuffer format(Date date, StringBuffer toAppendTo, FieldPosition fieldPosition);

    public final String format(Date date) {
        return format(date, new StringBuffer(), new FieldPosition(0)).toString();
    }

    public Date parse(String source) throws ParseException {
        ParsePosition pos = new ParsePosition(0);
        Date result = parse(source, pos);
        if (pos.getIndex() == 0) {
            throw new ParseException("Unparseable date: \"" + source + "\"", pos.getErrorIndex());
        }
        return result;
    }

    public abstract Date parse(String source, ParsePosition pos);

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return parse(source, pos);
    }

    public static final TDateFormat getTimeInstance() {
        return get(false, 0, true, DEFAULT, JvmLocales.defaultLocale());
    }

    public static final TDateFormat getTimeInstance(int style) {
        return get(false, 0, true, style, JvmLocales.defaultLocale());
    }

    public static final TDateFormat getTimeInstance(int style, Locale aLocale) {
        return get(false, 0, true, style, aLocale);
    }

    public static final TDateFormat getDateInstance() {
        return get(true, DEFAULT, false, 0, JvmLocales.defaultLocale());
    }

    public static final TDateFormat getDateInstance(int style) {
        return get(true, style, false, 0, JvmLocales.defaultLocale());
    }

    public static final TDateFormat getDateInstance(int style, Locale aLocale) {
        return get(true, style, false, 0, aLocale);
    }

    public static final TDateFormat getDateTimeInstance() {
        return get(true, DEFAULT, true, DEFAULT, JvmLocales.defaultLocale());
    }

    public static final TDateFormat getDateTimeInstance(int dateStyle, int timeStyle) {
        return get(true, dateStyle, true, timeStyle, JvmLocales.defaultLocale());
    }

    public static final TDateFormat getDateTimeInstance(int dateStyle, int timeStyle, Locale aLocale) {
        return get(true, dateStyle, true, timeStyle, aLocale);
    }

    public static final TDateFormat getInstance() {
        return getDateTimeInstance(SHORT, SHORT);
    }

    public static Locale[] getAvailableLocales() {
        return Locale.getAvailableLocales();
    }

    /** A factory's format of a date style, a time style or both. */
    private static TDateFormat get(boolean hasDate, int dateStyle, boolean hasTime, int timeStyle, Locale locale) {
        if (hasTime && (timeStyle & ~3) != 0) {
            throw new IllegalArgumentException("Illegal time style " + timeStyle);
        }
        if (hasDate && (dateStyle & ~3) != 0) {
            throw new IllegalArgumentException("Illegal date style " + dateStyle);
        }
        String pattern = JvmLocales.dateFormatPattern(hasDate ? dateStyle : -1, hasTime ? timeStyle : -1, locale);
        return new TSimpleDateFormat(pattern, locale);
    }

    public void setCalendar(Calendar newCalendar) {
        this.calendar = newCalendar;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public void setNumberFormat(NumberFormat newNumberFormat) {
        this.numberFormat = newNumberFormat;
    }

    public NumberFormat getNumberFormat() {
        if (numberFormat == null) {
            numberFormat = NumberFormat.getIntegerInstance(numberLocale);
            numberFormat.setGroupingUsed(false);
        }
        return numberFormat;
    }

    public void setTimeZone(TimeZone zone) {
        calendar.setTimeZone(zone);
    }

    public TimeZone getTimeZone() {
        return calendar.getTimeZone();
    }

    public void setLenient(boolean lenient) {
        calendar.setLenient(lenient);
    }

    public boolean isLenient() {
        return calendar.isLenient();
    }

    @Override
    public int hashCode() {
        return getNumberFormat().hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        TDateFormat other = (TDateFormat) obj;
        return calendar.getFirstDayOfWeek() == other.calendar.getFirstDayOfWeek()
                && calendar.getMinimalDaysInFirstWeek() == other.calendar.getMinimalDaysInFirstWeek()
                && calendar.isLenient() == other.calendar.isLenient()
                && calendar.getTimeZone().equals(other.calendar.getTimeZone())
                && (numberFormat == null && other.numberFormat == null && numberLocale.equals(other.numberLocale)
                        || getNumberFormat().equals(other.getNumberFormat()));
    }

    @Override
    public Object clone() {
        TDateFormat other = (TDateFormat) super.clone();
        other.calendar = (Calendar) calendar.clone();
        if (numberFormat != null) {
            other.numberFormat = (NumberFormat) numberFormat.clone();
        }
        return other;
    }
}
