package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential conformance suite: every case runs on the JVM (reflection + the server's value mapping) and in
 * the compiled bundle in node (loaded as dash-renderer loads it), and the outcomes must be equal: values, thrown
 * PreventUpdate, no_update markers, error messages and set_props calls.
 */
class ConformanceTest {
    private static ConformanceBundle bundle;

    @BeforeAll
    static void compile() throws Exception {
        Path dir = Files.createTempDirectory("jdash-conformance");
        bundle = ConformanceBundle.compile(dir, MinifyLevel.SIMPLE, true, "conformance");
    }

    private static Case c(String function, String args) {
        return new Case(function, args, null);
    }

    /** Escapes lone surrogates, which no file encoding can hold. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean paired =
                    Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                sb.append(ch).append(s.charAt(++i));
            } else if (Character.isSurrogate(ch)) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }

    private static void assertAgree(String name, List<Case> cases) throws Exception {
        List<String> problems = bundle.disagreements(cases);
        Path report = Path.of("target", "conformance-" + name + ".txt");
        Files.createDirectories(report.getParent());
        Files.write(report, problems.stream().map(ConformanceTest::printable).toList());
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " cases disagree:\n" + String.join("\n", problems));
    }

    @Test
    void everyCallbackIsCovered() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (List<Case> cases :
                List.of(valueCases(), textCases(), numberCases(), dataCases(), lookupCases(), typedArrayCases())) {
            cases.forEach(c -> covered.add(c.function()));
        }
        covered.add("NumberCallbacks_transcendental");
        covered.add("DataCallbacks_hashOrder");
        assertEquals(new TreeSet<>(bundle.functions()), covered);
    }

    static List<Case> valueCases() {
        List<Case> cases = new ArrayList<>();
        for (String v : List.of("\"x\"", "\"\"", "null", "5", "true", "[1]", "{}")) {
            cases.add(c("ValueCallbacks_echoString", "[" + v + "]"));
        }
        cases.add(c("ValueCallbacks_echoString", "[]"));
        for (String v : List.of(
                "0",
                "-7",
                "2147483647",
                "-2147483648",
                "2147483648",
                "1.5",
                "3.0",
                "-0",
                "null",
                "\"3\"",
                "1e300",
                "true")) {
            cases.add(c("ValueCallbacks_echoInt", "[" + v + "]"));
            cases.add(c("ValueCallbacks_echoInteger", "[" + v + "]"));
        }
        for (String v : List.of("0", "9007199254740991", "-9007199254740991", "1e18", "1e19", "2.5", "null", "\"1\"")) {
            cases.add(c("ValueCallbacks_echoLong", "[" + v + "]"));
            cases.add(c("ValueCallbacks_echoLongBoxed", "[" + v + "]"));
        }
        for (String v : List.of("0", "0.1", "-2.5", "1e21", "1e-7", "123456789.125", "null", "\"0.5\"", "false")) {
            cases.add(c("ValueCallbacks_echoDouble", "[" + v + "]"));
            cases.add(c("ValueCallbacks_echoDoubleBoxed", "[" + v + "]"));
        }
        for (String v : List.of("true", "false", "null", "0", "\"true\"")) {
            cases.add(c("ValueCallbacks_echoBool", "[" + v + "]"));
            cases.add(c("ValueCallbacks_echoBoolean", "[" + v + "]"));
        }
        for (String v : List.of(
                "null",
                "1",
                "1.5",
                "3.0",
                "4294967296",
                "1e20",
                "\"s\"",
                "true",
                "[1,2.5,\"a\",null]",
                "{\"a\":1,\"b\":{\"c\":[true]}}",
                "[]",
                "{}",
                "-0",
                "[[1],[2,[3]]]")) {
            cases.add(c("ValueCallbacks_echoObject", "[" + v + "]"));
        }
        for (String v : List.of("[1,2.5]", "[]", "null", "[1,null]", "[1,\"2\"]", "{\"a\":1}", "5")) {
            cases.add(c("ValueCallbacks_echoList", "[" + v + "]"));
        }
        for (String v : List.of("[\"a\",\"b\"]", "[]", "null", "[\"a\",1]", "[null]")) {
            cases.add(c("ValueCallbacks_echoArray", "[" + v + "]"));
        }
        for (String v : List.of("[1,2,3]", "[]", "null", "[1.5]", "[null,4]")) {
            cases.add(c("ValueCallbacks_echoIntArray", "[" + v + "]"));
        }
        for (String v : List.of(
                "{\"a\":[1,2],\"b\":[]}",
                "{}",
                "null",
                "{\"a\":[1,\"x\"]}",
                "{\"a\":5}",
                "{\"b\":null}",
                "{\"10\":[1],\"2\":[2],\"x\":[3]}",
                "[1]")) {
            cases.add(c("ValueCallbacks_echoNested", "[" + v + "]"));
        }
        for (String v : List.of(
                "{\"name\":\"Ann\",\"age\":41,\"tags\":[\"a\"],\"home\":{\"x\":1,\"y\":2.5},"
                        + "\"scores\":{\"m\":1.5}}",
                "{\"name\":\"Bo\"}",
                "null",
                "{\"name\":\"Cy\",\"age\":4.5}",
                "{\"name\":\"Di\",\"home\":{\"x\":\"1\"}}",
                "{\"name\":\"Ed\",\"tags\":[\"a\",2]}",
                "\"p\"")) {
            cases.add(c("ValueCallbacks_echoPerson", "[" + v + "]"));
        }
        cases.add(c("ValueCallbacks_centroid", "[[{\"x\":0,\"y\":0},{\"x\":3,\"y\":1}]]"));
        cases.add(c("ValueCallbacks_centroid", "[[{\"x\":1,\"y\":2},{\"x\":\"b\",\"y\":1}]]"));
        for (String v : List.of("null", "5", "12.5", "0")) {
            cases.add(c("ValueCallbacks_summary", "[" + v + "]"));
        }
        for (String v : List.of("null", "3", "-1")) {
            cases.add(c("ValueCallbacks_multiArray", "[" + v + "]"));
        }
        for (String v : List.of("null", "\"\"", "\"abc\"")) {
            cases.add(c("ValueCallbacks_multiList", "[" + v + "]"));
        }
        for (String v : List.of("true", "false", "null")) {
            cases.add(c("ValueCallbacks_wholeNoUpdate", "[" + v + "]"));
        }
        cases.add(c("ValueCallbacks_prevent", "[3,\"Ann\"]"));
        cases.add(c("ValueCallbacks_prevent", "[null,\"Ann\"]"));
        cases.add(c("ValueCallbacks_prevent", "[2]"));
        cases.add(c("ValueCallbacks_prevent", "[\"2\",\"Ann\"]"));
        cases.add(new Case(
                "ValueCallbacks_context",
                "[1,null,\"t\"]",
                "{\"triggered\":[{\"prop_id\":\"v-ctx-a.n_clicks\",\"value\":1}],"
                        + "\"inputs\":{\"v-ctx-a.n_clicks\":1,\"v-ctx-b.n_clicks\":null},"
                        + "\"states\":{\"v-ctx.value\":\"t\"}}"));
        cases.add(new Case(
                "ValueCallbacks_context",
                "[null,null,null]",
                "{\"triggered\":[],\"inputs\":{\"v-ctx-a.n_clicks\":null,\"v-ctx-b.n_clicks\":null},"
                        + "\"states\":{\"v-ctx.value\":null}}"));
        cases.add(new Case(
                "ValueCallbacks_context",
                "[1,2,\"z\"]",
                "{\"triggered\":[{\"prop_id\":\"{\\\"index\\\":2,\\\"type\\\":\\\"b\\\"}.n_clicks\",\"value\":2},"
                        + "{\"prop_id\":\"v-ctx-a.n_clicks\",\"value\":1}],\"inputs\":{},\"states\":{}}"));
        cases.add(c("ValueCallbacks_context", "[1,2,\"no context\"]"));
        cases.add(c("ValueCallbacks_sideEffect", "[4]"));
        cases.add(c("ValueCallbacks_unsupportedResult", "[null]"));
        cases.add(c("ValueCallbacks_unsupportedResult", "[1]"));
        return cases;
    }

    static List<Case> textCases() {
        List<Case> cases = new ArrayList<>();
        cases.add(c("TextCallbacks_concat", "[3,\"x\"]"));
        cases.add(c("TextCallbacks_concat", "[null,null]"));
        for (String s : List.of("hello", "  a,b ,c  ", "", "Straße", "mañana 42", "ÀÉÎõü", "a\tb\nc")) {
            cases.add(c("TextCallbacks_stringOps", "[" + q(s) + "]"));
            cases.add(c("TextCallbacks_unicode", "[" + q(s) + "]"));
        }
        for (String s : List.of("😀a𝄞b", "İı", "ǅǈ", "ﬃ", "Σίσυφος", "日本語テキスト")) {
            cases.add(c("TextCallbacks_unicode", "[" + q(s) + "]"));
        }
        cases.add(c("TextCallbacks_stringOps", "[null]"));
        cases.add(c("TextCallbacks_builder", "[\"ab\",3]"));
        cases.add(c("TextCallbacks_builder", "[\"\",0]"));
        cases.add(c("TextCallbacks_builder", "[\"xyz\",12]"));

        List<String> doublePatterns = List.of(
                "%.2f",
                "%.1f",
                "%.0f",
                "%.3f",
                "%f",
                "%10.3f|",
                "%-10.1f|",
                "%+.1f",
                "%,.2f",
                "%08.2f",
                "%(.2f",
                "%e",
                "%.3e",
                "%E",
                "%.10f",
                "%s",
                "%.2f%%",
                "% .2f",
                "%,f");
        Random random = new Random(20261126);
        List<Double> doubles = new ArrayList<>(List.of(
                0.0,
                -0.0,
                0.5,
                1.5,
                2.5,
                -2.5,
                0.25,
                -1.25,
                1.005,
                2.675,
                0.125,
                0.375,
                1.45,
                1234567.891,
                -0.05,
                1e-5,
                123456789012.345,
                9.995,
                99.95,
                0.045,
                1.0E21,
                3.14159,
                100.0,
                5e-324,
                1.7976931348623157E308));
        for (int i = 0; i < 40; i++) {
            doubles.add(Math.round(random.nextGaussian() * 1e6) / 1e3);
            doubles.add(random.nextInt(20000) / 8.0 - 1000);
        }
        for (String p : doublePatterns) {
            for (double d : doubles) {
                cases.add(c("TextCallbacks_formatDouble", "[" + q(p) + "," + json(d) + "]"));
            }
        }
        List<String> longPatterns =
                List.of("%d", "%,d", "%x", "%X", "%o", "%08d", "%+d", "%-6d|", "% d", "%(d", "%,15d|", "%s");
        List<Long> longs = new ArrayList<>(
                List.of(0L, 1L, -1L, 42L, -42L, 1234567L, -9876543210L, 9007199254740991L, -2147483648L));
        for (int i = 0; i < 20; i++) {
            longs.add((long) (random.nextGaussian() * 1e9));
        }
        for (String p : longPatterns) {
            for (long l : longs) {
                cases.add(c("TextCallbacks_formatLong", "[" + q(p) + "," + l + "]"));
            }
        }
        for (String p : List.of("%s", "%10s|", "%-10s|", "%.3s", "%S", "%%s=%s", "[%5.2s]", "%2$s")) {
            for (String s : List.of("abc", "", "Straße long text")) {
                cases.add(c("TextCallbacks_formatString", "[" + q(p) + "," + q(s) + "]"));
            }
        }
        cases.add(c("TextCallbacks_formatString", "[\"%d\",\"x\"]"));
        cases.add(c("TextCallbacks_formatMixed", "[\"Ann\",3,12.25]"));
        cases.add(c("TextCallbacks_formatMixed", "[\"Bo\",null,null]"));
        for (double d : doubles) {
            if (!JDK_4511638.contains(d)) {
                cases.add(c("TextCallbacks_doubleToString", "[" + json(d) + "]"));
            }
        }
        for (double d : List.of(
                1e7,
                1e-3,
                1e-4,
                0.1 + 0.2,
                1.0 / 3,
                100.0 / 7,
                2e-7,
                4.35,
                1e22,
                Double.MIN_NORMAL,
                3.4e38,
                9.999999e-4,
                9999999.0)) {
            cases.add(c("TextCallbacks_doubleToString", "[" + json(d) + "]"));
        }
        for (String s : List.of(
                "42",
                "-17",
                "0x1F",
                "1e3",
                "3.25",
                " 7",
                "2147483648",
                "ff",
                "",
                "-0",
                "+5",
                "1_000",
                "NaN",
                "Infinity",
                "1.",
                ".5")) {
            cases.add(c("TextCallbacks_parse", "[" + q(s) + "]"));
        }
        cases.add(c("TextCallbacks_regex", "[\"(\\\\w+)@(\\\\w+)\\\\.com\",\"ann@x.com, bob@y.com; c@z.org\"]"));
        cases.add(c("TextCallbacks_regex", "[\"\\\\d+\",\"a1b22c333\"]"));
        cases.add(c("TextCallbacks_regex", "[\"(?i)hello\",\"Hello hello HELLO\"]"));
        cases.add(c("TextCallbacks_regex", "[\"[aeiou](?=[^aeiou])\",\"education\"]"));
        cases.add(c("TextCallbacks_regex", "[\"\\\\p{L}+\",\"Ünïcödé 42 wörds\"]"));
        cases.add(c("TextCallbacks_regex", "[\"(a+?)(b*)\",\"aaabbb\"]"));
        cases.add(c("TextCallbacks_regex", "[\"(\",\"x\"]"));
        cases.add(c("TextCallbacks_namedGroups", "[\"2024-03-05\"]"));
        cases.add(c("TextCallbacks_namedGroups", "[\"March\"]"));
        return cases;
    }

    static List<Case> numberCases() {
        List<Case> cases = new ArrayList<>();
        List<Double> xs = new ArrayList<>(List.of(
                0.0,
                -0.0,
                0.5,
                -0.5,
                1.5,
                -1.5,
                2.5,
                -2.5,
                3.5,
                -3.5,
                0.49999999999999994,
                -0.49999999999999994,
                4503599627370497.0,
                1e20,
                -1e20,
                123.456,
                -7.75,
                1e-300,
                2147483647.5,
                -2147483648.5,
                9.2e18,
                -9.3e18));
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            xs.add(random.nextInt(4000) / 4.0 - 500);
            xs.add(random.nextGaussian() * 1e4);
        }
        for (double x : xs) {
            cases.add(c("NumberCallbacks_math", "[" + json(x) + "]"));
        }
        int[][] pairs = {
            {7, 2},
            {-7, 2},
            {7, -2},
            {7, 0},
            {0, 0},
            {-2147483648, -1},
            {2147483647, 1},
            {123456, 789},
            {-5, 3},
            {1, 31},
            {65536, 65536}
        };
        for (int[] p : pairs) {
            cases.add(c("NumberCallbacks_integers", "[" + p[0] + "," + p[1] + "]"));
        }
        long[][] lpairs = {{7, 2}, {7, 0}, {-9007199254740991L, 3}, {123456789012L, 1000}, {-5, 0}};
        for (long[] p : lpairs) {
            cases.add(c("NumberCallbacks_longs", "[" + p[0] + "," + p[1] + "]"));
        }
        for (String[] p : List.of(
                new String[] {"1.005", "3"},
                new String[] {"-2.345", "0.1"},
                new String[] {"123456789.987654321", "7"},
                new String[] {"0.125", "8"},
                new String[] {"1E+3", "2.50"})) {
            cases.add(c("NumberCallbacks_bigDecimal", "[" + q(p[0]) + "," + q(p[1]) + "]"));
        }
        for (int seed : new int[] {0, 1, 42, -7, 123456789}) {
            cases.add(c("NumberCallbacks_random", "[" + seed + "]"));
        }
        return cases;
    }

    static List<Case> dataCases() {
        List<Case> cases = new ArrayList<>();
        for (String d : List.of("2024-02-28", "2023-12-31", "2000-01-01", "1999-03-15")) {
            for (int n : new int[] {0, 1, 365, -400}) {
                cases.add(c("DataCallbacks_dates", "[" + q(d) + "," + n + "]"));
            }
        }
        for (String d : List.of(
                "2024-02-28",
                "2023-02-28",
                "1900-02-28",
                "2000-02-28",
                "0000-01-01",
                "-0001-12-31",
                "+12024-03-05",
                "-10000-01-01",
                "9999-12-31",
                "1970-01-01",
                "2024-12-31",
                "2023-02-29",
                "2024-02-30",
                "2024-04-31",
                "2024-00-10",
                "2024-01-00",
                "2024-1-05",
                "2024-01-5",
                "12024-03-05",
                "+2024-03-05",
                "2024-03-05x",
                "2024/03/05",
                "",
                " 2024-03-05",
                "2024-03-05T00:00",
                "+1000000000-01-01",
                "-999999999-01-01")) {
            for (long n : new long[] {0, 1, 59, 366, -1, 146097}) {
                cases.add(c("DataCallbacks_isoDate", "[" + q(d) + "," + n + "]"));
            }
        }
        cases.add(c("DataCallbacks_isoDate", "[null,1]"));
        for (String t : List.of(
                "2024-03-10T01:30",
                "2024-03-10T01:30:05",
                "2024-03-10T01:30:05.5",
                "2024-03-10T01:30:05.123456789",
                "2024-03-10t23:59:59.999",
                "2024-03-10T24:00",
                "2024-03-10T12:60",
                "2024-03-10T12:00:60",
                "2024-03-10T1:30",
                "2024-03-10 01:30",
                "2024-03-10T01:30:05.1234567891",
                "2024-03-10T01:30:05.",
                "2024-03-10T01:30Z",
                "-0005-01-01T00:00",
                "2024-02-30T10:00",
                "")) {
            for (long sec : new long[] {0, 1, 86399, -3600}) {
                cases.add(c("DataCallbacks_isoDateTime", "[" + q(t) + "," + sec + "]"));
            }
        }
        for (String d : List.of("2024-02-29", "0001-01-01", "-0005-12-31", "+10000-06-15")) {
            cases.add(c("DataCallbacks_formatterUses", "[" + q(d) + "]"));
        }
        cases.add(c("DataCallbacks_dates", "[\"2024-13-01\",1]"));
        cases.add(c("DataCallbacks_dates", "[\"not a date\",1]"));
        for (String t : List.of("2024-03-10T01:30:00", "2023-12-31T23:59:59.5")) {
            for (long s : new long[] {0, 59, 3600, 90061, -86400}) {
                cases.add(c("DataCallbacks_times", "[" + q(t) + "," + s + "]"));
            }
        }
        for (String xs : List.of("[5,3,8,1,9,2,8,3]", "[]", "[4]", "[-3,0,3,6,9,12]")) {
            cases.add(c("DataCallbacks_streams", "[" + xs + "]"));
        }
        String sales = "[{\"region\":\"north\",\"product\":\"b\",\"amount\":10.5},"
                + "{\"region\":\"south\",\"product\":\"a\",\"amount\":7},"
                + "{\"region\":\"north\",\"product\":\"a\",\"amount\":10.5},"
                + "{\"region\":\"east\",\"product\":\"c\",\"amount\":0.1},"
                + "{\"region\":\"east\",\"product\":\"d\",\"amount\":0.2}]";
        cases.add(c("DataCallbacks_totals", "[" + sales + "]"));
        cases.add(c("DataCallbacks_top", "[" + sales + "]"));
        cases.add(c("DataCallbacks_records", "[\"west\"]"));
        for (String v : List.of("[1,\"a\"]", "[null,\"x\"]", "[-3,null]", "[7,\"\\u00e9t\u00e9\"]")) {
            cases.add(c("DataCallbacks_patch", v));
        }
        String[] levels = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
        for (String a : levels) {
            for (String b : levels) {
                cases.add(c("DataCallbacks_enums", "[" + q(a) + "," + q(b) + "]"));
            }
        }
        cases.add(c("DataCallbacks_enums", "[\"NONE\",\"LOW\"]"));
        for (String v : List.of("\"a\"", "\"b\"", "\"zzz\"", "\"\"", "4", "4.5", "null", "[1]")) {
            cases.add(c("DataCallbacks_switches", "[" + v + "]"));
        }
        for (String words : List.of(
                "[\"pear\",\"apple\",\"fig\",\"b\",\"apple\",\"kiwi\"]",
                "[\"z\"]",
                "[\"banana\",\"Apple\",\"cherry\",\"apple\",\"date\",\"elderberry\",\"fig\",\"grape\"]")) {
            cases.add(c("DataCallbacks_collections", "[" + words + "]"));
        }
        for (String v : List.of("null", "\"\"", "\"  hi \"", "\"x\"")) {
            cases.add(c("DataCallbacks_optional", "[" + v + "]"));
        }
        for (String v : List.of("[\"abc\",1]", "[null,5]", "[\"x\",0]", "[\"xy\",-1]", "[\"q\",3]")) {
            cases.add(c("DataCallbacks_exceptions", v));
        }
        for (String v : List.of("null", "\"short\"", "\"long enough text\"")) {
            cases.add(c("DataCallbacks_throwing", "[" + v + "]"));
        }
        return cases;
    }

    private static String json(double d) {
        if (d == 0 && 1 / d < 0) {
            return "-0.0";
        }
        return String.format(Locale.ROOT, "%s", Double.toString(d)).replace("Infinity", "1e999");
    }

    /**
     * Values whose {@code Double.toString}/{@code Float.toString} on Java 17 and 18 is not the shortest decimal
     * (JDK-4511638, fixed in Java 19). The browser prints what Java 19+ prints, so these cases run only there.
     */
    static final Set<Double> JDK_4511638 =
            Set.of(1.23456789012345E11, 1.23456789E8, 1.0E16, 9.999999999999999E22, 1.1754943508222875E-38, 1e-323);

    @Test
    void toStringAsJava19() throws Exception {
        assumeTrue(
                Runtime.version().feature() >= 19,
                "Java " + Runtime.version().feature()
                        + " prints some doubles and floats with extra digits (JDK-4511638); jdash follows Java 19+");
        List<Case> cases = new ArrayList<>();
        for (double d : JDK_4511638) {
            cases.add(c("TextCallbacks_doubleToString", "[" + json(d) + "]"));
        }
        assertAgree("tostring19", cases);
    }

    /**
     * Java specifies these functions to 1 ulp, and the JVM's intrinsics and the browser's implementations differ
     * within that. The build must warn at each call site, and the results must agree to 1 ulp.
     */
    @Test
    void transcendentalWithinOneUlpAndWarned() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (double x : List.of(0.0, 1.0, -1.0, 0.5, 2.0, 10.0, -3.7, 100.25, 659.9547579275586, 1e-9, 123456.789)) {
            cases.add(c("NumberCallbacks_transcendental", "[" + json(x) + "]"));
        }
        List<String> problems = bundle.disagreementsWithin(cases, 1);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertWarnedAt(
                "JDASH-W002",
                "NumberCallbacks.java",
                "Math.exp(",
                "Math.log(",
                "Math.sin(",
                "Math.cos(",
                "Math.atan2(",
                "Math.tan(",
                "Math.cbrt(",
                "Math.log10(",
                "Math.pow(",
                "Math.hypot(");
    }

    /**
     * HashMap/HashSet iterate in the JDK's order in the browser, so the build no longer warns at them; the
     * generated cases of {@code JdkTextConformanceTest.hashOrder} cover the layout in depth.
     */
    @Test
    void hashCollectionsIterateInJdkOrderUnwarned() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String words : List.of(
                "[\"pear\",\"apple\",\"fig\",\"b\",\"apple\",\"kiwi\"]",
                "[\"z\"]",
                "[]",
                "[\"Aa\",\"BB\",\"polygenelubricants\",\"GydZG_\",\"x1\",\"x2\",\"x3\",\"x4\",\"x5\",\"y10\"]")) {
            cases.add(c("DataCallbacks_hashOrder", "[" + words + "]"));
        }
        List<String> problems = bundle.disagreements(cases);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        List<String> lines =
                Files.readAllLines(Path.of("src/test/java/io/jdash/fixtures/conformance/DataCallbacks.java"));
        List<String> warned = new ArrayList<>();
        for (var d : bundle.result().diagnostics()) {
            if (d.code().equals("JDASH-W003")
                    && d.file() != null
                    && d.file().endsWith("DataCallbacks.java")
                    && d.line() > 0
                    && lines.get(d.line() - 1).matches(".*new Hash(Map|Set).*")) {
                warned.add(d.toString());
            }
        }
        assertTrue(warned.isEmpty(), "HashMap/HashSet are warned still: " + warned);
    }

    /** Asserts a warning with {@code code} at every line of the fixture source containing one of the markers. */
    private static void assertWarnedAt(String code, String file, String... markers) throws Exception {
        Path source = Path.of("src/test/java/io/jdash/fixtures/conformance", file);
        List<String> lines = Files.readAllLines(source);
        Set<Integer> expected = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String marker : markers) {
                if (lines.get(i).contains(marker) && !lines.get(i).trim().startsWith("import")) {
                    expected.add(i + 1);
                }
            }
        }
        Set<Integer> warned = new TreeSet<>();
        for (var d : bundle.result().diagnostics()) {
            if (d.code().equals(code) && d.file() != null && d.file().endsWith(file)) {
                warned.add(d.line());
            }
        }
        assertTrue(
                !expected.isEmpty() && warned.containsAll(expected),
                code + " expected at lines " + expected + " of " + file + ", warned at " + warned);
    }

    @Test
    void values() throws Exception {
        assertAgree("values", valueCases());
    }

    @Test
    void text() throws Exception {
        assertAgree("text", textCases());
    }

    @Test
    void numbers() throws Exception {
        assertAgree("numbers", numberCases());
    }

    @Test
    void data() throws Exception {
        assertAgree("data", dataCases());
    }

    /**
     * Generated inputs (jdash:verify's generator, seeded) for the collection reads the samples' browser callbacks
     * make: maps of JSON values with integer-like and Unicode keys, key lists with nulls and repeats.
     */
    static List<Case> lookupCases() {
        var types = List.<io.jdash.compiler.scan.TypeRef>of(
                new io.jdash.compiler.scan.TypeRef.MapOf(
                        new io.jdash.compiler.scan.TypeRef.Simple(io.jdash.compiler.scan.TypeRef.Scalar.OBJECT)),
                new io.jdash.compiler.scan.TypeRef.ListOf(
                        new io.jdash.compiler.scan.TypeRef.Simple(io.jdash.compiler.scan.TypeRef.Scalar.STRING)));
        List<Case> cases = new ArrayList<>();
        for (var args : new io.jdash.compiler.verify.InputGenerator(20261202L, null).arguments(types, 300)) {
            // keys in JavaScript's order, as a real prop reaches the server
            cases.add(c(
                    "DataCallbacks_lookups",
                    io.jdash.compiler.verify.JsPropertyOrder.of(args).toString()));
        }
        cases.add(c("DataCallbacks_lookups", "[{\"a\":1,\"b\":[2]},[\"a\",\"b\",\"a\",null]]"));
        return cases;
    }

    /** Little-endian bytes of {@code values} in {@code dtype}, as base64: a typed array as plotly.py writes it. */
    static String bdata(String dtype, double[] values) {
        int width =
                switch (dtype) {
                    case "i1", "u1" -> 1;
                    case "i2", "u2" -> 2;
                    case "i4", "u4", "f4" -> 4;
                    default -> 8;
                };
        java.nio.ByteBuffer b =
                java.nio.ByteBuffer.allocate(values.length * width).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            switch (dtype) {
                case "i1", "u1" -> b.put((byte) (long) v);
                case "i2", "u2" -> b.putShort((short) (long) v);
                case "i4", "u4" -> b.putInt((int) (long) v);
                case "f4" -> b.putFloat((float) v);
                default -> b.putDouble(v);
            }
        }
        return java.util.Base64.getEncoder().encodeToString(b.array());
    }

    private static String spec(String dtype, String bdata, String extra) {
        return "{\"dtype\":\"" + dtype + "\",\"bdata\":\"" + bdata + "\"" + extra + "}";
    }

    /**
     * Typed arrays as the server writes figures and dash-renderer hands them back: for every dtype, generated
     * values with the dtype's edges (NaN, ±0, ±Infinity, subnormals, the integer limits) in lengths that leave every
     * base64 padding, read as every declared type, in shapes of 1 to 3 dimensions, inside a figure, with plotly's
     * {@code _inputArray} beside them; and objects that are no typed array (bad padding, unknown dtype, a shape that
     * does not fit), which stay objects.
     */
    static List<Case> typedArrayCases() {
        Random random = new Random(20261616);
        Map<String, double[]> edges = new java.util.LinkedHashMap<>();
        edges.put("i1", new double[] {-128, 127, 0, -1});
        edges.put("u1", new double[] {0, 255, 1});
        edges.put("i2", new double[] {-32768, 32767, -1});
        edges.put("u2", new double[] {0, 65535});
        edges.put("i4", new double[] {Integer.MIN_VALUE, Integer.MAX_VALUE, -1});
        edges.put("u4", new double[] {0, 4294967295.0, 2147483648.0});
        edges.put("f4", new double[] {
            Double.NaN,
            0.0,
            -0.0,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Float.MIN_VALUE,
            Float.MIN_NORMAL,
            Float.MAX_VALUE,
            -Float.MAX_VALUE,
            0.1f,
            1.5,
            16777217
        });
        edges.put("f8", new double[] {
            Double.NaN,
            0.0,
            -0.0,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            1e-310,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            0.1,
            9007199254740993.0,
            3.0,
            2147483648.0,
            -9.223372036854775808E18,
            1e19
        });
        List<String> readers = List.of(
                "ValueCallbacks_typesOf",
                "ValueCallbacks_echoList",
                "ValueCallbacks_echoIntArray",
                "ValueCallbacks_echoDoubleArray",
                "ValueCallbacks_echoLongList",
                "ValueCallbacks_echoString",
                "ValueCallbacks_echoNested",
                "ValueCallbacks_echoPerson");
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, double[]> e : edges.entrySet()) {
            String dtype = e.getKey();
            double[] edge = e.getValue();
            for (int length : new int[] {0, 1, 2, 3, 4, 5, 7, 12, 33}) {
                for (int variant = 0; variant < 3; variant++) {
                    double[] values = new double[length];
                    for (int i = 0; i < length; i++) {
                        values[i] = variant == 0 && i < edge.length ? edge[i] : edge[random.nextInt(edge.length)];
                        if (variant == 2 && !dtype.startsWith("f")) {
                            double lo = edge[0] < 0 ? edge[0] : 0;
                            double hi = Math.max(edge[1], 1);
                            values[i] = Math.floor(lo + random.nextDouble() * (hi - lo));
                        } else if (variant == 2) {
                            values[i] = random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10);
                        }
                    }
                    String typed = spec(dtype, bdata(dtype, values), "");
                    for (String reader : readers) {
                        cases.add(c(reader, "[" + typed + "]"));
                    }
                }
            }
            double[] six = {1, 2, 3, 4, 5, 6};
            String b = bdata(dtype, six);
            for (String shape : List.of(
                    "\"1,6,1\"",
                    "\"6,1\"",
                    "\"999999999,0\"",
                    "\"0,6\"",
                    "\"7,0\"",
                    "\"6\"",
                    "\"2,3\"",
                    "\"3,2\"",
                    "\"1,2,3\"",
                    "6",
                    "6.0",
                    "\"4\"",
                    "\"2,2\"",
                    "\"6,1,1,1\"",
                    "null",
                    "\" 6\"",
                    "\"-6\"",
                    "[6]")) {
                cases.add(c("ValueCallbacks_typesOf", "[" + spec(dtype, b, ",\"shape\":" + shape) + "]"));
                cases.add(c("ValueCallbacks_echoIntArray", "[" + spec(dtype, b, ",\"shape\":" + shape) + "]"));
            }
            cases.add(c(
                    "ValueCallbacks_typesOf",
                    "[" + spec(dtype, b, ",\"_inputArray\":{\"0\":1,\"1\":2,\"2\":3,\"3\":4,\"4\":5,\"5\":6}") + "]"));
        }
        for (String shape : List.of("\"0\"", "\"1,0\"", "\"0,1\"", "\"2,0\"", "\"999999999,0\"", "\"0,0,0\"")) {
            cases.add(c("ValueCallbacks_typesOf", "[" + spec("u1", "", ",\"shape\":" + shape) + "]"));
        }
        String f8 = bdata("f8", new double[] {1.5, -2, 3});
        for (String odd : List.of(
                spec("float64", f8, ""),
                spec("int8", "AQID", ""),
                spec("i8", bdata("f8", new double[] {1}), ""),
                spec("u1c", "AQID", ""),
                spec("f8", f8.substring(0, f8.length() - 4), ""),
                spec("f4", "AAAAAA==", ""),
                spec("u1", "AQI", ""),
                spec("u1", "AQ=", ""),
                spec("u1", "AQ", ""),
                spec("u1", "AQ==", ""),
                spec("u1", "AR==", ""),
                spec("u1", "AQ I", ""),
                spec("u1", "AQ-_", ""),
                spec("u1", "====", ""),
                spec("hasOwnProperty", "AQID", ""),
                spec("constructor", "AQID", ""),
                "{\"dtype\":\"u1\"}",
                "{\"bdata\":\"AQID\"}",
                "{\"dtype\":5,\"bdata\":\"AQID\"}",
                "{\"dtype\":\"u1\",\"bdata\":[1]}",
                "{\"dtype\":\"u1\",\"bdata\":null}")) {
            cases.add(c("ValueCallbacks_typesOf", "[" + odd + "]"));
            cases.add(c("ValueCallbacks_echoList", "[" + odd + "]"));
        }
        // a figure as dash-renderer holds it once plotly.js drew it, read by a clientside callback and patched
        for (String dtype : List.of("f8", "f4", "i2", "u1")) {
            double[] y = {3, 1, 4, 1, 5, 9, 2, 6};
            String figure = "{\"data\":[{\"type\":\"scatter\",\"x\":[0,1,2,3,4,5,6,7],\"y\":"
                    + spec(dtype, bdata(dtype, y), ",\"_inputArray\":{\"0\":3}") + "}],\"layout\":{}}";
            cases.add(c("ValueCallbacks_typesOf", "[" + figure + "]"));
            cases.add(c("ValueCallbacks_extendFigure", "[1," + figure + "]"));
        }
        cases.add(c("ValueCallbacks_extendFigure", "[1,{\"data\":[{\"y\":[3,1,4]}]}]"));
        cases.add(c("ValueCallbacks_extendFigure", "[1,{\"data\":[{\"y\":" + spec("f8", "", "") + "}]}]"));
        return cases;
    }

    @Test
    void typedArrays() throws Exception {
        List<Case> cases = typedArrayCases();
        assertTrue(cases.size() > 1500, cases.size() + " cases");
        assertAgree("typed-arrays", cases);
    }

    @Test
    void lookups() throws Exception {
        assertAgree("lookups", lookupCases());
    }
}
