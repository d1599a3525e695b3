package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Case mapping with a locale (Turkish and Azeri dotted and dotless i, Lithuanian dots, Greek sigma, German sharp s,
 * expanding ligatures), String.format with a locale, month and day names in every TextStyle, and Locale tags: seeded
 * generated inputs, JVM against the bundle in node.
 */
class LocaleConformanceTest {
    private static final List<String> CASE_LOCALES =
            List.of("und", "en-US", "tr-TR", "az-AZ", "lt-LT", "el-GR", "de-DE", "nl-NL", "fr-FR");
    /**
     * The generated strings' characters. The capital sigma is not among them: where a word boundary is not plain
     * (digits, marks, hyphens), the JDK's final-sigma rule (its word BreakIterator) and the browser's disagree, with
     * or without a locale; sigmas at the end of plain words are checked below.
     */
    private static final String[] ALPHABET = {
        "i",
        "I",
        "ı",
        "İ",
        "ß",
        "ẞ",
        "ﬁ",
        "ﬀ",
        "σ",
        "ς",
        "Α",
        "ά",
        "ΐ",
        "ǅ",
        "ŉ",
        "\u0307",
        "\u0300",
        "\u0301",
        "Ì",
        "Í",
        "Ĩ",
        "J",
        "Į",
        "j",
        "į",
        "ǰ",
        "a",
        "Z",
        "1",
        " ",
        "-",
        "ԵՒ",
        "և",
        "Ω",
        "ω",
        "ſ",
        "K",
        "Å",
        "\uD801\uDC00",
        "\uD801\uDC28"
    };

    private static ConformanceBundle bundle;

    @BeforeAll
    static void compile() throws Exception {
        bundle = ConformanceBundle.compile(
                Files.createTempDirectory("jdash-locale"), MinifyLevel.SIMPLE, true, "locale");
    }

    private static String q(String s) {
        return ConformanceBundle.quote(s);
    }

    private static void assertAgree(List<Case> cases) throws Exception {
        bundle.assertAgree(cases);
    }

    @Test
    void caseMappingAsTheJvm() throws Exception {
        Random r = new Random(51);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            StringBuilder s = new StringBuilder();
            int n = r.nextInt(9);
            for (int k = 0; k < n; k++) {
                s.append(ALPHABET[r.nextInt(ALPHABET.length)]);
            }
            cases.add(new Case(
                    "LocaleCallbacks_cases",
                    "[" + q(s.toString()) + "," + q(CASE_LOCALES.get(i % CASE_LOCALES.size())) + "]",
                    null));
        }
        for (String word : List.of(
                "ΟΔΟΣ",
                "ΟΔΟΣ ΟΔΟΣ.",
                "ΣΑΣ",
                "Σ",
                "ΑΣ1",
                "İstanbul",
                "ISTANBUL",
                "Straße",
                "ﬁnal",
                "ǅemal",
                "i\u0307",
                "I\u0300",
                "Į\u0301",
                "DİYARBAKIR")) {
            for (String tag : CASE_LOCALES) {
                cases.add(new Case("LocaleCallbacks_cases", "[" + q(word) + "," + q(tag) + "]", null));
            }
        }
        assertAgree(cases);
    }

    @Test
    void formatWithLocaleAsTheJvm() throws Exception {
        Random r = new Random(52);
        List<String> formats = List.of(
                "%,.2f",
                "%.3f",
                "%e",
                "%2$,d",
                "%010.2f|%d",
                "%S %s",
                "%(,.2f",
                "%g",
                "%2$+,d %1$.0f",
                "%,015.3f",
                "%.1E",
                "%2$,d %1$.4f",
                "%2$x %1$s",
                "%2$(,d",
                "%,f");
        List<Double> values = DecimalFormatCases.values(60, 53);
        List<Case> cases = new ArrayList<>();
        int i = 0;
        for (String f : formats) {
            for (String tag : DecimalFormatCases.LOCALES) {
                for (int k = 0; k < 6; k++) {
                    double x = values.get(r.nextInt(values.size()));
                    if (Double.isNaN(x)
                            || Double.isInfinite(x)
                            || NumberFormatConformanceTest.notShortestOnThisJdk(x)) {
                        x = 1234567.891;
                    }
                    long n = r.nextBoolean() ? r.nextLong() >> r.nextInt(60) : r.nextInt(2000000) - 1000000;
                    cases.add(new Case(
                            "LocaleCallbacks_format",
                            "[" + q(f) + "," + q(tag.isEmpty() ? "und" : tag) + ","
                                    + (x == 0 && 1 / x < 0 ? "-0.0" : Double.toString(x)) + "," + n + "]",
                            null));
                    i++;
                }
            }
        }
        assertTrue(i > 900);
        assertAgree(cases);
    }

    @Test
    void warnsWhereALocaleIsMadeAtRunTime() throws Exception {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("src/test/java/io/jdash/fixtures/locale/LocaleCallbacks.java"));
        int line = lines.indexOf("        return Locale.forLanguageTag(tag);") + 1;
        assertTrue(line > 0);
        assertTrue(
                bundle.result().diagnostics().stream()
                        .anyMatch(d -> d.code().equals("JDASH-W007")
                                && d.file() != null
                                && d.file().endsWith("LocaleCallbacks.java")
                                && d.line() == line),
                "JDASH-W007 at LocaleCallbacks.java:" + line + "; diagnostics: "
                        + bundle.result().diagnostics());
    }

    @Test
    void dateTextsAsTheJvm() throws Exception {
        Random r = new Random(54);
        List<Case> cases = new ArrayList<>();
        for (String tag : DecimalFormatCases.LOCALES) {
            for (int k = 0; k < 14; k++) {
                java.time.LocalDateTime t = java.time.LocalDateTime.of(
                        r.nextInt(3000) - 500, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60));
                if (t.getYear() < 1) {
                    t = t.withYear(1 - t.getYear()); // the formatters print yyyy: no negative years here
                }
                cases.add(new Case(
                        "LocaleCallbacks_dates",
                        "[" + q(t.toString()) + "," + q(tag.isEmpty() ? "und" : tag) + "]",
                        null));
            }
        }
        assertAgree(cases);
    }

    @Test
    void namesAndTagsAsTheJvm() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String tag : List.of(
                "und", "en-US", "en-GB", "de-DE", "fr-FR", "it-IT", "es-ES", "nl-NL", "pt-BR", "ja-JP", "zh-CN",
                "tr-TR", "en", "de", "fr")) {
            cases.add(new Case("LocaleCallbacks_names", "[" + q(tag) + "]", null));
            cases.add(new Case("LocaleCallbacks_tags", "[" + q(tag) + "]", null));
        }
        // tags with a script, an extension or a grandfathered form are left out: the browser's Locale has none
        // of them (see the README)
        for (String tag : List.of(
                "de_DE",
                "DE-de",
                "pt-br",
                "x",
                "",
                "es-419",
                "en-US-POSIX",
                "de-DE-1996",
                "123",
                "fr-CA",
                "en-001",
                "sl-rozaj")) {
            cases.add(new Case("LocaleCallbacks_tags", "[" + q(tag) + "]", null));
        }
        assertAgree(cases);
    }
}
