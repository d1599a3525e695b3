package io.jdash.runtime.jvm.locale;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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

    private static Map<String, String[]> numbers;
    private static Map<String, String[]> dates;
    private static String defaultTag;

    private JvmLocales() {
    }

    /** The number table: see {@link LocaleTables#numberTable}. Replaced at build time. */
    static String numberTable() {
        return LocaleTables.numberTable(LocaleTables.STANDARD);
    }

    /** The date-name table: see {@link LocaleTables#dateTable}. Replaced at build time. */
    static String dateTable() {
        return LocaleTables.dateTable(LocaleTables.STANDARD);
    }

    private static Map<String, String[]> parse(String table) {
        Map<String, String[]> map = new HashMap<>();
        int start = 0;
        while (start < table.length()) {
            int end = table.indexOf(LocaleTables.LOCALE_END, start);
            String[] fields = table.substring(start, end).split(LocaleTables.FIELD_SPLIT, -1);
            if (defaultTag == null) {
                defaultTag = fields[0];
            }
            map.put(fields[0], fields);
            start = end + 1;
        }
        return map;
    }

    /** The fields of {@code locale} in {@code table}, after the JDK's fallback chain. */
    private static String[] lookup(Map<String, String[]> table, Locale locale) {
        String language = locale.getLanguage();
        String country = locale.getCountry();
        String[] found = table.get(country.isEmpty() ? language : language + "-" + country);
        if (found == null) {
            found = table.get(language);
        }
        return found != null ? found : table.get("");
    }

    private static String[] numbers(Locale locale) {
        if (numbers == null) {
            numbers = parse(numberTable());
        }
        return lookup(numbers, locale);
    }

    private static String[] dates(Locale locale) {
        if (dates == null) {
            dates = parse(dateTable());
        }
        return lookup(dates, locale);
    }

    /** The tag of the build JVM's default locale, which the bundle takes as its default. */
    public static String defaultTag() {
        if (numbers == null) {
            numbers = parse(numberTable());
        }
        return defaultTag;
    }

    /** The bundle's default locale: the build JVM's default for formatting. */
    public static Locale defaultLocale() {
        String tag = defaultTag();
        int dash = tag.indexOf('-');
        return dash < 0 ? new Locale(tag) : new Locale(tag.substring(0, dash), tag.substring(dash + 1));
    }

    /**
     * {@code Locale.forLanguageTag} for the tags dashboards use: language, optional script (ignored, as a
     * {@code Locale} made from language and country has none) and region; {@code und} is the root locale.
     */
    public static Locale forLanguageTag(String tag) {
        String[] parts = tag.replace('_', '-').split("-");
        String language = parts[0].toLowerCase(Locale.ROOT);
        if (language.equals("und") || !language.matches("[a-z]{2,8}")) {
            language = "";
        }
        String country = "";
        for (int i = 1; i < parts.length && i <= 2; i++) {
            if (parts[i].matches("[A-Za-z]{2}|[0-9]{3}")) {
                country = parts[i].toUpperCase(Locale.ROOT);
                break;
            }
            if (!parts[i].matches("[A-Za-z]{4}")) {
                break;
            }
        }
        return new Locale(language, country);
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

    /** A date-time text: {@code kind} is a field of {@link LocaleTables#dateTable}, {@code index} its entry. */
    public static String dateText(Locale locale, int kind, int index) {
        return dates(locale)[1 + kind].split(LocaleTables.LIST_SPLIT, -1)[index];
    }
}
