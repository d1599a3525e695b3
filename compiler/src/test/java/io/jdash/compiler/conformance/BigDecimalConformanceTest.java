package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated differential cases for {@code BigDecimal} and {@code BigInteger} as money code uses them: parsing
 * (valid, malformed, non-ASCII digits, huge exponents), printing, rounding in every mode, arithmetic with exact and
 * inexact division, and conversions from doubles and longs; every outcome (value or exception and message) equal.
 */
class BigDecimalConformanceTest {
    private static ConformanceBundle bundle;

    @BeforeAll
    static void compile() throws Exception {
        bundle = ConformanceBundle.compile(
                Files.createTempDirectory("jdash-bigdecimal"), MinifyLevel.SIMPLE, true, "bigdecimal");
    }

    private static void assertAgree(List<Case> cases) throws Exception {
        List<String> problems = bundle.disagreements(cases);
        Path report = Path.of("target", "conformance-bigdecimal-" + cases.get(0).function() + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, String.join("\n", problems));
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " cases disagree (all in " + report + "):\n"
                        + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    /** Whether this JVM's {@code Double.toString(d)} has the fewest digits that read back as {@code d}. */
    static boolean javaPrintsShortest(double d) {
        if (d == 0 || Double.isNaN(d) || Double.isInfinite(d)) {
            return true;
        }
        java.math.BigDecimal printed = new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros();
        for (int digits = 1; digits < printed.precision(); digits++) {
            java.math.BigDecimal shorter = new java.math.BigDecimal(d)
                    .round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() == d) {
                return false;
            }
        }
        return true;
    }

    static List<String> decimalTexts(Random random, int n) {
        // (not 1e2147483647: printing it fails inside the JDK itself, with a NegativeArraySizeException; the
        // browser's is a JS RangeError)
        List<String> texts = new ArrayList<>(List.of(
                "0",
                "-0",
                "+0",
                "0.000",
                "1",
                "-1",
                "10",
                "1.10",
                "100.5",
                ".5",
                "5.",
                "-.5",
                "1e3",
                "1E+3",
                "1e-3",
                "-1.5E-7",
                "123456789012345678901234567890.123456789",
                "0.1",
                "0.125",
                "2.5",
                "-2.5",
                "1e9999",
                "1e-9999",
                "1e2147483648",
                "",
                " ",
                " 1",
                "1 ",
                "1..2",
                "1e",
                "1e+",
                "+",
                "-",
                ".",
                "e5",
                "0x10",
                "1_000",
                "NaN",
                "Infinity",
                "--1",
                "+-1",
                "1,5",
                "١٢٣",
                "١.٥",
                "12a",
                "1e1.5",
                "00012.3400",
                "9999999999999999999.99",
                "-0.00000000000000000001"));
        for (int i = 0; i < n; i++) {
            StringBuilder s = new StringBuilder();
            if (random.nextInt(3) == 0) {
                s.append(random.nextBoolean() ? '-' : '+');
            }
            int digits = 1 + random.nextInt(random.nextInt(4) == 0 ? 30 : 8);
            for (int d = 0; d < digits; d++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                s.insert(s.length() - random.nextInt(Math.min(digits, 5) + 1), '.');
            }
            if (random.nextInt(4) == 0) {
                s.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(41) - 20);
            }
            texts.add(s.toString());
        }
        return texts;
    }

    @Test
    void parsingText_isNotWarnedAbout() {
        // the texts are read and refused as the JDK's, messages included: JDASH-W008 is retired
        List<String> warned = bundle.result().diagnostics().stream()
                .filter(d -> d.code().equals("JDASH-W008"))
                .map(d -> d.file() + ":" + d.line())
                .toList();
        assertTrue(warned.isEmpty(), "JDASH-W008 at " + warned);
    }

    @Test
    void parsingAndPrinting_agree() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String text : decimalTexts(new Random(20261202), 400)) {
            cases.add(new Case("BigDecimalCallbacks_parse", "[" + ConformanceBundle.quote(text) + "]", null));
        }
        assertAgree(cases);
    }

    @Test
    void arithmeticAndRounding_agree() throws Exception {
        Random random = new Random(12_02);
        List<String> numbers = decimalTexts(random, 200).stream()
                .filter(t -> {
                    try {
                        new java.math.BigDecimal(t);
                        return !t.contains("2147483") && !t.contains("9999"); // no megabyte answers
                    } catch (NumberFormatException e) {
                        return false;
                    }
                })
                .toList();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String a = numbers.get(random.nextInt(numbers.size()));
            String b = i % 25 == 0 ? "0" : numbers.get(random.nextInt(numbers.size()));
            int scale = random.nextInt(12) - 3;
            cases.add(new Case(
                    "BigDecimalCallbacks_arithmetic",
                    "[" + ConformanceBundle.quote(a) + "," + ConformanceBundle.quote(b) + "," + scale + "]",
                    null));
        }
        assertAgree(cases);
    }

    @Test
    void conversionsFromDoublesAndLongs_agree() throws Exception {
        Random random = new Random(2_12);
        double[] doubles = {
            0,
            -0.0,
            0.1,
            0.5,
            1.005,
            2.675,
            1e-7,
            123456.789,
            4.9e-324,
            Double.MAX_VALUE,
            -1e22,
            1.0E21,
            9007199254740993.0
        };
        // longs stay within 2^53: a JS number carries them exactly
        long[] longs = {0, 1, -1, 97, 1L << 53, -(1L << 53), 123456789, 999_999_999_999L};
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double d = i < doubles.length
                    ? doubles[i]
                    : (random.nextBoolean() ? -1 : 1) * random.nextDouble() * Math.pow(10, random.nextInt(30) - 10);
            long n = i < longs.length ? longs[i] : random.nextLong() >> (11 + random.nextInt(53));
            int scale = i % 7 == 0 ? 0 : random.nextInt(12) - 3;
            if (!javaPrintsShortest(d)) {
                continue; // BigDecimal.valueOf(d) reads Double.toString(d): JDK-4511638 on Java 17 and 18
            }
            cases.add(new Case("BigDecimalCallbacks_values", "[" + d + "," + n + "," + scale + "]", null));
        }
        assertAgree(cases);
    }
}
