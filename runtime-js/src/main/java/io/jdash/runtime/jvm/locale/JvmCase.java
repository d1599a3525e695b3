package io.jdash.runtime.jvm.locale;

import java.util.Locale;

/**
 * {@code String.toUpperCase(Locale)} and {@code toLowerCase(Locale)} as the JDK maps case: the locale matters only
 * for Turkish, Azeri (dotted and dotless i) and Lithuanian (dots above), where the JDK applies Unicode's
 * SpecialCasing, as the browser's locale-aware mapping does; for every other locale the JDK maps as without a
 * locale, where the browser would apply more (Greek upper case drops accents in the browser, not on the JVM). The
 * compiler points those calls here.
 */
public final class JvmCase {
    private JvmCase() {}

    private static boolean special(String s, Locale locale) {
        if (s == null || locale == null) {
            throw new NullPointerException(); // the JDK's, for a null string or locale
        }
        String language = locale.getLanguage();
        return language.equals("tr") || language.equals("az") || language.equals("lt");
    }

    /** {@code s.toUpperCase(locale)}. */
    public static String toUpperCase(String s, Locale locale) {
        return special(s, locale) ? s.toUpperCase(locale) : s.toUpperCase();
    }

    /** {@code s.toLowerCase(locale)}. */
    public static String toLowerCase(String s, Locale locale) {
        return special(s, locale) ? s.toLowerCase(locale) : s.toLowerCase();
    }
}
