package io.jdash.compiler.conformance;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded generators of DecimalFormat cases: patterns from a grammar (prefix, integer digits with primary and
 * secondary grouping, fraction digits, exponent, suffix, negative subpattern, quotes, percent, per-mille and
 * currency signs) and values at rounding edges (…5 at every decimal place, exact binary ties, huge and tiny values,
 * negative zero, NaN, infinities, longs near 2^53 and the long limits). Shared by the JVM test of the engine and the
 * differential suite of the bundle.
 */
public final class DecimalFormatCases {
    /** Locales of the generated cases: the ones dashboards meet, by tag ("" is the root locale). */
    public static final List<String> LOCALES = List.of(
            "", "en-US", "en-GB", "de-DE", "fr-FR", "it-IT", "es-ES", "nl-NL", "pt-BR", "ja-JP", "zh-CN", "tr-TR");
    /** More locales for the JVM test of the engine (a bundle with dynamic locales falls back for these). */
    public static final List<String> MORE_LOCALES = List.of("de-CH", "en-IN", "fr-CA", "hi-IN", "sv-SE");

    /** Hand-written patterns of the JDK's documentation and common dashboards, before the generated ones. */
    public static final List<String> FIXED_PATTERNS = List.of(
            "#,##0.00",
            "0.0",
            "0.00",
            "#,##0",
            "#",
            "0",
            "#,##0.###",
            "0.###E0",
            "00.###E0",
            "##0.#####E0",
            "#,##0.00;(#,##0.00)",
            "0.00%",
            "#,##0%",
            "#,##0‰",
            "¤#,##0.00",
            "¤¤ #,##0.00",
            "#,##0.00 ¤",
            "'#'#",
            "'x''y' 0.0 'z'",
            "#,##,##0.00",
            "#,####0.0#",
            "0.0##",
            "000000",
            ".00",
            "#.",
            "0.",
            "#,##0.00;-#,##0.00",
            "+0.0;-0.0",
            "0.0E00",
            "##0.##E0",
            "0.00E0%",
            "",
            "#,##0.0#;#",
            "$#,##0.00;($#,##0.00)",
            "0.000000000000000000000",
            "#,##0.00 'units'");

    private DecimalFormatCases() {}

    /** {@code count} patterns from the grammar, seeded. */
    public static List<String> patterns(int count, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(FIXED_PATTERNS);
        String[] prefixes = {"", "", "", "$", "¤", "¤¤ ", "'#'", "-", "+", "(", "x ", "'it''s' ", "%", "‰", "€"};
        String[] suffixes = {"", "", "", " ¤", "%", "‰", " 'kg'", ")", "'E'", " -"};
        while (out.size() < count) {
            StringBuilder p = new StringBuilder(prefixes[r.nextInt(prefixes.length)]);
            int hashes = r.nextInt(4);
            int zeros = 1 + r.nextInt(3);
            int group = r.nextInt(4) == 0 ? 0 : 2 + r.nextInt(3);
            int secondary = r.nextInt(5) == 0 ? 2 : 0;
            String integer = "#".repeat(hashes) + "0".repeat(zeros);
            if (group > 0) {
                String padded = "#".repeat(Math.max(0, group + 1 - integer.length())) + integer;
                int at = padded.length() - group;
                integer = padded.substring(0, at) + "," + padded.substring(at);
                if (secondary > 0) {
                    integer = "#," + "#".repeat(secondary - 1) + integer;
                }
            }
            p.append(integer);
            boolean exponent = r.nextInt(6) == 0;
            int minFrac = r.nextInt(4);
            int maxExtra = r.nextInt(4);
            if (minFrac + maxExtra > 0 || r.nextInt(8) == 0) {
                p.append('.').append("0".repeat(minFrac)).append("#".repeat(maxExtra));
            }
            if (exponent) {
                p.append('E').append("0".repeat(1 + r.nextInt(2)));
            }
            String suffix = suffixes[r.nextInt(suffixes.length)];
            if (suffix.equals("%") && p.indexOf("%") >= 0
                    || suffix.equals("‰") && p.indexOf("‰") >= 0
                    || (suffix.equals("%") || suffix.equals("‰")) && (p.indexOf("%") >= 0 || p.indexOf("‰") >= 0)) {
                suffix = "";
            }
            p.append(suffix);
            if (r.nextInt(4) == 0) {
                p.append(';')
                        .append(r.nextBoolean() ? "(" : "-")
                        .append(integer.replace("#,", "#,"))
                        .append(r.nextBoolean() ? ")" : "");
            }
            out.add(p.toString());
        }
        return out;
    }

    /** Values at the edges of rounding, seeded. */
    public static List<Double> values(int count, long seed) {
        Random r = new Random(seed);
        List<Double> out = new ArrayList<>(List.of(
                0.0,
                -0.0,
                0.5,
                1.5,
                2.5,
                -2.5,
                0.15,
                0.25,
                0.35,
                0.45,
                1.005,
                1.015,
                1.025,
                2.675,
                1.0E-5,
                5.0E-4,
                0.05,
                0.005,
                0.0005,
                123456.785,
                1234567.891,
                -1234.5,
                9.995,
                99.995,
                0.9999,
                999999.9995,
                1.0E15,
                1.0E21,
                1.7976931348623157E308,
                4.9E-324,
                Double.MIN_NORMAL,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                9007199254740993.0,
                9007199254740992.0,
                4503599627370495.5,
                0.1,
                0.2,
                0.3,
                1.0 / 3,
                2.0 / 3,
                1.0E-300,
                12345.0,
                -0.001,
                0.125,
                0.375,
                10.0,
                100.0,
                1000.0,
                1.0E7,
                -9.5,
                1.45,
                8.345,
                1.0E100,
                3.5E-7,
                9999999.0,
                9999999.5,
                9.99E-4));
        // one digit at every power of ten where Double.toString's text changes layout (plain from 10^-3 to 10^7, a
        // ".0" after whole numbers and after one digit before an exponent): the engine lays out its digits so
        for (int power = -5; power <= 8; power++) {
            for (int digit : new int[] {1, 5, 9}) {
                out.add(Double.parseDouble(digit + "E" + power));
            }
        }
        while (out.size() < count) {
            double v;
            switch (r.nextInt(6)) {
                case 0 -> v = (r.nextInt(2000000) - 1000000) / Math.pow(10, r.nextInt(8)); // short decimals
                case 1 -> v = (2 * r.nextInt(100000) + 1) * 5 / Math.pow(10, 1 + r.nextInt(7)); // ...5 endings
                case 2 -> v = (r.nextInt(1 << 20) + 0.5) / (1 << r.nextInt(12)); // exact binary ties
                case 3 -> v = r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
                case 4 -> v = Double.longBitsToDouble(r.nextLong());
                default -> v = r.nextDouble() * 1000;
            }
            if (!Double.isNaN(v)) {
                out.add(r.nextInt(4) == 0 ? -v : v);
            }
        }
        return out;
    }

    /** Longs at the edges, seeded. */
    public static List<Long> longs(int count, long seed) {
        Random r = new Random(seed);
        List<Long> out = new ArrayList<>(List.of(
                0L,
                1L,
                -1L,
                5L,
                15L,
                25L,
                999L,
                1000L,
                123456789L,
                -123456789L,
                (1L << 53) - 1,
                1L << 53,
                (1L << 53) + 1,
                -(1L << 53),
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                Long.MAX_VALUE / 100,
                Long.MAX_VALUE / 100 + 1,
                Integer.MAX_VALUE + 1L,
                Integer.MIN_VALUE - 1L));
        while (out.size() < count) {
            out.add(r.nextBoolean() ? r.nextLong() >> r.nextInt(63) : (long) r.nextInt(100000) - 50000);
        }
        return out;
    }

    /** The locale of a tag of {@link #LOCALES}. */
    public static Locale locale(String tag) {
        return tag.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(tag);
    }

    /** The rounding modes, HALF_EVEN (the default) first. */
    public static List<RoundingMode> modes() {
        List<RoundingMode> modes = new ArrayList<>(List.of(RoundingMode.HALF_EVEN));
        for (RoundingMode m : RoundingMode.values()) {
            if (m != RoundingMode.HALF_EVEN) {
                modes.add(m);
            }
        }
        return modes;
    }
}
