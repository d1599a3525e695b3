package io.jdash.runtime.jvm.locale;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extracts the locale tables of {@link JvmLocales} from the running JDK's own locale providers (java.text and
 * java.time), so that a bundle answers as the JVM that built it: the compiler calls it at build time for the
 * locales the application names. Runs on the JVM only.
 *
 * <p>A table is one text: per locale its tag ({@code de-DE}; the root locale is the empty tag) and its fields,
 * separated by {@code U+0001} and ended by {@code U+0003}; a field that is a list separates its entries by
 * {@code U+0002}. The first locale is the default one.
 */
public final class LocaleTables {
    static final char FIELD = '\u0001';
    static final String FIELD_SPLIT = "\u0001";
    static final char LIST = '\u0002';
    static final String LIST_SPLIT = "\u0002";
    static final char LOCALE_END = '\u0003';

    /** Month names in the six TextStyles, in the enum's order (date table fields 0–5). */
    public static final int MONTHS = 0;
    /** Day names from Monday, in the six TextStyles (fields 6–11). */
    public static final int DAYS = 6;
    /** AM and PM (field 12). */
    public static final int AM_PM = 12;
    /** BC and AD in the SHORT, FULL and NARROW styles (fields 13–15). */
    public static final int ERAS = 13;

    /**
     * The locales every table-set holds when the locales a bundle uses cannot be told at build time: the root
     * locale and those most dashboards meet, with their languages (the JDK's fallback for other countries).
     */
    public static final List<String> STANDARD = List.of(
            "", "en-US", "en-GB", "de-DE", "fr-FR", "it-IT", "es-ES", "nl-NL", "pt-BR", "ja-JP", "zh-CN", "tr-TR", "en",
            "de", "fr", "it", "es", "nl", "pt", "ja", "zh", "tr");

    /**
     * The fields of the legacy date table: what {@code Calendar.getDisplayName(field, style, locale)} answers, one
     * entry per value (an empty entry where it answers null), for ERA, MONTH, DAY_OF_WEEK (from Sunday) and AM_PM
     * in the styles SHORT and LONG, and MONTH stand-alone (fields 0–9).
     */
    public static final int ERA_SHORT = 0;

    public static final int ERA_LONG = 1;
    public static final int MONTH_SHORT = 2;
    public static final int MONTH_LONG = 3;
    public static final int MONTH_SHORT_STANDALONE = 4;
    public static final int MONTH_LONG_STANDALONE = 5;
    public static final int DAY_SHORT = 6;
    public static final int DAY_LONG = 7;
    public static final int AM_PM_SHORT = 8;
    public static final int AM_PM_LONG = 9;

    /**
     * The names {@code SimpleDateFormat.parse} matches, in the order it tries them (the JDK's maps iterate the
     * longest name first); each entry is the name followed by its value as one character from '0' (fields 10–16):
     * eras, AM/PM and stand-alone months ({@code L}) in all four styles, months in the format or the stand-alone
     * styles ({@code M}), and day names in the LONG and the SHORT style ({@code E}).
     */
    public static final int ERA_NAMES = 10;

    public static final int AM_PM_NAMES = 11;
    public static final int MONTH_ALL_NAMES = 12;
    public static final int MONTH_FORMAT_NAMES = 13;
    public static final int MONTH_STANDALONE_NAMES = 14;
    public static final int DAY_LONG_NAMES = 15;
    public static final int DAY_SHORT_NAMES = 16;

    private static final TextStyle[] STYLES = TextStyle.values();
    private static final int[] ALL_STYLES = {
        Calendar.SHORT_FORMAT, Calendar.SHORT_STANDALONE, Calendar.LONG_FORMAT, Calendar.LONG_STANDALONE
    };

    private LocaleTables() {}

    /** The tag of the JVM's default locale for formatting, as the tables key it. */
    public static String defaultTag() {
        return tag(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** {@code de-DE}, {@code de} or the empty tag of the root locale. */
    public static String tag(Locale locale) {
        String language = locale.getLanguage();
        String country = locale.getCountry();
        return country.isEmpty() ? language : language + "-" + country;
    }

    /** The default locale, the root locale and {@code tags}, each once, default first. */
    static List<Locale> locales(List<String> tags) {
        Set<String> all = new LinkedHashSet<>();
        all.add(defaultTag());
        all.add("");
        all.addAll(tags);
        List<Locale> locales = new ArrayList<>();
        for (String t : all) {
            locales.add(t.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(t));
        }
        return locales;
    }

    /**
     * The number table: symbols (zero, grouping, decimal, monetary decimal, monetary grouping, percent, per-mille,
     * minus, exponent separator, infinity, NaN, currency symbol, international currency symbol), then for the
     * number, integer, percent and currency factories of NumberFormat their pattern and their limits (maximum and
     * minimum fraction digits as characters from '0', integer-only parsing and always-shown decimal separator as
     * '0'/'1').
     */
    public static String numberTable(List<String> tags) {
        StringBuilder sb = new StringBuilder();
        for (Locale locale : locales(tags)) {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(locale);
            sb.append(tag(locale));
            for (Object field : new Object[] {
                s.getZeroDigit(),
                s.getGroupingSeparator(),
                s.getDecimalSeparator(),
                s.getMonetaryDecimalSeparator(),
                s.getMonetaryGroupingSeparator(),
                s.getPercent(),
                s.getPerMill(),
                s.getMinusSign(),
                s.getExponentSeparator(),
                s.getInfinity(),
                s.getNaN(),
                s.getCurrencySymbol(),
                s.getInternationalCurrencySymbol()
            }) {
                sb.append(FIELD).append(field);
            }
            for (NumberFormat f : new NumberFormat[] {
                NumberFormat.getNumberInstance(locale),
                NumberFormat.getIntegerInstance(locale),
                NumberFormat.getPercentInstance(locale),
                NumberFormat.getCurrencyInstance(locale)
            }) {
                DecimalFormat d = (DecimalFormat) f;
                sb.append(FIELD)
                        .append(d.toPattern())
                        .append(FIELD)
                        .append((char) ('0' + d.getMaximumFractionDigits()))
                        .append((char) ('0' + d.getMinimumFractionDigits()))
                        .append(d.isParseIntegerOnly() ? '1' : '0')
                        .append(d.isDecimalSeparatorAlwaysShown() ? '1' : '0');
            }
            sb.append(LOCALE_END);
        }
        return sb.toString();
    }

    /** The date-name table: the fields {@link #MONTHS}, {@link #DAYS}, {@link #AM_PM}, {@link #ERAS}. */
    public static String dateTable(List<String> tags) {
        StringBuilder sb = new StringBuilder();
        for (Locale locale : locales(tags)) {
            sb.append(tag(locale));
            for (TextStyle style : STYLES) {
                List<String> names = new ArrayList<>();
                for (Month m : Month.values()) {
                    names.add(m.getDisplayName(style, locale));
                }
                sb.append(FIELD).append(String.join(LIST_SPLIT, names));
            }
            for (TextStyle style : STYLES) {
                List<String> names = new ArrayList<>();
                for (DayOfWeek d : DayOfWeek.values()) {
                    names.add(d.getDisplayName(style, locale));
                }
                sb.append(FIELD).append(String.join(LIST_SPLIT, names));
            }
            DateTimeFormatter ampm = DateTimeFormatter.ofPattern("a", locale);
            sb.append(FIELD)
                    .append(ampm.format(LocalTime.of(1, 0)))
                    .append(LIST)
                    .append(ampm.format(LocalTime.of(13, 0)));
            for (String pattern : new String[] {"G", "GGGG", "GGGGG"}) {
                DateTimeFormatter era = DateTimeFormatter.ofPattern(pattern, locale);
                sb.append(FIELD)
                        .append(era.format(LocalDate.of(-5, 1, 1)))
                        .append(LIST)
                        .append(era.format(LocalDate.of(2000, 1, 1)));
            }
            sb.append(LOCALE_END);
        }
        return sb.toString();
    }

    /**
     * The legacy date table (the fields {@link #ERA_SHORT} … {@link #DAY_SHORT_NAMES}): the texts and names
     * {@code SimpleDateFormat} formats and parses with, from the JDK's {@code Calendar} of each locale.
     */
    public static String legacyDateTable(List<String> tags) {
        StringBuilder sb = new StringBuilder();
        for (Locale locale : locales(tags)) {
            Calendar c = Calendar.getInstance(locale);
            sb.append(tag(locale));
            int[][] displayed = {
                {Calendar.ERA, Calendar.SHORT, 0, 2},
                {Calendar.ERA, Calendar.LONG, 0, 2},
                {Calendar.MONTH, Calendar.SHORT, 0, 12},
                {Calendar.MONTH, Calendar.LONG, 0, 12},
                {Calendar.MONTH, Calendar.SHORT_STANDALONE, 0, 12},
                {Calendar.MONTH, Calendar.LONG_STANDALONE, 0, 12},
                {Calendar.DAY_OF_WEEK, Calendar.SHORT, 1, 8},
                {Calendar.DAY_OF_WEEK, Calendar.LONG, 1, 8},
                {Calendar.AM_PM, Calendar.SHORT, 0, 2},
                {Calendar.AM_PM, Calendar.LONG, 0, 2}
            };
            for (int[] d : displayed) {
                List<String> names = new ArrayList<>();
                for (int value = d[2]; value < d[3]; value++) {
                    c.set(d[0], value);
                    String name = c.getDisplayName(d[0], d[1], locale);
                    names.add(name == null ? "" : name);
                }
                sb.append(FIELD).append(String.join(LIST_SPLIT, names));
            }
            names(sb, c, Calendar.ERA, ALL_STYLES, locale);
            names(sb, c, Calendar.AM_PM, ALL_STYLES, locale);
            names(sb, c, Calendar.MONTH, ALL_STYLES, locale);
            names(sb, c, Calendar.MONTH, new int[] {Calendar.SHORT_FORMAT, Calendar.LONG_FORMAT}, locale);
            names(sb, c, Calendar.MONTH, new int[] {Calendar.SHORT_STANDALONE, Calendar.LONG_STANDALONE}, locale);
            names(sb, c, Calendar.DAY_OF_WEEK, new int[] {Calendar.LONG}, locale);
            names(sb, c, Calendar.DAY_OF_WEEK, new int[] {Calendar.SHORT}, locale);
            sb.append(LOCALE_END);
        }
        return sb.toString();
    }

    /** The names of {@code field} in {@code styles}, merged as SimpleDateFormat merges them, in its order. */
    private static void names(StringBuilder sb, Calendar c, int field, int[] styles, Locale locale) {
        Map<String, Integer> merged = null;
        for (int style : styles) {
            Map<String, Integer> m = c.getDisplayNames(field, style, locale);
            if (merged == null) {
                merged = m;
            } else if (m != null) {
                merged.putAll(m);
            }
        }
        List<String> entries = new ArrayList<>();
        if (merged != null) {
            merged.forEach((name, value) -> entries.add(name + (char) ('0' + value)));
        }
        sb.append(FIELD).append(String.join(LIST_SPLIT, entries));
    }

    /**
     * The patterns of DateFormat's factories: per locale the date styles FULL to SHORT, the time styles, and the
     * date-time pairs (date style × 4 + time style).
     */
    public static String dateFormatPatternTable(List<String> tags) {
        StringBuilder sb = new StringBuilder();
        for (Locale locale : locales(tags)) {
            sb.append(tag(locale));
            for (int style = 0; style < 4; style++) {
                sb.append(FIELD).append(pattern(java.text.DateFormat.getDateInstance(style, locale)));
            }
            for (int style = 0; style < 4; style++) {
                sb.append(FIELD).append(pattern(java.text.DateFormat.getTimeInstance(style, locale)));
            }
            for (int date = 0; date < 4; date++) {
                for (int time = 0; time < 4; time++) {
                    sb.append(FIELD).append(pattern(java.text.DateFormat.getDateTimeInstance(date, time, locale)));
                }
            }
            sb.append(LOCALE_END);
        }
        return sb.toString();
    }

    private static String pattern(java.text.DateFormat format) {
        return ((java.text.SimpleDateFormat) format).toPattern();
    }

    /**
     * Calendar's week data, which the JDK takes from the locale's region alone: the first day of the week and the
     * minimal days of the first week of a locale without a region, then of a region without data of its own, then
     * each region that differs from that, as its code and the two digits.
     */
    public static String weekTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(week(Locale.ROOT));
        String fallback = week(new Locale("", "ZZ"));
        sb.append(fallback);
        for (String region : Locale.getISOCountries()) {
            String week = week(new Locale("", region));
            if (!week.equals(fallback)) {
                sb.append(region).append(week);
            }
        }
        return sb.toString();
    }

    private static String week(Locale locale) {
        Calendar c = Calendar.getInstance(locale);
        return "" + (char) ('0' + c.getFirstDayOfWeek()) + (char) ('0' + c.getMinimalDaysInFirstWeek());
    }

    /** The fields {@code Calendar.getDisplayName(s)} names: ERA, MONTH, DAY_OF_WEEK, AM_PM, with their values. */
    static final int[][] NAMED_FIELDS = {
        {Calendar.ERA, 0, 2}, {Calendar.MONTH, 0, 12}, {Calendar.DAY_OF_WEEK, 1, 8}, {Calendar.AM_PM, 0, 2}
    };

    /**
     * The calendar name table: per locale, for ERA, MONTH, DAY_OF_WEEK and AM_PM in that order, first what
     * {@code Calendar.getDisplayName(field, style, locale)} answers for each value in the six styles (an empty entry
     * where it answers null), then what {@code getDisplayNames(field, style, locale)} answers in the six styles and
     * {@code ALL_STYLES}: the map's kind ({@code H} a HashMap, {@code T} a TreeMap of the longest names first,
     * {@code -} null) followed by its entries in its order, each a name and its value as one character from '0'.
     */
    public static String calendarNameTable(List<String> tags) {
        StringBuilder sb = new StringBuilder();
        for (Locale locale : locales(tags)) {
            Calendar c = Calendar.getInstance(locale);
            sb.append(tag(locale));
            for (int[] named : NAMED_FIELDS) {
                for (int s = 0; s < 6; s++) {
                    List<String> names = new ArrayList<>();
                    for (int value = named[1]; value < named[2]; value++) {
                        c.set(named[0], value);
                        String name =
                                c.getDisplayName(named[0], io.jdash.runtime.jvm.JvmLegacyTime.NAME_STYLES[s], locale);
                        names.add(name == null ? "" : name);
                    }
                    sb.append(FIELD).append(String.join(LIST_SPLIT, names));
                }
                for (int style : io.jdash.runtime.jvm.JvmLegacyTime.NAME_STYLES) {
                    Map<String, Integer> map = c.getDisplayNames(named[0], style, locale);
                    sb.append(FIELD).append(mapKind(map));
                    if (map != null) {
                        List<String> entries = new ArrayList<>();
                        map.forEach((name, value) -> entries.add(name + (char) ('0' + value)));
                        sb.append(String.join(LIST_SPLIT, entries));
                    }
                }
            }
            sb.append(LOCALE_END);
        }
        return sb.toString();
    }

    private static char mapKind(Map<String, Integer> map) {
        if (map == null) {
            return '-';
        }
        if (map instanceof java.util.HashMap) {
            return 'H';
        }
        if (map instanceof java.util.TreeMap<String, Integer> tree
                && tree.comparator() != null
                && tree.comparator().compare("ab", "a") < 0
                && tree.comparator().compare("a", "b") < 0) {
            return 'T';
        }
        throw new IllegalStateException("Calendar.getDisplayNames answered a "
                + map.getClass().getName() + " with another order than the JDK's HashMap or longest-first TreeMap");
    }
}
