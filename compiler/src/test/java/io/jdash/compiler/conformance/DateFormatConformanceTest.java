package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import io.jdash.compiler.report.SizeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code DateTimeFormatter.ofPattern} with numeric patterns in a bundle of its own: thousands of generated texts
 * (valid and invalid days, months, years, signs, widths, times with 24:00, fractions, wrong literals, long texts)
 * are parsed as LocalDate, LocalDateTime and LocalTime, and many dates and times formatted, on the JVM and in the
 * browser; results and exception texts (with their error index) must be equal, and java.time's formatter must not
 * be in the bundle.
 */
class DateFormatConformanceTest {
    private static ConformanceBundle bundle;

    /** Candidate texts for each kind of pattern field, valid and invalid. */
    private static final List<String> DAY2 =
            List.of("01", "09", "15", "28", "29", "30", "31", "32", "00", "99", "1", "001", "+1", "-1", "ab");

    private static final List<String> DAY1 = List.of(
            "1",
            "9",
            "28",
            "29",
            "30",
            "31",
            "32",
            "0",
            "01",
            "031",
            "+1",
            "-1",
            "",
            "123456789012345678901",
            "9223372036854775808",
            "-0");
    private static final List<String> MONTH2 =
            List.of("01", "02", "04", "06", "09", "11", "12", "13", "00", "2", "002");
    private static final List<String> MONTH1 = List.of("1", "2", "4", "9", "12", "13", "0", "02", "-1");
    private static final List<String> YEAR4 = List.of(
            "2024",
            "2023",
            "2000",
            "1900",
            "2100",
            "0001",
            "0000",
            "9999",
            "+10000",
            "10000",
            "+2024",
            "-2024",
            "-0001",
            "999",
            "20245",
            "+999999999",
            "1000000000",
            "+1000000000",
            "-0",
            "1600");
    private static final List<String> YEAR1 =
            List.of("1", "2024", "0", "-5", "+5", "999999999", "1000000000", "-0", "00002024");
    private static final List<String> YEAR2 = List.of("24", "00", "99", "5", "2024", "-1", "+1", "50");
    private static final List<String> YEAR6 =
            List.of("002024", "-002024", "+1002024", "2024", "0000000", "000000", "-000001", "1002024");
    private static final List<String> HOUR2 = List.of("00", "09", "12", "23", "24", "25", "99", "7");
    private static final List<String> HOUR1 = List.of("0", "7", "23", "24", "25", "007");
    private static final List<String> MINUTE2 = List.of("00", "30", "59", "60", "5");
    private static final List<String> MINUTE1 = List.of("0", "5", "59", "60", "99");
    private static final List<String> FRACTION3 = List.of("000", "123", "999", "12", "1234", "abc");
    private static final List<String> FRACTION9 = List.of("000000000", "123456789", "1", "1234567890", "000000001");

    /** Hand-picked texts per pattern: leap days, month ends that SMART resolution clamps, 24:00, year edges. */
    private static final java.util.Map<Integer, List<String>> EDGES = java.util.Map.of(
            0,
                    List.of(
                            "29/02/2024",
                            "29/02/2023",
                            "29/02/1900",
                            "29/02/2000",
                            "30/02/2024",
                            "31/04/2024",
                            "31/06/2023",
                            "31/09/2023",
                            "31/11/2023",
                            "31/12/2023",
                            "01/01/0001",
                            "31/12/9999"),
            1, List.of("29.2.2024", "29.2.2023", "31.4.2024", "1.1.-1", "1.1.0", "31.12.+99999"),
            2, List.of("29/02/00", "29/02/01", "31/12/99", "01/01/00"),
            4, List.of("-000001-02-29", "000000-02-29", "+999999-12-31", "-999999-01-01"),
            6,
                    List.of(
                            "2024-02-28 24:00",
                            "2024-12-31 24:00",
                            "2023-02-28 24:00",
                            "2024-02-29 23:59",
                            "2024-02-30 24:00"),
            7,
                    List.of(
                            "2024-02-29T24:00:00.000",
                            "2024-02-29T24:00:00.001",
                            "2024-02-29T23:59:59.999",
                            "2024-02-29T12:00:00.0001"),
            8, List.of("24:00:00", "24:00:01", "24:01:00", "23:59:59", "00:00:00"),
            9, List.of("24:0:0.000000000", "24:0:0.000000001", "0:0:0.000000000", "23:59:59.999999999"));

    @BeforeAll
    static void compile() throws Exception {
        Path dir = Files.createTempDirectory("jdash-dateformat");
        bundle = ConformanceBundle.compile(dir, MinifyLevel.SIMPLE, true, "dateformat");
    }

    /** The texts for pattern {@code which} of DateFormatCallbacks.PATTERNS, a seeded sample of all combinations. */
    static List<String> texts(int which) {
        List<List<String>> parts =
                switch (which) {
                    case 0 -> List.of(DAY2, List.of("/"), MONTH2, List.of("/"), YEAR4);
                    case 1 -> List.of(DAY1, List.of("."), MONTH1, List.of("."), YEAR4);
                    case 2 -> List.of(DAY2, List.of("/"), MONTH2, List.of("/"), YEAR2);
                    case 3 -> List.of(List.of("Day ", "day "), DAY1, List.of(" of "), MONTH1, List.of(", "), YEAR1);
                    case 4 -> List.of(YEAR6, List.of("-"), MONTH2, List.of("-"), DAY2);
                    case 5 ->
                        List.of(List.of("'"), YEAR4, List.of("' o'clock ", "' o''clock "), MONTH2, List.of(" "), DAY2);
                    case 6 ->
                        List.of(
                                YEAR4,
                                List.of("-"),
                                MONTH2,
                                List.of("-"),
                                DAY2,
                                List.of(" "),
                                HOUR2,
                                List.of(":"),
                                MINUTE2);
                    case 7 ->
                        List.of(
                                YEAR4,
                                List.of("-"),
                                MONTH2,
                                List.of("-"),
                                DAY2,
                                List.of("T", "t"),
                                HOUR2,
                                List.of(":"),
                                MINUTE2,
                                List.of(":"),
                                MINUTE2,
                                List.of("."),
                                FRACTION3);
                    case 8 -> List.of(HOUR2, List.of(":"), MINUTE2, List.of(":"), MINUTE2);
                    default -> List.of(HOUR1, List.of(":"), MINUTE1, List.of(":"), MINUTE1, List.of("."), FRACTION9);
                };
        List<String> all = new ArrayList<>(List.of(""));
        for (List<String> choices : parts) {
            List<String> next = new ArrayList<>();
            for (String prefix : all) {
                for (String c : choices) {
                    next.add(prefix + c);
                }
            }
            all = next;
        }
        Collections.shuffle(all, new Random(1000L + which));
        List<String> sample = new ArrayList<>(all.subList(0, Math.min(all.size(), 220)));
        sample.addAll(EDGES.getOrDefault(which, List.of()));
        String first = sample.get(0);
        sample.addAll(List.of(
                "",
                "x",
                first + "Z",
                " " + first,
                first.substring(0, first.length() - 1),
                first + first + first + first + first + first + "123456789012345678901234567890"));
        return sample;
    }

    private static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            sb.append(ch == '"' || ch == '\\' ? "\\" + ch : String.valueOf(ch));
        }
        return sb.append('"').toString();
    }

    private static void assertAgree(List<Case> cases) throws Exception {
        List<String> problems = bundle.disagreements(cases);
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " cases disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    @Test
    void parsesAsTheJvm() throws Exception {
        List<Case> cases = parseCases("DateFormatCallbacks");
        assertTrue(cases.size() > 2500, "cases: " + cases.size());
        assertAgree(cases);
    }

    /** The parsing cases for the callbacks of class {@code cls} (DateFormatCallbacks or a copy of it). */
    static List<Case> parseCases(String cls) {
        List<Case> cases = new ArrayList<>();
        for (int which = 0; which < 10; which++) {
            List<String> texts = texts(which);
            for (String text : texts) {
                cases.add(new Case(cls + "_parseDate", "[" + q(text) + "," + which + "]", null));
            }
            if (which == 0 || which >= 6) {
                for (String text : texts.subList(0, 150)) {
                    cases.add(new Case(cls + "_parseDateTimeAndTime", "[" + q(text) + "," + which + "]", null));
                }
            }
        }
        return cases;
    }

    @Test
    void isoParsingHasTheJvmsTexts() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String text : List.of(
                "2024-02-29",
                "2023-02-29",
                "2024-04-31",
                "2024-13-01",
                "+12024-03-05",
                "12024-03-05",
                "-0001-01-01",
                "2024-3-5",
                "2024-03-05x",
                "",
                "10:15",
                "10:15:30.123456789",
                "24:00",
                "10:60",
                "2024-03-05T10:15",
                "2024-03-05t10:15:30",
                "2024-03-05T24:00",
                "2024-03-05 10:15",
                "2024-03-05T10:15:30.1234567891",
                "+1000000000-01-01",
                "2024-03-05T10:15:30.123" + "x".repeat(60),
                "9".repeat(70),
                "10:15:3",
                "10:15:30.",
                "25:61",
                "10:15:30.x",
                "24:00:00",
                "23:59:60",
                "2024-02-30T25:00",
                "-999999999-01-01T00:00",
                "T10:15",
                "2024-03-05T10",
                "+0000-01-01",
                "-0000-01-01",
                "99999-01-01",
                "+99999-01-01")) {
            cases.add(new Case("DateFormatCallbacks_parseIso", "[" + q(text) + "]", null));
        }
        assertAgree(cases);
    }

    @Test
    void formatsAsTheJvm() throws Exception {
        assertAgree(formatCases("DateFormatCallbacks"));
    }

    /** The formatting cases for the callbacks of class {@code cls} (DateFormatCallbacks or a copy of it). */
    static List<Case> formatCases(String cls) {
        List<Case> cases = new ArrayList<>();
        for (String date : List.of(
                "2024-02-29",
                "2023-12-31",
                "0001-01-01",
                "-0001-06-15",
                "0000-01-01",
                "9999-12-31",
                "+10000-01-01",
                "1999-07-04",
                "2000-02-29",
                "1900-03-01",
                "+999999999-12-31",
                "-999999999-01-01",
                "0099-05-05",
                "2024-10-05",
                "2099-11-30",
                "2100-01-01")) {
            for (String time :
                    List.of("00:00", "23:59:59.999999999", "12:34:56.789", "09:05:03.000000001", "13:07:00.1")) {
                cases.add(new Case(cls + "_format", "[" + q(date) + "," + q(time) + "]", null));
            }
        }
        return cases;
    }

    @Test
    void bundleHasNoJavaTimeFormatter() {
        List<String> formatterSources = new ArrayList<>();
        for (SizeReport.SourceSize s : bundle.result().sizeReport().sources()) {
            if (s.source().contains("time.format.DateTimeFormatter")
                    || s.source().contains("DateTimeParseContext")) {
                formatterSources.add(s.source());
            }
        }
        assertEquals(List.of(), formatterSources);
        assertTrue(
                bundle.result().diagnostics().stream().noneMatch(d -> d.code().equals("JDASH-W009")),
                bundle.result().diagnostics().toString());
        assertTrue(bundle.result().sizeReport().sources().stream()
                .anyMatch(s -> s.source().equals("io.jdash.runtime.jvm.JvmDateFormat")));
    }
}
