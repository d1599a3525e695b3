package org.teavm.classlib.java.text;

import io.jdash.runtime.jvm.locale.JvmLocales;
import io.jdash.runtime.jvm.locale.LocaleTables;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code java.text.DateFormatSymbols} with the build JDK's names for the locale: its eras, months (with the empty
 * thirteenth), short months, weekdays and short weekdays (with the empty entry before Sunday), AM/PM strings and
 * the 19 local pattern letters, as the JDK's locale data gives them. TeaVM's came from its own copy of CLDR.
 *
 * <p>The browser has no table of the JDK's zone names: {@link #getZoneStrings} answers the strings set with
 * {@link #setZoneStrings}, or none.
 */
public class TDateFormatSymbols implements Cloneable {
    private String[] eras;
    private String[] months;
    private String[] shortMonths;
    private String[] weekdays;
    private String[] shortWeekdays;
    private String[] ampms;
    private String[][] zoneStrings;
    private String localPatternChars = "GyMdkHmsSEDFwWahKzZ";

    public TDateFormatSymbols() {
        this(JvmLocales.defaultLocale());
    }

    public TDateFormatSymbols(Locale locale) {
        eras = JvmLocales.legacyDates(locale, LocaleTables.ERA_SHORT);
        months = withEmpty(JvmLocales.legacyDates(locale, LocaleTables.MONTH_LONG), false);
        shortMonths = withEmpty(JvmLocales.legacyDates(locale, LocaleTables.MONTH_SHORT), false);
        weekdays = withEmpty(JvmLocales.legacyDates(locale, LocaleTables.DAY_LONG), true);
        shortWeekdays = withEmpty(JvmLocales.legacyDates(locale, LocaleTables.DAY_SHORT), true);
        ampms = JvmLocales.legacyDates(locale, LocaleTables.AM_PM_SHORT);
    }

    private static String[] withEmpty(String[] names, boolean first) {
        String[] result = new String[names.length + 1];
        System.arraycopy(names, 0, result, first ? 1 : 0, names.length);
        result[first ? 0 : names.length] = "";
        return result;
    }

    public static Locale[] getAvailableLocales() {
        return Locale.getAvailableLocales();
    }

    public static final TDateFormatSymbols getInstance() {
        return new TDateFormatSymbols();
    }

    public static final TDateFormatSymbols getInstance(Locale locale) {
        return new TDateFormatSymbols(locale);
    }

    public String[] getEras() {
        return eras.clone();
    }

    public void setEras(String[] newEras) {
        eras = newEras.clone();
    }

    public String[] getMonths() {
        return months.clone();
    }

    public void setMonths(String[] newMonths) {
        months = newMonths.clone();
    }

    public String[] getShortMonths() {
        return shortMonths.clone();
    }

    public void setShortMonths(String[] newShortMonths) {
        shortMonths = newShortMonths.clone();
    }

    public String[] getWeekdays() {
        return weekdays.clone();
    }

    public void setWeekdays(String[] newWeekdays) {
        weekdays = newWeekdays.clone();
    }

    public String[] getShortWeekdays() {
        return shortWeekdays.clone();
    }

    public void setShortWeekdays(String[] newShortWeekdays) {
        shortWeekdays = newShortWeekdays.clone();
    }

    public String[] getAmPmStrings() {
        return ampms.clone();
    }

    public void setAmPmStrings(String[] newAmpms) {
        ampms = newAmpms.clone();
    }

    public String[][] getZoneStrings() {
        if (zoneStrings == null) {
            return new String[0][];
        }
        String[][] copy = new String[zoneStrings.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = zoneStrings[i].clone();
        }
        return copy;
    }

    public void setZoneStrings(String[][] newZoneStrings) {
        String[][] copy = new String[newZoneStrings.length][];
        for (int i = 0; i < copy.length; i++) {
            if (newZoneStrings[i].length < 5) {
                throw new IllegalArgumentException();
            }
            copy[i] = newZoneStrings[i].clone();
        }
        zoneStrings = copy;
    }

    public String getLocalPatternChars() {
        return localPatternChars;
    }

    public void setLocalPatternChars(String newLocalPatternChars) {
        localPatternChars = newLocalPatternChars.toString();
    }

    @Override
    public Object clone() {
        try {
            TDateFormatSymbols other = (TDateFormatSymbols) super.clone();
            other.zoneStrings = zoneStrings == null ? null : getZoneStrings();
            return other;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public int hashCode() {
        int hashCode = 5;
        hashCode = 11 * hashCode + Arrays.hashCode(eras);
        hashCode = 11 * hashCode + Arrays.hashCode(months);
        hashCode = 11 * hashCode + Arrays.hashCode(shortMonths);
        hashCode = 11 * hashCode + Arrays.hashCode(weekdays);
        hashCode = 11 * hashCode + Arrays.hashCode(shortWeekdays);
        hashCode = 11 * hashCode + Arrays.hashCode(ampms);
        return 11 * hashCode + Objects.hashCode(localPatternChars);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        TDateFormatSymbols that = (TDateFormatSymbols) obj;
        return Arrays.equals(eras, that.eras)
                && Arrays.equals(months, that.months)
                && Arrays.equals(shortMonths, that.shortMonths)
                && Arrays.equals(weekdays, that.weekdays)
                && Arrays.equals(shortWeekdays, that.shortWeekdays)
                && Arrays.equals(ampms, that.ampms)
                && Objects.equals(localPatternChars, that.localPatternChars)
                && Arrays.deepEquals(zoneStrings, that.zoneStrings);
    }
}
