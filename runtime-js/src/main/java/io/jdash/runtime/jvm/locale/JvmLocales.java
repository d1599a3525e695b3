package io.jdash.runtime.jvm.locale;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The JDK's locale data (CLDR, as the build JVM's locale providers give it) for the locales a bundle needs: number
 * symbols and the patterns of {@code NumberFormat}'s factories, and month, day, AM/PM and era names. The tables are
 * the texts {@link #numberTable()} and {@link #dateTable()} return; the compiler replaces their bodies with the
 * tables it extracts at build time ({@link LocaleTables}) for the locales the application names. On the JVM they
 * are extracted from the running JDK for {@link LocaleTables#STANDARD}.
 *
 * <p>A locale the table lacks falls back as the JDK's resource lookup does: language and country, then the
 * language alone, then the root locale.
 */
public final class JvmLocales {
    /** The kinds of NumberFormat factory, as indexes into a locale's patterns. */
    public static final int NUMBER = 0;

    public static final int INTEGER = 1;
    public static final int PERCENT = 2;
    public static final int CURRENCY = 3;

    /** The last locale looked up in each table and its fields: a format made per call looks up one locale. */
    private static String numbersTag;

    private static String[] numbersFields;
    private static String datesTag;
    private static String[] datesFields;
    private static String legacyTag;
    private static String[] legacyFields;
    private static String namesTag;
    private static String[] namesFields;

    private JvmLocales() {}

    /** The number table: see {@link LocaleTables#numberTable}. Replaced at build time. */
    static String numberTable() {
        return LocaleTables.numberTable(LocaleTables.STANDARD);
    }

    /** The date-name table: see {@link LocaleTables#dateTable}. Replaced at build time. */
    static String dateTable() {
        return LocaleTables.dateTable(LocaleTables.STANDARD);
    }

    /** The legacy date table: see {@link LocaleTables#legacyDateTable}. Replaced at build time. */
    static String legacyDateTable() {
        return LocaleTables.legacyDateTable(LocaleTables.STANDARD);
    }

    /** DateFormat's factory patterns: see {@link LocaleTables#dateFormatPatternTable}. Replaced at build time. */
    static String dateFormatPatternTable() {
        return LocaleTables.dateFormatPatternTable(LocaleTables.STANDARD);
    }

    /** The calendar name table: see {@link LocaleTables#calendarNameTable}. Replaced at build time. */
    static String calendarNameTable() {
        return LocaleTables.calendarNameTable(LocaleTables.STANDARD);
    }

    /** Calendar's week data by region: see {@link LocaleTables#weekTable}. Replaced at build time. */
    static String weekTable() {
        return LocaleTables.weekTable();
    }

    /** The fields of the locale {@code tag} in {@code table}, or null. */
    private static String[] find(String table, String tag) {
        int start = 0;
        while (start < table.length()) {
            int end = table.indexOf(LocaleTables.LOCALE_END, start);
            if (table.indexOf(LocaleTables.FIELD, start) == start + tag.length() && table.startsWith(tag, start)) {
                return table.substring(start, end).split(LocaleTables.FIELD_SPLIT, -1);
            }
            start = end + 1;
        }
        return null;
    }

    /** The fields of {@code locale} in {@code table}, after the JDK's fallback chain. */
    private static String[] lookup(String table, String tag) {
        int dash = tag.indexOf('-');
        String[] found = find(table, tag);
        if (found == null && dash > 0) {
            found = find(table, tag.substring(0, dash));
        }
        return found != null ? found : find(table, "");
    }

    private static String tag(Locale locale) {
        String country = locale.getCountry();
        return country.isEmpty() ? locale.getLanguage() : locale.getLanguage() + "-" + country;
    }

    private static String[] numbers(Locale locale) {
        String tag = tag(locale);
        if (!tag.equals(numbersTag)) {
            numbersFields = lookup(numberTable(), tag);
            numbersTag = tag;
        }
        return numbersFields;
    }

    private static String[] dates(Locale locale) {
        String tag = tag(locale);
        if (!tag.equals(datesTag)) {
            datesFields = lookup(dateTable(), tag);
            datesTag = tag;
        }
        return datesFields;
    }

    /** The tag of the build JVM's default locale, which the bundle takes as its default. */
    public static String defaultTag() {
        String table = numberTable();
        return table.substring(0, table.indexOf(LocaleTables.FIELD));
    }

    /** The bundle's default locale: the build JVM's default for formatting. */
    public static Locale defaultLocale() {
        String tag = defaultTag();
        int dash = tag.indexOf('-');
        return dash < 0 ? new Locale(tag) : new Locale(tag.substring(0, dash), tag.substring(dash + 1));
    }

    /**
     * {@code Locale.forLanguageTag} for the tags dashboards use: language and region; {@code und} or an
     * ill-formed language is the root locale; a variant is kept. A script subtag and extensions ({@code -u-},
     * {@code -x-}) are dropped (TeaVM's Locale has neither), so {@code zh-Hans-CN} is {@code zh-CN} in the
     * browser, and grandfathered tags ({@code i-klingon}) are not mapped.
     */
    public static Locale forLanguageTag(String tag) {
        String[] parts = tag.split("-");
        String language = parts[0].toLowerCase(Locale.ROOT);
        if (language.equals("und") || !language.matches("[a-z]{2,8}")) {
            return new Locale("", "");
        }
        String country = "";
        String variant = "";
        int i = 1;
        if (i < parts.length && parts[i].matches("[A-Za-z]{4}")) {
            i++; // a script
        }
        if (i < parts.length && parts[i].matches("[A-Za-z]{2}|[0-9]{3}")) {
            country = parts[i++].toUpperCase(Locale.ROOT);
        }
        if (i < parts.length && parts[i].matches("[0-9A-Za-z]{5,8}|[0-9][0-9A-Za-z]{3}")) {
            variant = parts[i];
        }
        return new Locale(language, country, variant);
    }

    /** Fills {@code symbols} with the locale's number symbols (for {@code new DecimalFormatSymbols(locale)}). */
    public static void fillSymbols(DecimalFormatSymbols symbols, Locale locale) {
        String[] f = numbers(locale);
        symbols.setDigit('#');
        symbols.setPatternSeparator(';');
        symbols.setZeroDigit(f[1].charAt(0));
        symbols.setGroupingSeparator(f[2].charAt(0));
        symbols.setDecimalSeparator(f[3].charAt(0));
        symbols.setMonetaryDecimalSeparator(f[4].charAt(0));
        symbols.setMonetaryGroupingSeparator(f[5].charAt(0));
        symbols.setPercent(f[6].charAt(0));
        symbols.setPerMill(f[7].charAt(0));
        symbols.setMinusSign(f[8].charAt(0));
        symbols.setExponentSeparator(f[9]);
        symbols.setInfinity(f[10]);
        symbols.setNaN(f[11]);
        symbols.setInternationalCurrencySymbol(f[13]);
        symbols.setCurrencySymbol(f[12]);
    }

    /**
     * What java.util.Formatter localizes with: zero digit, decimal separator, grouping separator (0 where the
     * locale's number pattern does not group) and grouping size.
     */
    public static char[] formatterSymbols(Locale locale) {
        String[] f = numbers(locale);
        String pattern = f[14];
        int dot = pattern.indexOf('.');
        int end = dot < 0 ? pattern.length() : dot;
        int comma = pattern.lastIndexOf(',', end);
        char size = (char) (comma < 0 ? 0 : end - comma - 1);
        return new char[] {f[1].charAt(0), f[3].charAt(0), size == 0 ? 0 : f[2].charAt(0), size == 0 ? 1 : size};
    }

    /** The pattern of a NumberFormat factory ({@link #NUMBER} …) for {@code locale}. */
    public static String numberPattern(Locale locale, int kind) {
        return numbers(locale)[14 + kind * 2];
    }

    /**
     * A NumberFormat factory's instance: the locale's pattern and symbols, and the digit limits and flags the JDK's
     * factory sets (fraction digits of the currency, integer-only parsing).
     */
    public static NumberFormat numberFormat(Locale locale, int kind) {
        String[] f = numbers(locale);
        DecimalFormat format = new DecimalFormat(f[14 + kind * 2], DecimalFormatSymbols.getInstance(locale));
        String limits = f[15 + kind * 2];
        format.setMaximumFractionDigits(limits.charAt(0) - '0');
        format.setMinimumFractionDigits(limits.charAt(1) - '0');
        format.setParseIntegerOnly(limits.charAt(2) == '1');
        format.setDecimalSeparatorAlwaysShown(limits.charAt(3) == '1');
        return format;
    }

    /** {@code Month.getDisplayName(style, locale)}. */
    public static String monthName(java.time.Month month, java.time.format.TextStyle style, Locale locale) {
        return dateText(locale, LocaleTables.MONTHS + style.ordinal(), month.ordinal());
    }

    /** {@code DayOfWeek.getDisplayName(style, locale)}. */
    public static String dayName(java.time.DayOfWeek day, java.time.format.TextStyle style, Locale locale) {
        return dateText(locale, LocaleTables.DAYS + style.ordinal(), day.ordinal());
    }

    /**
     * The text of a date-time field as java.time's formatter prints it ({@code MMM}, {@code MMMM}, {@code EEE},
     * {@code EEEE}, {@code a}, {@code G}…), or null for a field without texts.
     */
    public static String text(
            java.time.temporal.TemporalField field, long value, java.time.format.TextStyle style, Locale locale) {
        if (field == java.time.temporal.ChronoField.MONTH_OF_YEAR) {
            return dateText(locale, LocaleTables.MONTHS + style.ordinal(), (int) value - 1);
        }
        if (field == java.time.temporal.ChronoField.DAY_OF_WEEK) {
            return dateText(locale, LocaleTables.DAYS + style.ordinal(), (int) value - 1);
        }
        if (field == java.time.temporal.ChronoField.AMPM_OF_DAY) {
            return dateText(locale, LocaleTables.AM_PM, (int) value);
        }
        if (field == java.time.temporal.ChronoField.ERA) {
            int kind = style.ordinal() / 2; // FULL, SHORT, NARROW and their stand-alone forms
            return dateText(locale, LocaleTables.ERAS + (kind == 0 ? 1 : kind == 1 ? 0 : 2), (int) value);
        }
        return null;
    }

    /** A date-time text: {@code kind} is a field of {@link LocaleTables#dateTable}, {@code index} its entry. */
    public static String dateText(Locale locale, int kind, int index) {
        return dates(locale)[1 + kind].split(LocaleTables.LIST_SPLIT, -1)[index];
    }

    /**
     * A field of the legacy date table ({@link LocaleTables#ERA_SHORT} …) for {@code locale}, split into its
     * entries.
     */
    public static String[] legacyDates(Locale locale, int field) {
        String tag = tag(locale);
        if (!tag.equals(legacyTag)) {
            legacyFields = lookup(legacyDateTable(), tag);
            legacyTag = tag;
        }
        String entries = legacyFields[1 + field];
        return entries.isEmpty() ? new String[0] : entries.split(LocaleTables.LIST_SPLIT, -1);
    }

    /**
     * The pattern of {@code DateFormat.getDateInstance} ({@code time} &lt; 0), {@code getTimeInstance}
     * ({@code date} &lt; 0) or {@code getDateTimeInstance} for {@code locale}.
     */
    public static String dateFormatPattern(int date, int time, Locale locale) {
        String[] f = lookup(dateFormatPatternTable(), tag(locale));
        return f[1 + (time < 0 ? date : date < 0 ? 4 + time : 8 + date * 4 + time)];
    }

    /** The zero digit, minus sign, exponent separator, infinity and NaN of {@code locale}'s numbers. */
    public static String[] integerSymbols(Locale locale) {
        String[] f = numbers(locale);
        return new String[] {f[1], f[8], f[9], f[10], f[11]};
    }

    /** {@code Calendar.getInstance(locale).getFirstDayOfWeek()}: from the locale's region, as the JDK's. */
    public static int firstDayOfWeek(Locale locale) {
        return week(locale).charAt(0) - '0';
    }

    /** {@code Calendar.getInstance(locale).getMinimalDaysInFirstWeek()}: from the locale's region. */
    public static int minimalDaysInFirstWeek(Locale locale) {
        return week(locale).charAt(1) - '0';
    }

    private static String week(Locale locale) {
        String table = weekTable();
        String region = locale.getCountry();
        if (region.isEmpty()) {
            return table.substring(0, 2);
        }
        for (int i = 4; i + 4 <= table.length(); i += 4) {
            if (table.startsWith(region, i)) {
                return table.substring(i + 2, i + 4);
            }
        }
        return table.substring(2, 4);
    }

    /**
     * {@code Calendar.getDisplayName(field, style, locale)} for {@code value} ({@code namedField} 0–3: ERA, MONTH,
     * DAY_OF_WEEK, AM_PM; {@code styleIndex} into {@code JvmLegacyTime.NAME_STYLES}), or null.
     */
    public static String calendarName(Locale locale, int namedField, int styleIndex, int index) {
        String[] names = calendarNames(locale)[1 + namedField * 13 + styleIndex].split(LocaleTables.LIST_SPLIT, -1);
        String name = index >= 0 && index < names.length ? names[index] : "";
        return name.isEmpty() ? null : name;
    }

    /** {@code Calendar.getDisplayNames(field, style, locale)}'s kind and entries (see the table), as its text. */
    public static String calendarNameMap(Locale locale, int namedField, int styleIndex) {
        return calendarNames(locale)[1 + namedField * 13 + 6 + styleIndex];
    }

    private static String[] calendarNames(Locale locale) {
        String tag = tag(locale);
        if (!tag.equals(namesTag)) {
            namesFields = lookup(calendarNameTable(), tag);
            namesTag = tag;
        }
        return namesFields;
    }
}
