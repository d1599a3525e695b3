package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import io.jdash.compiler.report.SizeReport;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DecimalFormat and NumberFormat in a bundle of their own, against the JVM: generated patterns x values at rounding
 * edges x locales x rounding modes, longs, the factories in every named locale, setters, and parsing. The bundle must
 * not carry TeaVM's DecimalFormat or its locale data.
 */
class NumberFormatConformanceTest {
    private static ConformanceBundle bundle;

    @BeforeAll
    static void compile() throws Exception {
        Path dir = Files.createTempDirectory("jdash-numberformat");
        bundle = ConformanceBundle.compile(dir, MinifyLevel.SIMPLE, true, "numberformat");
    }

    private static String q(String s) {
        return ConformanceBundle.quote(s);
    }

    private static String json(double d) {
        if (Double.isNaN(d)) {
            return "null";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "1e999" : "-1e999";
        }
        return d == 0 && 1 / d < 0 ? "-0.0" : Double.toString(d);
    }

    /**
     * Whether Java 17's decimal digits of {@code d} are longer than the shortest that read back as it
     * (JDK-4511638): DecimalFormat rounds those digits on the JVM, and the browser has the shortest ones.
     */
    static boolean notShortestOnThisJdk(double d) {
        if (d == 0
                || Double.isNaN(d)
                || Double.isInfinite(d)
                || Runtime.version().feature() >= 19) {
            return false;
        }
        BigDecimal exact = new BigDecimal(Math.abs(d));
        String jdk = new BigDecimal(Double.toString(Math.abs(d)))
                .stripTrailingZeros()
                .unscaledValue()
                .toString();
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == Math.abs(d)) {
                return jdk.length() > p
                        || !r.stripTrailingZeros().unscaledValue().toString().equals(jdk);
            }
        }
        return true;
    }

    private static void assertAgree(List<Case> cases) throws Exception {
        bundle.assertAgree(cases);
    }

    @Test
    void patternsValuesLocalesAndModesAsTheJvm() throws Exception {
        List<String> patterns = DecimalFormatCases.patterns(160, 11);
        List<Double> all = DecimalFormatCases.values(140, 12);
        List<Double> values = new ArrayList<>();
        int skipped = 0;
        for (double v : all) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue; // JSON has no such numbers: the callback formats them itself
            }
            if (notShortestOnThisJdk(v) || notShortestOnThisJdk(v * 100) || notShortestOnThisJdk(v * 1000)) {
                skipped++;
            } else {
                values.add(v);
            }
        }
        StringBuilder array = new StringBuilder("[");
        for (double v : values) {
            array.append(array.length() > 1 ? "," : "").append(json(v));
        }
        String list = array.append(']').toString();
        List<Case> cases = new ArrayList<>();
        List<RoundingMode> modes = DecimalFormatCases.modes();
        int i = 0;
        for (String pattern : patterns) {
            String tag = DecimalFormatCases.LOCALES.get(i % DecimalFormatCases.LOCALES.size());
            RoundingMode mode = modes.get(i / 3 % modes.size());
            i++;
            cases.add(new Case(
                    "NumberFormatCallbacks_pattern",
                    "[" + q(pattern) + "," + q(tag) + "," + q(mode.name()) + "," + list + "]",
                    null));
        }
        assertTrue(values.size() * cases.size() > 15_000, values.size() + " values, " + skipped + " skipped");
        assertAgree(cases);
    }

    @Test
    void longsAsTheJvm() throws Exception {
        StringBuilder array = new StringBuilder("[");
        for (long v : DecimalFormatCases.longs(80, 21)) {
            array.append(array.length() > 1 ? "," : "").append(q(Long.toString(v)));
        }
        String list = array.append(']').toString();
        List<Case> cases = new ArrayList<>();
        for (String pattern : DecimalFormatCases.patterns(60, 22)) {
            cases.add(new Case("NumberFormatCallbacks_longs", "[" + q(pattern) + "," + list + "]", null));
        }
        assertAgree(cases);
    }

    @Test
    void factoriesAndSettersAsTheJvm() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (double v : DecimalFormatCases.values(120, 31)) {
            if (!Double.isNaN(v)
                    && !Double.isInfinite(v)
                    && !notShortestOnThisJdk(v)
                    && !notShortestOnThisJdk(v * 100)) {
                cases.add(new Case("NumberFormatCallbacks_factories", "[" + json(v) + "]", null));
                cases.add(new Case(
                        "NumberFormatCallbacks_setters", "[" + json(v) + "," + (cases.size() % 6) + "]", null));
            }
        }
        assertAgree(cases);
    }

    @Test
    void parsesAsTheJvm() throws Exception {
        List<Case> cases = new ArrayList<>();
        List<String> texts = List.of(
                "1,234.56",
                "1.234,56",
                "-12",
                "(12)",
                "12%",
                "1E3",
                "1.5E-2",
                "abc",
                "",
                "  7",
                "∞",
                "-∞",
                "NaN",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775808",
                "0.000",
                "-0",
                "12 345,6",
                "12 345,6",
                "€1.00",
                "$1,000.00",
                "1,2,3",
                "1..2",
                "007",
                ".5",
                "5.",
                "-.5",
                "1e5",
                "1,234.56 units");
        List<String> patterns = List.of(
                "#,##0.00",
                "0.###",
                "#,##0.00;(#,##0.00)",
                "0%",
                "0.###E0",
                "¤#,##0.00",
                "$#,##0.00",
                "#,##0.## 'units'");
        int i = 0;
        for (String pattern : patterns) {
            for (String text : texts) {
                String tag = DecimalFormatCases.LOCALES.get(i++ % DecimalFormatCases.LOCALES.size());
                cases.add(new Case(
                        "NumberFormatCallbacks_parse", "[" + q(pattern) + "," + q(tag) + "," + q(text) + "]", null));
            }
        }
        assertAgree(cases);
    }

    @Test
    void bundleHasNoTeavmNumberFormatOrLocaleData() {
        List<String> heavy = new ArrayList<>();
        for (SizeReport.SourceSize s : bundle.result().sizeReport().sources()) {
            if (s.source().contains("CLDR")
                    || s.source().contains("Currency")
                    || s.source().contains("DecimalFormat$")
                    || s.source().contains("DecimalFormatParser")) {
                heavy.add(s.source());
            }
        }
        assertEquals(List.of(), heavy);
    }
}
