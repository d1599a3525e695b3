package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.runtime.jvm.text.JvmDecimalFormat;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The engine on the JVM against the JDK's DecimalFormat, on generated patterns, values, locales and modes. */
class JvmDecimalFormatTest {
    private static String attempt(Supplier<Object> s) {
        try {
            return String.valueOf(s.get());
        } catch (RuntimeException | OutOfMemoryError e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static void check(List<String> problems, String what, String jdk, String ours) {
        if (!jdk.equals(ours) && problems.size() < 60) {
            problems.add(what + ": JDK " + jdk + " / ours " + ours);
        }
    }

    @Test
    void formatsAsTheJdk() {
        List<String> problems = new ArrayList<>();
        List<String> patterns = DecimalFormatCases.patterns(300, 1);
        List<Double> values = DecimalFormatCases.values(400, 2);
        List<Long> longs = DecimalFormatCases.longs(60, 3);
        int cases = 0;
        int p = 0;
        List<String> locales = new ArrayList<>(DecimalFormatCases.LOCALES);
        locales.addAll(DecimalFormatCases.MORE_LOCALES);
        for (String pattern : patterns) {
            String tag = locales.get(p % locales.size());
            Locale locale = DecimalFormatCases.locale(tag);
            RoundingMode mode = DecimalFormatCases.modes().get(p / 3 % 8);
            p++;
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            String jdkMade = attempt(() -> new DecimalFormat(pattern, symbols));
            String ourMade = attempt(() -> new JvmDecimalFormat(pattern, symbols));
            if (jdkMade.contains("Exception") || ourMade.contains("Exception")) {
                check(
                        problems,
                        "pattern " + pattern,
                        jdkMade.contains("Exception") ? jdkMade : "ok",
                        ourMade.contains("Exception") ? ourMade : "ok");
                cases++;
                continue;
            }
            DecimalFormat jdk = new DecimalFormat(pattern, symbols);
            JvmDecimalFormat ours = new JvmDecimalFormat(pattern, symbols);
            jdk.setRoundingMode(mode);
            ours.setRoundingMode(mode);
            // with unlimited fraction digits (the empty pattern) the JDK fills a buffer of 1.2 G chars for a minute
            // before it gives up
            if (jdk.getMaximumFractionDigits() < 1_000_000) {
                cases++;
                check(
                        problems,
                        pattern + " " + tag + " toPattern",
                        attempt(jdk::toPattern) + " " + jdk.getMaximumFractionDigits(),
                        attempt(ours::toPattern) + " " + ours.getMaximumFractionDigits());
            }
            for (double v : values) {
                cases++;
                check(
                        problems,
                        pattern + " " + tag + " " + mode + " " + v,
                        attempt(() -> jdk.format(v, new StringBuffer(), new java.text.FieldPosition(0))
                                .toString()),
                        attempt(() -> ours.format(v, new StringBuffer(), null).toString()));
                check(
                        problems,
                        pattern + " " + tag + " " + mode + " " + v + " (NumberFormat.format)",
                        attempt(() -> jdk.format(v)),
                        attempt(() -> ours.formatNumber(v)));
            }
            for (long v : longs) {
                cases++;
                check(
                        problems,
                        pattern + " " + tag + " " + mode + " long " + v,
                        attempt(() -> jdk.format(v)),
                        attempt(() -> ours.format(v, new StringBuffer(), null).toString()));
            }
            jdk.setRoundingMode(RoundingMode.HALF_EVEN);
            ours.setRoundingMode(RoundingMode.HALF_EVEN);
            for (String text : List.of(
                    jdk.format(1234.5),
                    jdk.format(-0.25),
                    jdk.format(7),
                    "abc",
                    "",
                    "-",
                    jdk.format(Double.POSITIVE_INFINITY),
                    "NaN",
                    "12,345.67",
                    "1.234,5",
                    "1E3",
                    "  5")) {
                cases++;
                ParsePosition a = new ParsePosition(0);
                ParsePosition b = new ParsePosition(0);
                String x = attempt(() -> jdk.parse(text, a)) + "@" + a;
                String y = attempt(() -> ours.parse(text, b)) + "@" + b;
                check(problems, pattern + " " + tag + " parse '" + text + "'", x, y);
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " of " + cases + ":\n" + String.join("\n", problems));
    }
}
