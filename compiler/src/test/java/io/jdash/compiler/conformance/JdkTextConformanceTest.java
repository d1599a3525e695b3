package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated differential cases for number parsing, JDK exception texts, {@code Math}/{@code StrictMath} and the Java
 * 9-17 APIs jdash adds to TeaVM's class library: seeded generators over many inputs, the edges included, each run on
 * the JVM and in the compiled bundle in node; every outcome (value or exception class and message) must be equal.
 */
class JdkTextConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConformanceBundle bundle;

    @BeforeAll
    static void compile() throws Exception {
        bundle = ConformanceBundle.compile(
                Files.createTempDirectory("jdash-jdktext"), MinifyLevel.SIMPLE, true, "jdktext");
    }

    static String json(Object... args) {
        try {
            return JSON.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertAgree(String name, List<Case> cases) throws Exception {
        List<String> problems = bundle.disagreements(cases);
        Path report = Path.of("target", "conformance-jdktext-" + name + ".txt");
        Files.createDirectories(report.getParent());
        // getBytes replaces lone surrogates, which no file encoding can hold
        Files.write(report, String.join("\n", problems).getBytes(StandardCharsets.UTF_8));
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " cases disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    // ---- number parsing

    /** Decimal and hexadecimal texts of doubles and floats: random, halfway, subnormal, huge, malformed. */
    static List<String> floatingTexts() {
        Random random = new Random(120_12);
        List<String> texts = new ArrayList<>(List.of(
                "",
                " ",
                "\t\n",
                "0",
                "-0",
                "+0",
                "0.0",
                "-0.0",
                ".5",
                "5.",
                ".",
                "-.",
                "+",
                "-",
                "1e",
                "1e+",
                "1e-",
                "e5",
                "1e5",
                "1E5",
                "1e+5",
                "1e-5",
                "1.5e3d",
                "1.5e3F",
                "1.5dd",
                "1.5 d",
                "1.5f ",
                " 1.5f",
                "NaN",
                "-NaN",
                "+NaN",
                "nan",
                "NaNd",
                "Infinity",
                "-Infinity",
                "+Infinity",
                "infinity",
                "Infinityf",
                "Inf",
                "1_000",
                "1,5",
                "١٢٣",
                "\u00a01",
                "1\u00a0",
                "0x",
                "0x1",
                "0x1p",
                "0x1p3",
                "0X1P3",
                "-0x1.8p3",
                "0x.8p1",
                "0x1.p0",
                "0x.p1",
                "0xp1",
                "0x1.8p3f",
                "0x1.8p3D",
                "0x1p-1074",
                "0x1p-1075",
                "0x1.8p-1074",
                "0x1p-1076",
                "0x1p1023",
                "0x1.fffffffffffffp1023",
                "0x1.fffffffffffff8p1023",
                "0x1p1024",
                "0x1p-149",
                "0x1p-150",
                "0x1.8p-150",
                "0x1p127",
                "0x1.ffffffp127",
                "0x1.fffffep127",
                "0xG",
                "0x1q3",
                "00x1p0",
                "0x0p99999999999",
                "0x1p99999999999",
                "0x1p-99999999999",
                "1e99999999999999999999",
                "1e-99999999999999999999",
                "0e99999999999",
                "4.9e-324",
                "2.4703282292062327e-324",
                "2.4703282292062328e-324",
                "2.4703282292062327208828439643e-324",
                "1.7976931348623157e308",
                "1.7976931348623158e308",
                "1.797693134862315807937e308",
                "1.7976931348623159e308",
                "1.401298464324817e-45",
                "7.006492321624085e-46",
                "7.006492321624086e-46",
                "3.4028235e38",
                "3.4028236e38",
                "3.40282356779733661637539395458142568448e38",
                "9007199254740993",
                "9007199254740993.0000000000000000000001",
                "0.1",
                "0.30000000000000004",
                "123456789012345678901234567890",
                "0.000000000000000000000000000000000000000000001",
                "1." + "0".repeat(400) + "1",
                "0." + "0".repeat(340) + "1",
                "\u0000 2.5 \u001f",
                "2.5\u0020\u0000",
                "1e0010",
                "1e-0010",
                "--1",
                "+-1",
                "1.5e3.2",
                "0x1.8p3.5",
                "1e5f5",
                "x",
                "12abc",
                "1.2.3"));
        for (int i = 0; i < 300; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d)) {
                continue;
            }
            texts.add(Double.toString(d));
            texts.add(Double.toHexString(d));
            // halfway between two doubles (ties to even), and just either side of it
            double up = Math.nextUp(Math.abs(d));
            if (Double.isFinite(up) && Double.isFinite(d)) {
                BigDecimal mid =
                        new BigDecimal(Math.abs(d)).add(new BigDecimal(up)).divide(BigDecimal.valueOf(2));
                texts.add(mid.toString());
                texts.add(mid.toPlainString().length() < 1200 ? mid.toPlainString() + "000000001" : mid + "1");
                texts.add(mid.subtract(mid.ulp()).toString());
            }
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Float.isNaN(f) && Float.isFinite(Math.nextUp(Math.abs(f)))) {
                texts.add(Float.toString(f));
                BigDecimal mid = new BigDecimal(Math.abs(f))
                        .add(new BigDecimal(Math.nextUp(Math.abs(f))))
                        .divide(BigDecimal.valueOf(2));
                texts.add(mid.toString());
                texts.add(mid.add(mid.ulp()).toString());
                texts.add(mid.subtract(mid.ulp()).toString());
            }
            texts.add(randomDecimal(random));
            texts.add(randomHex(random));
            texts.add(mangle(random, randomDecimal(random)));
        }
        return texts;
    }

    private static String randomDecimal(Random random) {
        StringBuilder sb = new StringBuilder();
        sb.append(new String[] {"", "-", "+"}[random.nextInt(3)]);
        int digits = 1 + random.nextInt(random.nextBoolean() ? 6 : 40);
        int dot = random.nextInt(digits + 2) - 1;
        for (int i = 0; i < digits; i++) {
            if (i == dot) {
                sb.append('.');
            }
            sb.append((char) ('0' + random.nextInt(10)));
        }
        if (random.nextBoolean()) {
            sb.append(random.nextBoolean() ? 'e' : 'E')
                    .append(new String[] {"", "-", "+"}[random.nextInt(3)])
                    .append(random.nextInt(random.nextBoolean() ? 20 : 360));
        }
        if (random.nextInt(5) == 0) {
            sb.append("fFdD".charAt(random.nextInt(4)));
        }
        return sb.toString();
    }

    private static String randomHex(Random random) {
        StringBuilder sb = new StringBuilder(new String[] {"", "-", "+"}[random.nextInt(3)]).append("0x");
        int digits = 1 + random.nextInt(20);
        int dot = random.nextInt(digits + 2) - 1;
        for (int i = 0; i < digits; i++) {
            if (i == dot) {
                sb.append('.');
            }
            sb.append("0123456789abcdefABCDEF".charAt(random.nextInt(22)));
        }
        sb.append(random.nextBoolean() ? 'p' : 'P').append(random.nextInt(2300) - 1150);
        if (random.nextInt(4) == 0) {
            sb.append("fFdD".charAt(random.nextInt(4)));
        }
        return sb.toString();
    }

    /** A text with one character inserted, deleted or replaced, or white space around it. */
    private static String mangle(Random random, String s) {
        String noise = " \t\n\u0000\u00a0.eE+-xp_,0fdN";
        int at = random.nextInt(s.length() + 1);
        char c = noise.charAt(random.nextInt(noise.length()));
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, at) + c + s.substring(at);
            case 1 -> at < s.length() ? s.substring(0, at) + s.substring(at + 1) : s;
            case 2 -> at < s.length() ? s.substring(0, at) + c + s.substring(at + 1) : s + c;
            default -> c + s + c;
        };
    }

    @Test
    void parseFloatingPoint() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String s : floatingTexts()) {
            cases.add(new Case("ParseCallbacks_floating", json(s), null));
        }
        cases.add(new Case("ParseCallbacks_floating", "[null]", null));
        assertAgree("floating", cases);
    }

    /** Integer texts in every radix: boundaries, signs, prefixes for decode, Unicode digits, malformed. */
    static List<Object[]> integralTexts() {
        Random random = new Random(120_13);
        List<Object[]> out = new ArrayList<>();
        List<String> fixed = new ArrayList<>(List.of(
                "",
                " ",
                "+",
                "-",
                "0",
                "-0",
                "+0",
                "00",
                "007",
                "08",
                "0x",
                "0X1F",
                "#ff",
                "-#80",
                "0x-1",
                "-0x80000000",
                "0x80000000",
                "-0x8000000000000000",
                "0x7fffffffffffffff",
                "2147483647",
                "2147483648",
                "-2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775808",
                "-9223372036854775809",
                "32767",
                "32768",
                "-32768",
                "-32769",
                "127",
                "128",
                "-128",
                "-129",
                "0x7f",
                "0x80",
                "-0x80",
                "0177",
                "0200",
                "-0200",
                " 1",
                "1 ",
                "1_000",
                "1.0",
                "1e3",
                "ff",
                "FF",
                "zz",
                "ZZ",
                "z",
                "12345678901234567890",
                "+-1",
                "--1",
                "٣٤٥",
                "-١٢",
                "०१२३",
                "１２３",
                "ＦＦ",
                "ｆｆ",
                "ｚ",
                "\u0e50\u0e51",
                "\u0966",
                "٣x",
                "1\u00a0",
                "\u00b2",
                "\u2167",
                "\u0660" + "0".repeat(25),
                "0".repeat(40) + "1",
                "a"));
        int[] radixes = {10, 16, 2, 8, 36, 7, 1, 37, 0, -5};
        for (String s : fixed) {
            out.add(new Object[] {s, radixes[out.size() % radixes.length]});
            out.add(new Object[] {s, 10});
            out.add(new Object[] {s, 16});
        }
        long[] edges = {
            0,
            1,
            -1,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            Short.MAX_VALUE,
            Short.MIN_VALUE,
            Byte.MAX_VALUE,
            Byte.MIN_VALUE
        };
        for (int i = 0; i < 400; i++) {
            int radix = i % 5 == 0 ? 10 : 2 + random.nextInt(35);
            long v =
                    switch (random.nextInt(4)) {
                        case 0 -> edges[random.nextInt(edges.length)] + random.nextInt(3) - 1;
                        case 1 -> random.nextInt();
                        case 2 -> random.nextLong();
                        default -> random.nextInt(1000) - 500;
                    };
            String text = Long.toString(v, radix);
            if (random.nextInt(4) == 0) {
                text = random.nextBoolean() ? text.toUpperCase() : "+" + text;
            }
            if (random.nextInt(6) == 0) {
                text = mangle(random, text);
            }
            out.add(new Object[] {text, radix});
            if (i % 3 == 0) {
                String hex = Long.toHexString(Math.abs(v % 100000));
                out.add(new Object[] {
                    (v < 0 ? "-" : "") + new String[] {"0x", "0X", "#", "0"}[random.nextInt(4)] + hex, radix
                });
            }
        }
        return out;
    }

    @Test
    void parseIntegers() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (Object[] t : integralTexts()) {
            cases.add(new Case("ParseCallbacks_integral", json(t), null));
        }
        cases.add(new Case("ParseCallbacks_integral", "[null,10]", null));
        assertAgree("integral", cases);
    }

    // ---- Math and StrictMath

    private static final double[] SPECIAL_DOUBLES = {
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        -0.5,
        1.5,
        2.5,
        -2.5,
        3.0,
        0.1,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        Math.nextDown(Double.MIN_NORMAL),
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        Math.PI,
        Math.E,
        4503599627370496.0,
        4503599627370497.0,
        9007199254740993.0,
        0.49999999999999994,
        1e308,
        1e-308,
        1e-320,
        2147483647.5,
        -2147483648.5,
        9.223372036854776E18,
        1024,
        1023,
        -1074,
        180,
        360,
        1e-5
    };

    private static double randomDouble(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> SPECIAL_DOUBLES[random.nextInt(SPECIAL_DOUBLES.length)];
            case 1 -> Double.longBitsToDouble(random.nextLong());
            case 2 -> random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
            default -> (random.nextInt(2001) - 1000) / 4.0;
        };
    }

    private static float randomFloat(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> (float) SPECIAL_DOUBLES[random.nextInt(SPECIAL_DOUBLES.length)];
            case 1 -> Float.intBitsToFloat(random.nextInt());
            case 2 -> (float) (random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10));
            default -> (random.nextInt(2001) - 1000) / 4.0f;
        };
    }

    @Test
    void mathOnDoublesAndFloats() throws Exception {
        Random random = new Random(120_14);
        List<Case> cases = new ArrayList<>();
        for (double a : SPECIAL_DOUBLES) {
            for (double b : new double[] {0.0, -0.0, 1.0, -3.0, Double.NaN, Double.POSITIVE_INFINITY, 2.5}) {
                cases.add(new Case("MathCallbacks_doubles", json(bits(a), bits(b), bits(randomDouble(random))), null));
            }
        }
        for (int i = 0; i < 600; i++) {
            double a = randomDouble(random);
            double b = randomDouble(random);
            // fma: products that cancel against c, and near-ties of the sum
            double c = i % 3 == 0 ? -(a * b) : i % 3 == 1 ? randomDouble(random) : Math.ulp(a * b) / 2;
            cases.add(new Case("MathCallbacks_doubles", json(bits(a), bits(b), bits(c)), null));
            float fa = randomFloat(random);
            float fb = randomFloat(random);
            float fc = i % 2 == 0 ? -(fa * fb) : randomFloat(random);
            cases.add(new Case(
                    "MathCallbacks_floats",
                    json(Float.floatToRawIntBits(fa), Float.floatToRawIntBits(fb), Float.floatToRawIntBits(fc)),
                    null));
        }
        assertAgree("math-floating", cases);
    }

    private static String bits(double d) {
        return Long.toString(Double.doubleToRawLongBits(d));
    }

    @Test
    void mathOnIntsAndLongs() throws Exception {
        Random random = new Random(120_15);
        int[] ints = {
            0,
            1,
            -1,
            2,
            -2,
            3,
            -3,
            7,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE - 1,
            Integer.MIN_VALUE + 1,
            65536,
            46341,
            -46341
        };
        long[] longs = {
            0,
            1,
            -1,
            3,
            -3,
            7,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            Long.MAX_VALUE - 1,
            Long.MIN_VALUE + 1,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE,
            1L << 32,
            3037000500L,
            -3037000500L,
            4294967296L * 4294967295L
        };
        List<Case> cases = new ArrayList<>();
        for (int a : ints) {
            for (int b : ints) {
                cases.add(new Case("MathCallbacks_ints", json(a, b), null));
            }
        }
        for (long a : longs) {
            for (long b : longs) {
                cases.add(new Case("MathCallbacks_longs", json(Long.toString(a), Long.toString(b)), null));
            }
        }
        for (int i = 0; i < 400; i++) {
            int a = random.nextBoolean() ? random.nextInt() : random.nextInt(2001) - 1000;
            int b = random.nextInt(3) == 0 ? ints[random.nextInt(ints.length)] : random.nextInt(65536) - 32768;
            cases.add(new Case("MathCallbacks_ints", json(a, b), null));
            long la = random.nextBoolean() ? random.nextLong() : random.nextInt();
            long lb = random.nextInt(3) == 0
                    ? longs[random.nextInt(longs.length)]
                    : random.nextLong() >> random.nextInt(64);
            cases.add(new Case("MathCallbacks_longs", json(Long.toString(la), Long.toString(lb)), null));
        }
        assertAgree("math-integral", cases);
    }

    // ---- Java 9-17 APIs

    @Test
    void java9To17Apis() throws Exception {
        Random random = new Random(120_16);
        List<Case> cases = new ArrayList<>();
        long[] seconds = {
            0,
            1,
            -1,
            59,
            60,
            3599,
            3600,
            86399,
            86400,
            -86401,
            90061,
            1_000_000_007L,
            Long.MAX_VALUE / 1_000_000_000L,
            -31_556_952_000L
        };
        for (long s : seconds) {
            for (int n : new int[] {0, 1, 999_999_999, 500_000_000}) {
                cases.add(new Case("ApiCallbacks_duration", json(Long.toString(s), n), null));
            }
        }
        for (int i = 0; i < 150; i++) {
            long s = random.nextBoolean() ? random.nextInt() : random.nextLong() / 1_000_000_000L;
            cases.add(new Case("ApiCallbacks_duration", json(Long.toString(s), random.nextInt(1_000_000_000)), null));
        }
        List<String> days = new ArrayList<>(List.of(
                "2024-01-31", "2024-02-29", "2023-12-31", "1970-01-01", "0001-01-01", "-0005-03-01", "9999-12-31"));
        for (int i = 0; i < 60; i++) {
            days.add(LocalDate.ofEpochDay(random.nextInt(800_000) - 400_000).toString());
        }
        for (String day : days) {
            long epoch = random.nextBoolean() ? random.nextInt() : random.nextLong() % 100_000_000_000L;
            int step = new int[] {1, 2, 3, 7, 0, -1, 5}[random.nextInt(7)];
            cases.add(new Case(
                    "ApiCallbacks_dates", json(day, Long.toString(epoch), random.nextInt(37) - 18, step), null));
        }
        List<String> texts = new ArrayList<>(List.of(
                "",
                "a",
                "a\n",
                "\n",
                "\n\n",
                "a\r\nb\rc\nd",
                "\r\n",
                "  indented\n\tline\n   \n",
                " \u2003x\u00a0 ",
                "\u2028a\u0085b",
                "😀 emoji",
                "trailing\r",
                "  lead",
                "x\r\r\ny"));
        String alphabet = "ab \t\n\r\u000b\u00a0\u2003😀";
        for (int i = 0; i < 120; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.appendCodePoint(alphabet.codePointAt(
                        alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            texts.add(sb.toString());
        }
        int[] ns = {0, 1, 2, 4, -1, -3, 0x1F600, 0x10FFFF, 0x110000, -5, 0xD800, 65};
        for (String t : texts) {
            cases.add(new Case("ApiCallbacks_text", json(t, ns[random.nextInt(ns.length)]), null));
        }
        assertAgree("apis", cases);
    }

    // ---- exception texts

    @Test
    void exceptionTexts() throws Exception {
        Random random = new Random(120_17);
        List<Case> cases = new ArrayList<>();
        int[] edges = {-1, 0, 1, 2, 3, 4, 5, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (String s : List.of("", "abc", "😀x")) {
            for (int i : edges) {
                for (int j : edges) {
                    cases.add(new Case("ExceptionCallbacks_indexes", json(s, i, j), null));
                }
            }
        }
        for (int k = 0; k < 150; k++) {
            String s = "abcdefgh".substring(0, random.nextInt(9));
            cases.add(new Case(
                    "ExceptionCallbacks_indexes", json(s, random.nextInt(14) - 3, random.nextInt(14) - 3), null));
        }
        for (String s : List.of(
                "",
                "x",
                "LOW",
                "HIGH",
                "low",
                "2024-02-30",
                "2024-13-01",
                "2024-01-01",
                "not a date",
                "  ",
                "MEDIUM")) {
            cases.add(new Case("ExceptionCallbacks_misc", json(s), null));
        }
        for (int kind = 0; kind <= 20; kind++) {
            cases.add(new Case("ExceptionCallbacks_casts", json(kind), null));
        }
        List<String> texts = List.of("", "a", "b", "ab", "abc", "B", "é", "😀", "\uffff", "aa", "a😀");
        for (String a : texts) {
            for (String b : texts) {
                cases.add(new Case("JdkFamilyCallbacks_charSequenceCompare", json(a, b), null));
            }
        }
        assertAgree("exceptions", cases);
    }

    // ---- the code dashboards are written in first

    private static final List<String> WORDS = List.of(
            "b", "a", "B", "apple", "Zebra", "mango", "", "kiwi", "Äpfel", "éclair", "c", "m", "mm", "banana", "a");

    @Test
    void dashboardCode() throws Exception {
        Random random = new Random(120_16);
        List<Case> cases = new ArrayList<>();
        long[] seeds = {0, 1, 42, -1, 7, Long.MAX_VALUE, Long.MIN_VALUE, 123_456_789_012L};
        int[] bounds = {1, 2, 7, 10, 100, 1 << 30, 0, -5, 1_000_003, Integer.MAX_VALUE};
        for (long seed : seeds) {
            for (int bound : bounds) {
                cases.add(new Case("DashboardCodeCallbacks_random", json(String.valueOf(seed), bound), null));
            }
        }
        for (int k = 0; k < 60; k++) {
            cases.add(new Case(
                    "DashboardCodeCallbacks_random",
                    json(String.valueOf(random.nextLong()), 1 + random.nextInt(1 << random.nextInt(31))),
                    null));
        }
        for (int k = 0; k < 300; k++) {
            List<Double> values = new ArrayList<>();
            for (int n = random.nextInt(k < 5 ? 2 : 13); n > 0; n--) {
                values.add(
                        switch (random.nextInt(5)) {
                            case 0 -> (double) (random.nextInt(41) - 20);
                            case 1 -> (random.nextInt(41) - 20) / 2.0;
                            case 2 -> -0.0;
                            case 3 -> random.nextGaussian() * Math.pow(10, random.nextInt(12) - 4);
                            default -> Math.round(random.nextGaussian() * 1000) / 100.0;
                        });
            }
            cases.add(new Case("DashboardCodeCallbacks_statistics", json(values), null));
        }
        String[] names = {"", "LOW", "MID", "x", "abc", "héllo", "a", "HIGH", "high"};
        double[] values = {0.0, -0.0, 1.5, 1e21, 0.1, -3, 1e-7, 123456.789};
        int[] counts = {-1, 0, 1, 2, 3, 4, 127, 128, -128, -129, 1000};
        for (int k = 0; k < 160; k++) {
            cases.add(new Case(
                    "DashboardCodeCallbacks_objects",
                    json(
                            names[random.nextInt(names.length)],
                            values[random.nextInt(values.length)],
                            counts[random.nextInt(counts.length)]),
                    null));
        }
        for (int k = 0; k < 120; k++) {
            List<String> words = new ArrayList<>();
            for (int n = random.nextInt(k < 3 ? 1 : 10); n > 0; n--) {
                words.add(WORDS.get(random.nextInt(WORDS.size())));
            }
            cases.add(new Case("DashboardCodeCallbacks_collections", json(words, random.nextInt(5)), null));
        }
        String[] texts = {
            "2024-02-29",
            "29.02.2024",
            "2023-02-29",
            "2024-13-01",
            "abc",
            "",
            "2024-1-5",
            "01.12.2026",
            "31.04.2025",
            "2026-12-02"
        };
        for (int k = 0; k < 150; k++) {
            cases.add(new Case(
                    "DashboardCodeCallbacks_dates",
                    json(texts[random.nextInt(texts.length)], random.nextInt(1601) - 800),
                    null));
        }
        double[] specials = {
            0.5,
            1.5,
            2.5,
            -0.5,
            -2.5,
            0.1 + 0.2,
            1e10,
            1e20,
            3e9,
            -3e9,
            65.7,
            1e-5,
            -0.0,
            0.0,
            99.995,
            1.005,
            2.675,
            123456789.125,
            4.35,
            1e7,
            9999999.999
        };
        int[] ints = {0, 1, -1, 7, -7, 255, 1 << 20, Integer.MIN_VALUE, Integer.MAX_VALUE, 1_000_000, -65_536};
        for (double d : specials) {
            for (int i : ints) {
                cases.add(new Case("DashboardCodeCallbacks_numbers", json(d, i), null));
            }
        }
        for (int k = 0; k < 150; k++) {
            double d = random.nextInt(3) == 0
                    ? (random.nextInt(2001) - 1000) / 8.0
                    : random.nextGaussian() * Math.pow(10, random.nextInt(16) - 6);
            cases.add(new Case("DashboardCodeCallbacks_numbers", json(d, random.nextInt()), null));
        }
        String[] strings = {"", "a", "abc", "Hello, World", "  padded  ", "a,b,,c,", "MiXeD", "ß", "İstanbul"};
        for (int k = 0; k < 200; k++) {
            double d = k < 40
                    ? specials[k % specials.length]
                    : random.nextGaussian() * Math.pow(10, random.nextInt(14) - 5);
            cases.add(new Case(
                    "DashboardCodeCallbacks_format",
                    json(d, ints[random.nextInt(ints.length)], strings[random.nextInt(strings.length)]),
                    null));
        }
        double[] magnitudes = {1e-300, 1e-20, 1e-3, 0.1, 1, 3, 1e3, 1e16, 1e200, 1e300};
        for (int k = 0; k < 400; k++) {
            double[] abc = new double[3];
            for (int j = 0; j < 3; j++) {
                abc[j] = (random.nextBoolean() ? -1 : 1)
                        * (k < 100 ? magnitudes[random.nextInt(magnitudes.length)] : 1)
                        * (random.nextInt(4) == 0 ? random.nextInt(9) + 1 : random.nextDouble() * 10);
            }
            cases.add(new Case("DashboardCodeCallbacks_arithmetic", json(abc[0], abc[1], abc[2]), null));
        }
        assertAgree("dashboard", cases);
    }
    // ---- the families the dashboard-code cases found

    /**
     * Floats printed by every path (toString, concatenation, StringBuilder, arrays): random bits, and floats whose
     * exact value lies halfway between two shortest decimals (m / 2^k with few digits), where the JDK takes the even
     * digit. On Java 17 and 18 a case runs only where the JVM prints Java 19's text (JDK-4511638).
     */
    @Test
    void floatTexts() throws Exception {
        Random random = new Random(120_17);
        List<Case> cases = new ArrayList<>();
        List<Float> floats =
                new ArrayList<>(List.of(1068492.25f, 0.125f, 2.5f, 1.5e-40f, Float.MIN_VALUE, Float.MAX_VALUE));
        for (int k = 0; k <= 12; k++) {
            for (int n = 0; n < 60; n++) {
                floats.add((float) (random.nextInt(1 << 24) / Math.pow(2, k)));
            }
        }
        for (int n = 0; n < 400; n++) {
            floats.add(Float.intBitsToFloat(random.nextInt()));
        }
        for (float f : floats) {
            if (Float.isFinite(f) && (Runtime.version().feature() >= 19 || isJava19FloatText(f))) {
                cases.add(new Case("JdkFamilyCallbacks_floatText", json(Float.floatToIntBits(f)), null));
            }
        }
        assertTrue(cases.size() > 1000, cases.size() + " cases");
        assertAgree("floats", cases);
    }

    /** Whether this JVM's {@code Float.toString(f)} is the decimal Java 19+ specifies, computed exactly. */
    private static boolean isJava19FloatText(float f) {
        if (f == 0) {
            return true;
        }
        BigDecimal exact = new BigDecimal(f);
        int p = 1;
        while (exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN))
                        .floatValue()
                != f) {
            p++;
        }
        BigDecimal expected = exact.round(new java.math.MathContext(Math.max(p, 2), java.math.RoundingMode.HALF_EVEN));
        return expected.floatValue() == f && new BigDecimal(Float.toString(f)).compareTo(expected) == 0;
    }

    /**
     * {@code Random}'s bounded numbers, streams and bytes over int, long and double ranges: power-of-two widths,
     * others, empty and reversed ranges, the whole int and long range, bounds that are not finite. Each case draws
     * from one generator in turn and ends with its next numbers, so a draw too many or too few shows.
     */
    @Test
    void randomRanges() throws Exception {
        Random random = new Random(120_18);
        List<Case> cases = new ArrayList<>();
        long[][] ranges = {
            {0, 1},
            {0, 2},
            {0, 8},
            {5, 21},
            {-4, 4},
            {0, 1 << 30},
            {Integer.MIN_VALUE, 0},
            {0, 3},
            {1, 7},
            {0, 100},
            {-50, 50},
            {3, 3},
            {7, 2},
            {Integer.MIN_VALUE, Integer.MAX_VALUE},
            {0, 1L << 40},
            {0, 1L << 62},
            {Long.MIN_VALUE, Long.MAX_VALUE},
            {Long.MIN_VALUE, 0},
            {-1, Long.MAX_VALUE},
            {0, 1_000_000_007L},
            {0, 0},
            {-5, -4},
            {10, 1L << 33}
        };
        String[][] doubles = {
            {"0", "1"},
            {"-1", "1"},
            {"2.5", "2.5"},
            {"1", "0"},
            {"0", "NaN"},
            {"0", "Infinity"},
            {"-Infinity", "0"},
            {"1e-300", "1e-299"},
            {"-1e308", "1e308"},
            {"5", "6"},
            {"0", "0.1"},
            {"100", "1e6"}
        };
        for (int n = 0; n < 360; n++) {
            long[] range = n < ranges.length * 4 ? ranges[n % ranges.length] : randomRange(random);
            String[] bounds = doubles[random.nextInt(doubles.length)];
            boolean overflows =
                    Double.parseDouble(bounds[1]) - Double.parseDouble(bounds[0]) == Double.POSITIVE_INFINITY
                            && Double.isFinite(Double.parseDouble(bounds[0]))
                            && Double.isFinite(Double.parseDouble(bounds[1]));
            if (overflows && Runtime.version().feature() != 17) {
                continue; // Java 17 refuses a range wider than the largest double, later JDKs draw from it
            }
            cases.add(new Case(
                    "JdkFamilyCallbacks_randomRanges",
                    json(
                            String.valueOf(random.nextLong()),
                            String.valueOf(range[0]),
                            String.valueOf(range[1]),
                            bounds[0],
                            bounds[1]),
                    null));
        }
        assertAgree("random", cases);
    }

    private static long[] randomRange(Random random) {
        long origin =
                switch (random.nextInt(3)) {
                    case 0 -> random.nextInt(201) - 100;
                    case 1 -> random.nextLong();
                    default -> random.nextInt();
                };
        long width =
                switch (random.nextInt(4)) {
                    case 0 -> 1L << random.nextInt(63);
                    case 1 -> 1 + random.nextInt(1000);
                    case 2 -> random.nextLong() >>> random.nextInt(64);
                    default -> (1L << random.nextInt(32)) + random.nextInt(3) - 1;
                };
        return new long[] {origin, origin + width};
    }

    /** {@code limit} and {@code skip} with counts from 0 past the int range, and negative ones. */
    @Test
    void streamCounts() throws Exception {
        long[] counts = {
            0,
            1,
            2,
            3,
            5,
            100,
            Integer.MAX_VALUE,
            1L << 31,
            1L << 32,
            1L << 32 | 2,
            Long.MAX_VALUE,
            -1,
            -2,
            Integer.MIN_VALUE,
            Long.MIN_VALUE
        };
        List<Case> cases = new ArrayList<>();
        for (long limit : counts) {
            for (long skip : counts) {
                cases.add(new Case(
                        "JdkFamilyCallbacks_streamCounts", json(String.valueOf(limit), String.valueOf(skip)), null));
            }
        }
        assertAgree("counts", cases);
    }

    /** {@code Map.of}, {@code Set.of}, {@code Map.ofEntries} with distinct, repeated and null keys, 0 to 7 of them. */
    @Test
    void immutableCollections() throws Exception {
        Random random = new Random(120_19);
        String[] pool = {"a", "b", "c", "a", "Aa", "BB", "", "x", null};
        List<Case> cases = new ArrayList<>();
        for (int n = 0; n < 240; n++) {
            List<String> keys = new ArrayList<>();
            List<Integer> values = new ArrayList<>();
            for (int size = random.nextInt(8); size > 0; size--) {
                keys.add(pool[random.nextInt(random.nextInt(4) == 0 ? pool.length : pool.length - 1)]);
                values.add(random.nextInt(10) == 0 ? null : random.nextInt(5));
            }
            cases.add(new Case("JdkFamilyCallbacks_immutableCollections", json(keys, values), null));
        }
        assertAgree("immutable", cases);
    }

    /** Removing from and adding to an ArrayList inside a for-each over it, at every position. */
    @Test
    void removalWhileIterating() throws Exception {
        Random random = new Random(120_20);
        List<Case> cases = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            List<Integer> values = new ArrayList<>();
            for (int size = random.nextInt(7); size > 0; size--) {
                values.add(random.nextInt(5));
            }
            cases.add(new Case("JdkFamilyCallbacks_removalWhileIterating", json(values, random.nextInt(6)), null));
        }
        assertAgree("removal", cases);
    }
    /**
     * Changing a LinkedList, HashMap, TreeMap, LinkedHashMap, TreeSet or ArrayDeque inside a for-each over it, the
     * exceptions of collections used past their ends, and sorting doubles with -0.0 and NaN.
     */
    @Test
    void collectionsAndSorting() throws Exception {
        Random random = new Random(120_21);
        List<Case> cases = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            List<Integer> values = new ArrayList<>();
            for (int size = random.nextInt(7); size > 0; size--) {
                values.add(random.nextInt(5));
            }
            cases.add(new Case("JdkFamilyCallbacks_modifiedWhileIterating", json(values, random.nextInt(7) - 1), null));
        }
        String[] pool = {"0", "-0", "NaN", "1.5", "-1.5", "Infinity", "-Infinity", "4.9e-324", "2", "-0.0", "1e308"};
        for (int n = 0; n < 150; n++) {
            List<String> texts = new ArrayList<>();
            for (int size = random.nextInt(8); size > 0; size--) {
                texts.add(pool[random.nextInt(pool.length)]);
            }
            cases.add(new Case("JdkFamilyCallbacks_sorting", json(texts), null));
        }
        assertAgree("collections", cases);
    }
    /**
     * Strings, characters, int and long bits, exact arithmetic, java.time values: texts and ints of every kind (not
     * letter numbers such as U+216B, nor seconds with a fraction in {@code Duration.parse}: README, "What still differs").
     */
    @Test
    void textBitsAndTime() throws Exception {
        Random random = new Random(120_22);
        String[] texts = {
            "",
            " abc ",
            "\u2003x\u2003",
            "straße",
            "STRASSE",
            "İstanbul",
            "ǅemal",
            "Ωmega",
            "12",
            "-7",
            "+5",
            "0x1F",
            "#ff",
            "010",
            "ff",
            "zz",
            "2147483648",
            "4294967295",
            "-0",
            "2024-02-29",
            "PT1H30M",
            "P2DT3H",
            "\uD83D\uDE00 smile",
            "a\u0301b",
            "١٢٣",
            "\t\n",
            "abcabc",
            "ABC",
            "aBc",
            "ß",
            "ﬁ"
        };
        int[] ints = {
            0,
            1,
            -1,
            2,
            3,
            7,
            -7,
            100,
            1 << 20,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE,
            65_536,
            -65_537,
            86_399,
            1_000_000_000
        };
        List<Case> cases = new ArrayList<>();
        for (String text : texts) {
            for (int k = 0; k < 6; k++) {
                int n = k < 3 ? ints[random.nextInt(ints.length)] : random.nextInt();
                cases.add(new Case("JdkFamilyCallbacks_textAndBits", json(text, n), null));
            }
        }
        for (int n : ints) {
            cases.add(new Case("JdkFamilyCallbacks_textAndBits", json("abc", n), null));
        }
        assertAgree("textbits", cases);
    }
    /** {@code Duration.parse} over generated texts: signs, cases, every section, fractions of 0 to 10 digits, junk. */
    @Test
    void durationTexts() throws Exception {
        Random random = new Random(120_23);
        List<Case> cases = new ArrayList<>();
        for (String text : List.of(
                "PT0.5S",
                "PT-0.5S",
                "-PT-0.5S",
                "P",
                "PT",
                "pt1s",
                "P1D",
                "PT1ſ",
                "PT1.S",
                "PT.5S",
                "PT1,5S",
                "PT1.1234567891S",
                "P106751991167301D",
                "PT9223372036854775807S",
                "PT9223372036854775808S",
                "PT1H1H",
                "PT1S1M",
                " PT1S",
                "PT1S ",
                "+P+1DT+1H",
                "P1DT")) {
            cases.add(new Case("JdkFamilyCallbacks_durationParse", json(text), null));
        }
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            sb.append(new String[] {"", "-", "+"}[random.nextInt(3)]).append(random.nextBoolean() ? 'P' : 'p');
            if (random.nextInt(3) == 0) {
                sb.append(component(random)).append(random.nextBoolean() ? 'D' : 'd');
            }
            if (random.nextInt(4) != 0) {
                sb.append(random.nextBoolean() ? 'T' : 't');
                for (char unit : new char[] {'H', 'M'}) {
                    if (random.nextBoolean()) {
                        sb.append(component(random)).append(random.nextBoolean() ? unit : Character.toLowerCase(unit));
                    }
                }
                if (random.nextInt(3) != 0) {
                    sb.append(component(random));
                    if (random.nextBoolean()) {
                        sb.append(random.nextBoolean() ? '.' : ',');
                        for (int k = random.nextInt(11); k > 0; k--) {
                            sb.append((char) ('0' + random.nextInt(10)));
                        }
                    }
                    sb.append(random.nextInt(8) == 0 ? "x" : "S");
                }
            }
            cases.add(new Case("JdkFamilyCallbacks_durationParse", json(sb.toString()), null));
        }
        assertAgree("duration", cases);
    }

    private static String component(Random random) {
        String sign = new String[] {"", "", "-", "+"}[random.nextInt(4)];
        return sign
                + switch (random.nextInt(4)) {
                    case 0 -> String.valueOf(random.nextInt(10));
                    case 1 -> String.valueOf(random.nextInt(100_000));
                    case 2 -> String.valueOf(random.nextLong() >>> random.nextInt(64));
                    default -> "0" + random.nextInt(60);
                };
    }

    @Test
    void unsignedNumbers() throws Exception {
        Random random = new Random(120_24);
        List<Case> cases = new ArrayList<>();
        List<String> edges = List.of(
                "",
                "+",
                "-",
                "-0",
                "+0",
                "0",
                "4294967295",
                "4294967296",
                "+4294967295",
                "04294967295",
                "18446744073709551615",
                "18446744073709551616",
                "018446744073709551615",
                "+18446744073709551615",
                "99999999999999999999",
                "1844674407370955161x",
                "184467440737095516x5",
                "3w5e11264sgsf",
                "3w5e11264sgsg",
                "ffffffffffffffff",
                "10000000000000000",
                "ffffffff",
                "100000000",
                "１２３",
                "١٢٣٤٥٦٧٨٩٠",
                " 1",
                "1 ",
                "9223372036854775808",
                "0000000000000000000000001");
        int[] radixes = {10, 10, 10, 16, 2, 8, 36, 7, 1, 37};
        for (String text : edges) {
            for (int radix : new int[] {10, 16, 36}) {
                addUnsignedCase(cases, text, radix);
            }
        }
        for (int n = 0; n < 400; n++) {
            int radix = radixes[random.nextInt(radixes.length)];
            int shown = radix < 2 || radix > 36 ? 10 : radix;
            String text =
                    switch (random.nextInt(4)) {
                        case 0 -> Integer.toUnsignedString(random.nextInt() >>> random.nextInt(32), shown);
                        case 1 -> Long.toUnsignedString(random.nextLong() >>> random.nextInt(64), shown);
                        case 2 -> Long.toUnsignedString(random.nextLong(), shown) + random.nextInt(shown);
                        default -> "0".repeat(random.nextInt(20)) + Long.toUnsignedString(random.nextLong(), shown);
                    };
            switch (random.nextInt(6)) {
                case 0 -> text = "+" + text;
                case 1 -> {
                    int at = random.nextInt(text.length());
                    text = text.substring(0, at) + "z!+-_".charAt(random.nextInt(5)) + text.substring(at + 1);
                }
                default -> {}
            }
            addUnsignedCase(cases, text, radix);
        }
        long[] specials = {
            0,
            1,
            -1,
            2,
            7,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE,
            0xffff_ffffL,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            -2,
            1L << 32,
            10
        };
        for (int n = 0; n < 300; n++) {
            long a = n < specials.length * specials.length
                    ? specials[n % specials.length]
                    : random.nextLong() >> random.nextInt(64);
            long b = n < specials.length * specials.length
                    ? specials[(n / specials.length) % specials.length]
                    : random.nextLong() >> random.nextInt(64);
            cases.add(new Case(
                    "JdkFamilyCallbacks_unsignedArithmetic", json(String.valueOf(a), String.valueOf(b)), null));
            cases.add(new Case("JdkFamilyCallbacks_exactArithmetic", json(String.valueOf(a), String.valueOf(b)), null));
        }
        assertAgree("unsigned", cases);
    }

    /**
     * Every property of {@code Character} over every code point: the JDK's Unicode tables (Unicode 13 in Java 17)
     * against the browser's. The char overloads run over the BMP.
     */
    @Test
    void characterProperties() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (int property = 0; property < io.jdash.fixtures.jdktext.CharacterCallbacks.PROPERTIES; property++) {
            int end = property >= 24 && property <= 32 || property == 11 || property == 20
                    ? 0x10000
                    : Character.MAX_CODE_POINT + 1;
            for (int from = 0; from < end; from += 0x8000) {
                cases.add(new Case("CharacterCallbacks_changes", json(property, from, from + 0x8000), null));
            }
        }
        Random random = new Random(120_30);
        // no capital sigma: whether it is final the JDK asks its word BreakIterator (see LocaleConformanceTest and
        // the README's "What still differs")
        String[] pieces = {
            "a",
            "Z",
            "ß",
            "ÿ",
            "µ",
            "ı",
            "İ",
            "ſ",
            "σ",
            "ς",
            "ΐ",
            "ᾳ",
            "ᾼ",
            "ﬀ",
            "ŉ",
            "ǅ",
            "Ω",
            "Ⅻ",
            "ⅻ",
            "Ꭰ",
            "ꭰ",
            "Ꟁ",
            "\ud801\udc00",
            "\ud801\udc28",
            "\ud83d\ude00",
            "\ud801",
            "\udc00",
            "K",
            "k",
            "Å",
            "å",
            "ǰ",
            "Dž",
            " ",
            "1",
            "ἀ",
            "Ἀ",
            "ё",
            "Ё",
            "ǈ",
            "ǉ"
        };
        for (int n = 0; n < 600; n++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(5);
            for (int k = 0; k < len; k++) {
                String p = pieces[random.nextInt(pieces.length)];
                a.append(p);
                b.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : p);
            }
            cases.add(new Case("JdkFamilyCallbacks_caseMapping", json(a.toString(), b.toString()), null));
        }
        assertAgree("characters", cases);
    }

    /**
     * {@code java.text.Normalizer}: every code point in the four forms, and generated texts of base letters,
     * combining marks in every order, Hangul jamo, compatibility characters and code points Java 17's Unicode lacks.
     */
    @Test
    void normalizer() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (int form = 0; form < 4; form++) {
            for (int from = 0; from <= Character.MAX_CODE_POINT; from += 0x10000) {
                cases.add(new Case("NormalizerCallbacks_changes", json(form, from, from + 0x10000), null));
            }
        }
        Random random = new Random(120_31);
        String[] pieces = {
            "a",
            "e",
            "A",
            "o",
            "n",
            "c",
            "\u0300",
            "\u0301",
            "\u0308",
            "\u0323",
            "\u0327",
            "\u031b",
            "\u0345",
            "\u05b0",
            "\u05bc",
            "\u0e38",
            "\u0e48",
            "é",
            "ñ",
            "Å",
            "Ω",
            "ﬁ",
            "①",
            "ｶ",
            "ﾞ",
            "\u1100",
            "\u1161",
            "\u11a8",
            "가",
            "각",
            "ǆ",
            "²",
            "½",
            "\ud834\udd5e",
            "\ud834\udd65",
            "\u0958",
            "\u2126",
            "\u212b",
            "\u1e9b",
            "\u0344",
            " ",
            "\u0897",
            "\u1ac1",
            "\ud801\udc00",
            "x"
        };
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            int len = 1 + random.nextInt(6);
            for (int k = 0; k < len; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            cases.add(new Case("NormalizerCallbacks_texts", json(text.toString()), null));
        }
        for (String text : List.of("", "Crème Brûlée", "São Paulo", "Ångström", "ﬁﬂ ① ｶﾞ", "Ｔｏｋｙｏ", "한국어")) {
            cases.add(new Case("NormalizerCallbacks_texts", json(text), null));
        }
        assertAgree("normalizer", cases);
    }

    /** {@code hashCode} of strings, boxes, arrays, collections, java.time and BigDecimal values. */
    @Test
    void hashCodes() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_32);
        String[] texts = {"", "a", "Aa", "BB", "hello world", "😀", "ﬀé", "\u0000", "polygenelubricants"};
        double[] doubles = {0.0, -0.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY, 1e300, -7.25, Double.MIN_VALUE};
        long[] longs = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40};
        for (int k = 0; k < 200; k++) {
            String text = k < texts.length ? texts[k] : Long.toString(random.nextLong(), 36);
            long n = k < longs.length * 2 ? longs[k % longs.length] : random.nextLong() >> random.nextInt(64);
            double d = k < doubles.length * 3 ? doubles[k % doubles.length] : random.nextGaussian() * 1e6;
            cases.add(new Case("HashCallbacks_hashes", json(text, n, d), null));
        }
        assertAgree("hashes", cases);
    }

    /**
     * Hash map and set iteration order: generated key lists of every size around the growth points, ten kinds of
     * key (strings, boxes, records, dates, decimals, keys whose hashes collide so that buckets become trees), sized
     * and default tables with several load factors, and the operations that place keys differently: put, compute,
     * merge, removal by key and by iterator, clear, copies, clone, set algebra and the collectors.
     */
    @Test
    void hashOrder() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_34);
        int[] sizes = {0, 1, 2, 5, 9, 11, 12, 13, 16, 23, 24, 25, 40, 48, 49, 64, 96, 97, 130, 200, 300};
        int[] capacities = {-1, 0, 1, 2, 3, 7, 16, 17, 64, 100, 1001, 2016, 3003, 4012, 5040, 1064};
        for (int k = 0; k < 170; k++) {
            int size = sizes[k % sizes.length];
            int kind = k % 11;
            List<String> texts = new ArrayList<>();
            boolean colliding = kind != 4 && random.nextInt(3) == 0;
            if (colliding) {
                // strings of "Aa"/"BB" pairs share one hash code: enough of them make a bucket a tree
                int pairs = 3 + random.nextInt(3);
                for (int bits = 0; bits < 1 << pairs; bits++) {
                    StringBuilder sb = new StringBuilder();
                    for (int p = 0; p < pairs; p++) {
                        sb.append((bits >> p & 1) == 0 ? "Aa" : "BB");
                    }
                    texts.add(sb.toString());
                }
            }
            int wanted = size + texts.size();
            while (texts.size() < wanted) {
                texts.add(
                        switch (random.nextInt(4)) {
                            case 0 -> Long.toString(random.nextLong() >>> random.nextInt(64), 36);
                            case 1 -> Integer.toString(random.nextInt(10_000));
                            case 2 -> texts.isEmpty() ? "" : texts.get(random.nextInt(texts.size()));
                            default -> "k" + texts.size();
                        });
            }
            java.util.Collections.shuffle(texts, random);
            int capacity = capacities[random.nextInt(capacities.length)];
            cases.add(new Case("HashOrderCallbacks_maps", json(texts, kind, capacity), null));
            cases.add(new Case("HashOrderCallbacks_sets", json(texts, kind, capacity), null));
            cases.add(new Case("HashOrderCallbacks_collectors", json(texts, kind), null));
            if (k % 2 == 0) {
                cases.add(new Case("HashOrderCallbacks_linked", json(texts, kind), null));
            }
        }
        assertAgree("hashOrder", cases);
    }

    /** {@code java.util.HexFormat}: generated texts, delimiters, prefixes and suffixes, and their exceptions. */
    @Test
    void hexFormat() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_33);
        String[] texts = {
            "",
            "a",
            "ab",
            "0a1B",
            "ff",
            "FFFF0000",
            "7fffffff",
            "123456789abcdef0",
            "0x1f",
            "zz",
            "é",
            "0a:1b:2c",
            "#0a;#1b",
            "[0a],[1b]",
            "0a\n1b",
            "1",
            "+1",
            "00000000000000001"
        };
        String[][] shapes = {
            {"", "", ""}, {":", "", ""}, {", ", "0x", ""}, {";", "#", ""}, {",", "[", "]"}, {"\n", "", "h"}
        };
        for (int k = 0; k < 300; k++) {
            String text = k < texts.length * 2 ? texts[k % texts.length] : randomHexText(random);
            String[] shape = shapes[k % shapes.length];
            long n = k % 3 == 0 ? random.nextLong() : random.nextInt(300) - 20;
            cases.add(new Case("HexFormatCallbacks_hex", json(text, shape[0], shape[1], shape[2], n), null));
        }
        assertAgree("hexformat", cases);
    }

    /**
     * {@code UUID}: the constructor, accessors, {@code hashCode}, signed {@code compareTo}, {@code toString},
     * {@code nameUUIDFromBytes} (MD5 over texts of 0-200 bytes, across the 55/56/64-byte padding edges) and
     * {@code fromString}'s fast path and its five-field path, with malformed, oversized and signed fields.
     */
    @Test
    void uuids() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_35);
        List<String> texts = new ArrayList<>(List.of(
                "",
                "-",
                "----",
                "-----",
                "1-2-3-4-5",
                "+1-+2-+3-+4-+5",
                "-1-2-3-4-5",
                "1--3-4-5",
                "1-2-3-4-",
                "0-0-0-0-0",
                "ffffffff-ffff-ffff-ffff-ffffffffffff",
                "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
                "123456789-1-1-1-1",
                "1-12345-1-1-1",
                "1-1-1-1-1234567890123",
                "00000000-0000-1000-8000-00805f9b34fb",
                "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
                "6ba7b810-9dad-11d1-80b4-00c04fd430c8-",
                "6ba7b810-9dad-11d1-80b4-00c04fd430c80",
                "6ba7b8109dad11d180b400c04fd430c8",
                "6ba7b810 9dad 11d1 80b4 00c04fd430c8",
                "6ba7b810-9dad-11d1-80b4-00c04fd430cg",
                "6ba7b810-9dad-11d1-80b4-00c04fd430c\uff18",
                "\uff16ba7b810-9dad-11d1-80b4-00c04fd430c8",
                "x",
                "é-1-1-1-1",
                "a".repeat(55),
                "a".repeat(56),
                "a".repeat(64),
                "a".repeat(119),
                "a".repeat(120)));
        for (int k = 0; texts.size() < 260; k++) {
            UUID u = new UUID(random.nextLong(), random.nextLong());
            String text = u.toString();
            texts.add(
                    switch (k % 6) {
                        case 0 -> text;
                        case 1 -> text.toUpperCase(java.util.Locale.ROOT);
                        case 2 -> text.substring(0, random.nextInt(text.length()));
                        case 3 -> text.replace("-0", "-").replace("-0", "-");
                        case 4 -> {
                            char[] chars = text.toCharArray();
                            chars[random.nextInt(chars.length)] = "-g0F+ \u0660".charAt(random.nextInt(7));
                            yield new String(chars);
                        }
                        default ->
                            Long.toHexString(random.nextLong() >>> random.nextInt(64)) + "-"
                                    + Integer.toHexString(random.nextInt(1 << random.nextInt(20))) + "-0-"
                                    + Integer.toHexString(random.nextInt()) + "-"
                                    + Long.toHexString(random.nextLong() >>> 8);
                    });
        }
        for (int i = 0; i < texts.size(); i++) {
            long msb = random.nextLong();
            long lsb = random.nextLong();
            if (i % 3 == 0) {
                // a time-based (version 1) UUID of the IETF variant, so timestamp/clockSequence/node answer
                msb = msb & ~0xf000L | 0x1000L;
                lsb = lsb & 0x3fffffffffffffffL | 0x8000000000000000L;
            }
            if (i % 7 == 0) {
                lsb = i % 2 == 0 ? Long.MIN_VALUE : 0L;
            }
            cases.add(new Case(
                    "UtilityCallbacks_uuids", json(texts.get(i), Long.toHexString(msb), Long.toHexString(lsb)), null));
        }
        assertAgree("uuids", cases);
    }

    /**
     * {@code Integer/Long.parseInt/parseLong/parseUnsignedInt/parseUnsignedLong(CharSequence, int, int, int)}: ranges
     * inside and outside the text, every radix edge, signs, overflow, Unicode digits.
     */
    @Test
    void rangeParsers() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_36);
        String[] texts = {
            "",
            "0",
            "-",
            "+",
            "-0",
            "+7",
            "12",
            "-12",
            "x12",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "4294967295",
            "4294967296",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "18446744073709551615",
            "18446744073709551616",
            "ffffffff",
            "FFFFFFFFFFFFFFFF",
            "10000000000000000",
            "zzzzzz",
            "ZZZZZZZZZZZZZ",
            "3w5e11264sgsf",
            "3w5e11264sgsg",
            "\u0661\u0662",
            "\uff11\uff12",
            "1_000",
            " 12",
            "12 ",
            "1e3",
            "--1",
            "+-1",
            "0x10"
        };
        int[] radixes = {10, 16, 2, 36, 8, 1, 37, 0, -10};
        for (int k = 0; k < 420; k++) {
            String text = k < texts.length * 3 ? texts[k % texts.length] : randomDigits(random);
            int length = text.length();
            int begin;
            int end;
            switch (k % 5) {
                case 0 -> {
                    begin = 0;
                    end = length;
                }
                case 1 -> {
                    begin = length == 0 ? 0 : random.nextInt(length + 1);
                    end = begin + random.nextInt(length - begin + 1);
                }
                case 2 -> {
                    begin = random.nextInt(3) - 1;
                    end = length + random.nextInt(3) - 1;
                }
                case 3 -> {
                    begin = Math.min(length, 1);
                    end = length;
                }
                default -> {
                    begin = length;
                    end = Math.max(0, length - 1);
                }
            }
            int radix = k % 4 == 0 ? 10 : radixes[random.nextInt(radixes.length)];
            cases.add(new Case("UtilityCallbacks_rangeParsers", json(text, begin, end, radix), null));
        }
        assertAgree("rangeParsers", cases);
    }

    private static String randomDigits(Random random) {
        StringBuilder sb = new StringBuilder(random.nextInt(3) == 0 ? "-" : random.nextInt(5) == 0 ? "+" : "");
        int len = random.nextInt(22);
        for (int i = 0; i < len; i++) {
            sb.append("0123456789abcdefxyzAZ\u0663".charAt(random.nextInt(i == 0 ? 10 : 22)));
        }
        return sb.toString();
    }

    /**
     * {@code Arrays.compare} for the eight primitive element types and {@code Comparable}s, {@code compareUnsigned},
     * the {@code Comparator} forms of {@code compare}/{@code mismatch}/{@code equals}, and the range forms with
     * bounds in, at and outside the arrays; shared prefixes, nulls, -0.0 and NaN decide many of them.
     */
    @Test
    void arrayComparisons() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_37);
        for (int k = 0; k < 300; k++) {
            List<Integer> a = new ArrayList<>();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                a.add(random.nextInt(12) - (k % 3 == 0 ? 6 : 0));
            }
            List<Integer> b = new ArrayList<>(a.subList(0, random.nextInt(a.size() + 1)));
            int extra = random.nextInt(4);
            for (int i = 0; i < extra; i++) {
                b.add(random.nextInt(12) - (k % 3 == 0 ? 6 : 0));
            }
            if (k % 4 == 0 && !b.isEmpty()) {
                b.set(random.nextInt(b.size()), random.nextInt(300) - 150);
            }
            List<Integer> bounds = new ArrayList<>();
            for (List<Integer> side : List.of(a, b)) {
                int from = k % 9 == 0 ? random.nextInt(3) - 1 : random.nextInt(side.size() + 1);
                int to = k % 11 == 0 ? side.size() + 1 : from + random.nextInt(side.size() - Math.max(from, 0) + 1);
                if (k % 13 == 0) {
                    to = from - 1;
                }
                bounds.add(from);
                bounds.add(to);
            }
            cases.add(new Case("UtilityCallbacks_arrayComparisons", json(a, b, bounds), null));
        }
        assertAgree("arrayComparisons", cases);
    }

    /**
     * {@code Long.hashCode(long)}, {@code parallelStream()}, {@code Enumeration/StringTokenizer.asIterator()},
     * {@code BigInteger.sqrtAndRemainder()} and {@code Map.Entry.copyOf}.
     */
    @Test
    void smallApis() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_38);
        for (int k = 0; k < 120; k++) {
            long n =
                    switch (k % 4) {
                        case 0 -> random.nextInt();
                        case 1 -> -random.nextInt(1000);
                        case 2 -> random.nextLong() >> 11;
                        default -> k;
                    };
            List<String> words = new ArrayList<>();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                words.add(Long.toString(random.nextLong() >>> random.nextInt(64), 36));
            }
            cases.add(new Case("UtilityCallbacks_smallApis", json(n, words), null));
        }
        assertAgree("smallApis", cases);
    }

    /**
     * {@code float} arithmetic, rounded to float after each step as on the JVM, and the casts between {@code int},
     * {@code long}, {@code float} and {@code double}, saturating at the ends of the int and long ranges: doubles of
     * every magnitude (subnormal floats, beyond the float range, near 2^31 and 2^63), NaN, infinities, -0.0, and
     * longs beyond 2^53 whose float needs one rounding only.
     */
    @Test
    void floatArithmetic() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_39);
        double[] edges = {
            0,
            1,
            -1,
            0.1,
            1.0 / 3,
            16777217,
            2147483647.5,
            2147483648.0,
            -2147483649.0,
            9.223372036854775807E18,
            -9.3E18,
            1e-40,
            1.4e-45,
            3.4028235e38,
            3.5e38,
            1e300,
            0.5,
            1.5,
            2.5,
            -2.5,
            65535.9,
            65536.2,
            1e10
        };
        long[] longEdges = {
            0,
            1,
            -1,
            (1L << 53) + 1,
            (1L << 54) + 3,
            (1L << 24) + 1,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            Long.MIN_VALUE + 1,
            0x7fff_ff80_0000_0000L,
            0x7fff_ff7f_ffff_ffffL,
            0x0020_0000_1000_0001L,
            // just above a float halfway point by less than a double keeps: rounding through a double rounds down
            0x4000_0040_0000_0001L,
            -0x4000_0040_0000_0001L,
            0x1000_0010_0000_0001L,
            0x0100_0001_0000_0001L
        };
        for (int k = 0; k < 400; k++) {
            double x = k < edges.length
                    ? edges[k]
                    : switch (k % 4) {
                        case 0 -> random.nextGaussian() * Math.pow(10, random.nextInt(80) - 40);
                        case 1 -> (random.nextInt() >> random.nextInt(31)) + random.nextInt(4) / 4.0;
                        case 2 -> Float.intBitsToFloat(random.nextInt());
                        default -> random.nextDouble() * 100;
                    };
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                x = k;
            }
            double y = k % 7 == 0 ? edges[random.nextInt(edges.length)] : random.nextGaussian() * 10;
            if (k % 11 == 0) {
                y = 0;
            }
            int i = k % 3 == 0 ? random.nextInt() : random.nextInt(1 << 26) - (1 << 25);
            long l = k < longEdges.length
                    ? longEdges[k]
                    : k % 2 == 0 ? random.nextLong() : random.nextLong() >> random.nextInt(64);
            int special = k % 13 == 0 ? 1 + random.nextInt(4) : 0;
            cases.add(new Case("FloatCallbacks_floats", json(x, y, i, Long.toString(l), special), null));
        }
        assertAgree("floatArithmetic", cases);
    }

    /**
     * {@code PriorityQueue}: its heap order after construction from a list, a sorted set and another queue, with a
     * comparator, and after offer, poll, remove, iterator removal (elements moved behind the cursor), removeIf,
     * retainAll and forEach; and {@code ConcurrentModificationException} after a change under an iterator.
     */
    @Test
    void priorityQueues() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_40);
        for (int k = 0; k < 250; k++) {
            List<Integer> values = new ArrayList<>();
            int size = random.nextInt(k % 5 == 0 ? 40 : 14);
            for (int v = 0; v < size; v++) {
                values.add(random.nextInt(60) - 10);
            }
            List<Integer> ops = new ArrayList<>();
            int count = random.nextInt(10);
            for (int o = 0; o < count; o++) {
                ops.add((random.nextInt(60) - 10) * 10 + random.nextInt(10));
            }
            cases.add(new Case("CollectionOpsCallbacks_priorityQueues", json(values, ops, k), null));
        }
        assertAgree("priorityQueues", cases);
    }

    /**
     * {@code ListIterator} of {@code ArrayList}, {@code LinkedList} and {@code Arrays.asList}: add, set, remove,
     * previous while walking forwards and backwards, start positions in and outside the list, illegal states.
     */
    @Test
    void listIterators() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_41);
        for (int k = 0; k < 200; k++) {
            List<String> words = new ArrayList<>();
            int size = random.nextInt(9);
            for (int w = 0; w < size; w++) {
                words.add(Long.toString(random.nextInt(1 << (1 + random.nextInt(20))), 36));
            }
            List<Integer> ops = new ArrayList<>();
            int count = random.nextInt(7);
            for (int o = 0; o < count; o++) {
                ops.add(random.nextInt(60));
            }
            cases.add(new Case("CollectionOpsCallbacks_listIterators", json(words, ops, k % 2 == 1), null));
        }
        assertAgree("listIterators", cases);
    }

    /**
     * {@code Map.of}/{@code Set.of} of one, two and more entries are asked about null (the JDK throws
     * {@code NullPointerException}) and about present and absent keys; {@code Map.copyOf}, empty included.
     */
    @Test
    void immutableQueries() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_42);
        for (int k = 0; k < 80; k++) {
            List<String> words = new ArrayList<>();
            int size = random.nextInt(6);
            for (int w = 0; w < size; w++) {
                words.add(List.of("a", "b", "c", "x", "s", "k", "z" + w).get(random.nextInt(7)));
            }
            String probe =
                    switch (k % 4) {
                        case 0 -> null;
                        case 1 -> words.isEmpty() ? "a" : words.get(random.nextInt(words.size()));
                        case 2 -> "x";
                        default -> "absent";
                    };
            cases.add(new Case("CollectionOpsCallbacks_immutableQueries", json(words, probe), null));
        }
        assertAgree("immutableQueries", cases);
    }

    /**
     * Exception texts of the JDK's collections and formatter that callbacks catch and show: negative ArrayList
     * capacities, null keys of a TreeMap in natural order (the JDK throws NullPointerException; TeaVM failed with a
     * JavaScript TypeError) and with a null-friendly comparator, {@code List.of(...).get} out of range, empty
     * {@code OptionalInt/Long/Double}, and every {@code IllegalFormatException} the format specifiers here provoke.
     */
    @Test
    void collectionAndFormatExceptionTexts() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(120_44);
        String[] specs = {
            "%d %s %.2f", "%-08d", "%.2d", "%--5d", "%#s", "%-d", "%c", "%,s", "%+s", "%(d", "% s", "%0s", "%#c",
            "%-5c", "%.3c", "%#d", "%,c", "%05s", "%-0s", "%+-d", "% +d", "%.1x", "%#b", "%0-5d", "%08s", "%-s",
            "%3$s", "%q", "%", "%5", "%.f", "%-#x", "%e", "%,e", "%#e", "%(s"
        };
        for (int k = 0; k < 150; k++) {
            int n = k % 5 == 0 ? -random.nextInt(20) - 1 : random.nextInt(4) - 1;
            String key = k % 3 == 0 ? null : List.of("a", "m", "z", "").get(random.nextInt(4));
            cases.add(new Case("CollectionOpsCallbacks_exceptionTexts", json(n, key, specs[k % specs.length]), null));
        }
        assertAgree("collectionAndFormatExceptionTexts", cases);
    }

    private static String randomHexText(Random random) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(12);
        for (int i = 0; i < len; i++) {
            sb.append("0123456789abcdefABCDEF:,x#g".charAt(random.nextInt(27)));
        }
        return sb.toString();
    }

    /**
     * Java 18 rewrote the unsigned parsers: a bad radix is now reported before a minus sign, and texts long enough
     * to overflow get "exceeds range" or "For input string" where Java 17 gave the messages of its signed parsers.
     * The browser gives Java 17's messages, so on later JDKs those cases are left out.
     */
    private static void addUnsignedCase(List<Case> cases, String text, int radix) {
        boolean badRadix = radix < 2 || radix > 36;
        boolean pastFastPath = text.length() > 5 && !(radix == 10 && text.length() <= 9);
        if (Runtime.version().feature() == 17 || !badRadix && !pastFastPath) {
            cases.add(new Case("JdkFamilyCallbacks_unsignedParse", json(text, radix), null));
        }
    }
    // ---- the old date API

    private static final List<String> LEGACY_PATTERNS = List.of(
            "yyyy-MM-dd",
            "dd/MM/yyyy",
            "M/d/yy",
            "yyyyMMdd",
            "yyMMddHHmm",
            "EEE, d MMM yyyy HH:mm:ss Z",
            "EEEE, MMMM d, yyyy h:mm a",
            "d MMMM yyyy",
            "dd.MM.yyyy HH:mm:ss.SSS",
            "yyyy-MM-dd'T'HH:mm:ssXXX",
            "yyyy-MM-dd'T'HH:mm:ss.SSSX",
            "D yyyy",
            "yyyy-MM-dd G",
            "h 'o''clock' a",
            "MMMM",
            "LLLL yyyy",
            "MMM yy",
            "k:mm K:mm",
            "YYYY-'W'ww-u",
            "W F E",
            "yyyy-MM-dd HH:mm:ss XX",
            "HH:mm z",
            "''yy ''MM",
            "GGGG aaaa");

    /** Texts to parse: valid in some pattern, lenient overflows, signs, exponents, spaces, names in any case. */
    private static List<String> legacyTexts() {
        return List.of(
                "2024-02-29",
                "2023-02-30",
                "31/12/1999",
                "x",
                "",
                " ",
                "2024-13-01",
                "12:30",
                "7/4/24",
                " 7/4/24",
                "2024-1E1-05",
                "1e3-01-01",
                "-0005-01-01",
                "+2024-01-01",
                "20240305",
                "2403051030",
                "240305103",
                "Mon, 5 Feb 2024 10:00:00 +0100",
                "mon, 5 feb 2024 10:00:00 -0000",
                "Sun, 30 Feb 2024 25:61:61 +2400",
                "Tuesday, March 5, 2024 3:07 PM",
                "TUESDAY, MARCH 5, 2024 3:07 pm",
                "Tue, March 5, 2024 3:07 PM",
                "3 mars 2024",
                "5 Dezember 2024",
                "5 Dez. 2024",
                "5 diciembre 2024",
                "5 marzo 2024",
                "5 March 2024",
                "05.03.2024 14:30:15.250",
                "05.03.2024 14:30:15",
                "2024-03-05T10:15:30+05:30",
                "2024-03-05T10:15:30Z",
                "2024-03-05T10:15:30-08",
                "2024-03-05T10:15:30.5Z",
                "2024-03-05T10:15:30+2400",
                "60 2024",
                "366 2023",
                "0 2024",
                "2024-03-05 AD",
                "0005-03-05 BC",
                "2024-03-05 ap. J.-C.",
                "10 o'clock PM",
                "10 o'clock",
                "March",
                "march",
                "Mar",
                "Mrz",
                "März 2024",
                "Mar 24",
                "Sept 24",
                "24:00 12:00",
                "0:00 0:00",
                "2024-W10-3",
                "2024-W53-7",
                "2 1 Tue",
                "2024-03-05 10:15:30 +0530",
                "2024-03-05 10:15:30 Z",
                "10:00 GMT",
                "10:00 GMT+5",
                "10:00 gmt-05:30",
                "10:00 GMT+5:3",
                "10:00 +0200",
                "10:00 UTC",
                "'24 '03",
                "AD AM",
                "Anno Domini PM",
                "BC",
                "99999999999-01-01",
                "2024-03-5x",
                "2024-03-05\t",
                "2024 -03-05",
                "٢٠٢٤-٠٣-٠٥",
                "NaN-01-01",
                "∞-01-01",
                "2024--1-05");
    }

    @Test
    void legacyDateParsing() throws Exception {
        Random random = new Random(120_31);
        List<Case> cases = new ArrayList<>();
        for (String pattern : LEGACY_PATTERNS) {
            for (String text : legacyTexts()) {
                if (random.nextInt(3) == 0) {
                    cases.add(new Case("LegacyDateCallbacks_parse", json(pattern, text, random.nextInt(8)), null));
                }
            }
        }
        for (String pattern : List.of("dd/MM/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "d MMMM yyyy", "d MMM yyyy")) {
            for (int locale = 0; locale < 8; locale++) {
                for (String text : List.of("29/02/2023", "2024-02-30", "31.04.2024", "1 mai 2024", "1 Mai 2024")) {
                    cases.add(new Case("LegacyDateCallbacks_parse", json(pattern, text, locale), null));
                }
            }
        }
        for (String pattern : List.of("yyyy-MM-dd''", "o", "yyyy-MM-dd 'T", "XXXX", "yyyy-MM-ddXXXXX", "''''")) {
            cases.add(new Case("LegacyDateCallbacks_parse", json(pattern, "2024-03-05", 0), null));
        }
        assertAgree("legacy-parse", cases);
    }

    @Test
    void legacyDateFormatting() throws Exception {
        Random random = new Random(120_32);
        List<Case> cases = new ArrayList<>();
        for (String pattern : LEGACY_PATTERNS) {
            if (pattern.contains("z")) {
                continue; // zone names: a README row
            }
            for (int i = 0; i < 12; i++) {
                // 2001 to 2041: the zones' rules are the tz database's on both sides
                long millis = 978_307_200_000L + (long) (random.nextDouble() * 1_262_304_000_000L);
                cases.add(new Case(
                        "LegacyDateCallbacks_formatAndBack", json(pattern, String.valueOf(millis), i % 8), null));
            }
        }
        for (int date = -1; date <= 4; date++) {
            for (int time = -1; time <= 4; time++) {
                for (int locale = 0; locale < 8; locale++) {
                    long millis = (long) (random.nextDouble() * 4e12) - 2_000_000_000_000L;
                    cases.add(new Case(
                            "LegacyDateCallbacks_styles", json(date, time, locale, String.valueOf(millis)), null));
                }
            }
        }
        List<String> regions = new ArrayList<>(List.of("", "US", "DE", "FR", "GB", "MV", "AE", "PT", "BR", "ZZ"));
        for (String region : java.util.Locale.getISOCountries()) {
            if (random.nextInt(6) == 0) {
                regions.add(region);
            }
        }
        for (String region : regions) {
            for (int i = 0; i < 4; i++) {
                long millis = (long) (random.nextDouble() * 4e12) - 1_000_000_000_000L;
                cases.add(new Case(
                        "LegacyDateCallbacks_weeks",
                        json(region, String.valueOf(millis), random.nextInt(7) - 1),
                        null));
            }
        }
        for (int locale = 0; locale < 8; locale++) {
            for (String pattern : List.of("d MMMM yyyy", "MMMM", "YYYY-ww", "yyyy 'Y", "u XXX", "x", "EEEE G a")) {
                cases.add(new Case("LegacyDateCallbacks_symbols", json(locale, pattern), null));
            }
        }
        for (int locale = 0; locale < 8; locale++) {
            for (int field = -1; field <= 17; field++) {
                for (int style : new int[] {0, 1, 2, 3, 4, 5, 0x8001, 0x8002, 0x8003, 0x8004, -1}) {
                    if (field == 2 || field == 7 || style == 1 || random.nextInt(4) == 0) {
                        long millis = (long) (random.nextDouble() * 4e12) - 2_000_000_000_000L;
                        cases.add(new Case(
                                "LegacyDateCallbacks_calendarNames",
                                json(locale, field, style, String.valueOf(millis)),
                                null));
                    }
                }
            }
        }
        assertAgree("legacy-format", cases);
    }

    // ---- the sorted, navigable, checked and LIFO views of Collections

    @Test
    void collectionWrappers() throws Exception {
        List<Case> cases = new ArrayList<>();
        List<List<String>> lists = List.of(
                List.of(),
                List.of("m"),
                List.of("d", "k", "p", "t"),
                List.of("b", "a", "b", "zz", ""),
                List.of("x", "x"));
        for (List<String> words : lists) {
            for (String key : List.of("", "a", "k", "m", "q", "zzz")) {
                cases.add(new Case("CollectionWrapperCallbacks_sorted", json(words, key), null));
            }
            for (int number : new int[] {0, -3, 7}) {
                cases.add(new Case("CollectionWrapperCallbacks_checked", json(words, number), null));
            }
            cases.add(new Case("CollectionWrapperCallbacks_lifo", json(words), null));
        }
        assertAgree("collection-wrappers", cases);
    }
}
