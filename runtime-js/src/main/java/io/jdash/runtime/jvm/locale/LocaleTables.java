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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    private static final TextStyle[] STYLES = TextStyle.values();

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
}
