package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over the date API older Java code is written in: {@code java.util.Date} (its texts, its
 * deprecated fields, comparisons and conversions), {@code Calendar}/{@code GregorianCalendar} (setting, adding and
 * rolling fields across month ends and leap years, weeks by locale, lenient and strict fields), {@code TimeZone}
 * (offsets, daylight time, ids) and {@code SimpleDateFormat}/{@code DateFormat} (patterns, locales, parsing, lenient
 * and strict, errors). Instants are made from the inputs; zones are named, never the machine's. Compiled by javac
 * at test time and run on the JVM and in the browser on the same inputs: the answers, or the exception's class and
 * message, must be the JVM's. {@code -Djdash.legacydate.seed=N} explores other programs; a disagreement's source is
 * in {@code target/legacydate-<seed>.java}.
 */
class LegacyDateConformanceTest {
    private static final int CALLBACKS = 80;
    private static final List<String> TEXTS = List.of(
            "2024-02-29", "2023-02-30", "31/12/1999", "x", "", "2024-13-01", "12:30", "Mon, 5 Feb 2024 10:00:00 +0100");

    /** An instant from the inputs, from before 1970 to after 2038. */
    private static final String T = "(a * 7_919_000_000_000L - 9_000_000_000_000L + b.length() * 3_600_000L)";

    /** An instant from 2001 to 2041, where the zones' rules are the tz database's on both sides. */
    private static final String MODERN = "(1_000_000_000_000L + a * 250_000_000_000L + b.length() * 86_400_000L * 40)";

    private static final List<String> DATE_OPS = List.of(
            "Date d = new Date(" + T + "); out.append(d.getTime()).append(d.equals(new Date(d.getTime())))"
                    + ".append(d.compareTo(new Date(0))).append(d.before(new Date(0))).append(d.after(new Date(0)))",
            "Date d = new Date(" + T + "); out.append(d.hashCode()).append(d.toInstant())",
            "out.append(Date.from(Instant.ofEpochSecond(a * 1_000_000_000L, a * 1000)).getTime())",
            "out.append(Date.from(Instant.MAX))",
            "Date d = new Date(" + T + "); d.setTime(d.getTime() + a); out.append(d.getTime()).append(d.clone()"
                    + ".equals(d))",
            "out.append(new Date(" + T + ").toInstant().atZone(ZoneOffset.UTC).getDayOfWeek())");

    private static final String CAL =
            "Calendar c = Calendar.getInstance(UTC, Locale.US); c.setTimeInMillis(" + T + "); ";

    private static final List<String> CALENDAR_OPS = List.of(
            CAL + "out.append(c.get(Calendar.YEAR)).append('-').append(c.get(Calendar.MONTH)).append('-')"
                    + ".append(c.get(Calendar.DAY_OF_MONTH)).append(' ').append(c.get(Calendar.HOUR_OF_DAY))"
                    + ".append(c.get(Calendar.DAY_OF_WEEK)).append(c.get(Calendar.DAY_OF_YEAR))"
                    + ".append(c.get(Calendar.ERA))",
            CAL + "c.add(Calendar.MONTH, a * 5 - 7); out.append(c.getTimeInMillis())",
            CAL
                    + "c.add(Calendar.DAY_OF_MONTH, -a * 400); c.add(Calendar.HOUR, a * 13); out.append(c.getTimeInMillis())",
            CAL + "c.roll(Calendar.DAY_OF_MONTH, a * 11); out.append(c.getTimeInMillis())",
            CAL + "c.roll(Calendar.MONTH, -a * 5); out.append(c.getTimeInMillis())",
            CAL + "c.roll(Calendar.HOUR_OF_DAY, true); c.roll(Calendar.YEAR, a); out.append(c.getTimeInMillis())",
            "Calendar c = new GregorianCalendar(UTC, Locale.US); c.clear(); c.set(2024, Calendar.JANUARY, 29 + a);"
                    + " c.add(Calendar.MONTH, 1); out.append(c.get(Calendar.MONTH)).append(c.get(Calendar"
                    + ".DAY_OF_MONTH)).append(c.getActualMaximum(Calendar.DAY_OF_MONTH))",
            "Calendar c = new GregorianCalendar(UTC, Locale.US); c.clear(); c.set(2023 + a, Calendar.FEBRUARY, 1);"
                    + " out.append(c.getActualMaximum(Calendar.DAY_OF_MONTH)).append(c.getActualMaximum(Calendar"
                    + ".DAY_OF_YEAR)).append(c.getActualMaximum(Calendar.WEEK_OF_YEAR))",
            CAL + "out.append(c.get(Calendar.WEEK_OF_YEAR)).append(c.get(Calendar.WEEK_OF_MONTH)).append(c"
                    + ".get(Calendar.DAY_OF_WEEK_IN_MONTH)).append(c.getFirstDayOfWeek()).append(c"
                    + ".getMinimalDaysInFirstWeek())",
            "Calendar c = Calendar.getInstance(UTC, Locale.GERMANY); c.setTimeInMillis(" + T + "); out.append(c"
                    + ".get(Calendar.WEEK_OF_YEAR)).append(c.getFirstDayOfWeek()).append(c"
                    + ".getMinimalDaysInFirstWeek()).append(c.getWeekYear())",
            "Calendar c = Calendar.getInstance(UTC, Locale.FRANCE); c.setTimeInMillis(" + T + "); c.set(Calendar"
                    + ".DAY_OF_WEEK, Calendar.SUNDAY); out.append(c.getTimeInMillis())",
            "Calendar c = new GregorianCalendar(UTC, Locale.US); c.clear(); c.set(2024, a * 3, 31 + a); out.append(c"
                    + ".getTimeInMillis()).append(c.get(Calendar.MONTH))",
            "GregorianCalendar c = new GregorianCalendar(UTC, Locale.US); out.append(c.isLeapYear(1900 + a * 25))"
                    + ".append(c.isLeapYear(1500 + a * 100))",
            "Calendar c = new GregorianCalendar(UTC, Locale.US); c.clear(); c.set(1582, Calendar.OCTOBER, 4 + a);"
                    + " c.add(Calendar.DAY_OF_MONTH, 1); out.append(c.get(Calendar.DAY_OF_MONTH)).append(c"
                    + ".getTimeInMillis())",
            CAL + "Calendar d = (Calendar) c.clone(); d.add(Calendar.SECOND, a); out.append(c.compareTo(d)).append(c"
                    + ".equals(d)).append(d.after(c)).append(d.toInstant())",
            CAL + "c.set(Calendar.DAY_OF_MONTH, 0); c.set(Calendar.HOUR_OF_DAY, 25); out.append(c.getTimeInMillis())",
            "Calendar c = Calendar.getInstance(TimeZone.getTimeZone(\"America/New_York\"), Locale.US); c.clear();"
                    + " c.set(2024, Calendar.MARCH, 10, 2, 30); out.append(c.getTimeInMillis()).append(c"
                    + ".get(Calendar.HOUR_OF_DAY))");

    private static final List<String> WEEK_OPS = List.of(
            "Calendar c = Calendar.getInstance(UTC, LOCALES[a]); c.setTimeInMillis(" + T + "); out.append(c"
                    + ".getFirstDayOfWeek()).append(c.getMinimalDaysInFirstWeek()).append(c.get(Calendar.WEEK_OF_YEAR))"
                    + ".append(c.get(Calendar.WEEK_OF_MONTH)).append(c.getWeekYear())",
            "Calendar c = new GregorianCalendar(UTC, new Locale(\"de\", b.length() > 1 ? b.substring(0, 2).toUpperCase"
                    + "(Locale.ROOT) : \"\")); out.append(c.getFirstDayOfWeek()).append(c.getMinimalDaysInFirstWeek())",
            "Calendar c = Calendar.getInstance(UTC, new Locale(a % 2 == 0 ? \"en\" : \"ar\", new String[] {\"\", \"US\","
                    + " \"MV\", \"AE\", \"ZZ\", \"PT\"}[a])); c.setTimeInMillis(" + T + "); out.append(c"
                    + ".getFirstDayOfWeek()).append(c.getMinimalDaysInFirstWeek()).append(c.get(Calendar.WEEK_OF_YEAR))");

    private static final List<String> ZONE_OPS = List.of(
            "TimeZone z = TimeZone.getTimeZone(\"Europe/Berlin\"); out.append(z.getOffset(" + MODERN + ")).append(z"
                    + ".getRawOffset()).append(z.useDaylightTime()).append(z.inDaylightTime(new Date(" + MODERN + ")))",
            "TimeZone z = TimeZone.getTimeZone(\"America/New_York\"); out.append(z.getOffset(" + MODERN + ")).append(z"
                    + ".getDSTSavings()).append(z.getID())",
            "out.append(TimeZone.getTimeZone(\"GMT+05:30\").getID()).append(TimeZone.getTimeZone(\"GMT+05:30\")"
                    + ".getRawOffset())",
            "out.append(TimeZone.getTimeZone(b).getID())",
            "out.append(TimeZone.getTimeZone(\"Asia/Kolkata\").getOffset(" + MODERN + ")).append(TimeZone.getTimeZone"
                    + "(\"Asia/Kolkata\").toZoneId())",
            "out.append(TimeZone.getTimeZone(ZoneId.of(\"Europe/Rome\")).getID()).append(TimeZone.getTimeZone"
                    + "(ZoneOffset.ofHours(a)).getID())",
            "out.append(UTC.getOffset(" + MODERN + ")).append(UTC.getID()).append(UTC.hasSameRules(TimeZone.getTimeZone"
                    + "(\"GMT\")))");

    private static final String FORMAT = "SimpleDateFormat f = new SimpleDateFormat(";

    private static final List<String> FORMAT_OPS = List.of(
            FORMAT + "\"yyyy-MM-dd HH:mm:ss.SSS\", Locale.US); f.setTimeZone(UTC); out.append(f.format(new Date(" + T
                    + ")))",
            FORMAT + "\"EEE, d MMM yyyy HH:mm:ss Z\", Locale.US); f.setTimeZone(UTC); out.append(f.format(new Date(" + T
                    + ")))",
            FORMAT + "\"h:mm a, G, w, D, F, u, k, K\", Locale.US); f.setTimeZone(UTC); out.append(f.format(new Date("
                    + T + ")))",
            FORMAT + "\"yyyy-MM-dd'T'HH:mm:ssXXX\", Locale.US); f.setTimeZone(TimeZone.getTimeZone(\"Europe/Berlin\"));"
                    + " out.append(f.format(new Date(" + MODERN + ")))",
            FORMAT + "b, Locale.US); f.setTimeZone(UTC); out.append(f.format(new Date(" + T + ")))",
            FORMAT + "\"yyyy-MM-dd 'at' HH:mm\" + (a > 3 ? \"'\" : \"\") + (a == 2 ? \"XXXX\" : \"X\"), Locale.US);"
                    + " f.setTimeZone(UTC); out.append(f.format(new Date(" + T + ")))",
            "SimpleDateFormat f = new SimpleDateFormat(); f.applyPattern(a % 2 == 0 ? \"qq\" : \"dd MMM\");"
                    + " out.append(f.toPattern())",
            FORMAT + "\"yyyyMMdd\", Locale.US); f.setTimeZone(UTC); out.append(f.format(new Date(" + T + ")))"
                    + ".append(f.toPattern())",
            "DateFormat f = DateFormat.getDateInstance(DateFormat.SHORT, Locale.US); f.setTimeZone(UTC); out.append(f"
                    + ".format(new Date(" + T + ")))",
            FORMAT + "\"yyyy-MM-dd\", Locale.US); out.append(f.equals(new SimpleDateFormat(\"yyyy-MM-dd\", Locale.US)))"
                    + ".append(f.toPattern()).append(f.isLenient())");

    /** A format of pattern {@code PATTERNS[i]} in {@code LOCALES[j]}, in UTC, lenient or strict. */
    private static final String F = "utc(PATTERNS[(a + b.length()) % PATTERNS.length], LOCALES[a], a % 2 == 0)";

    private static final List<String> PARSE_OPS = List.of(
            "SimpleDateFormat f = " + F + "; for (String s : SAMPLES) out.append(pp(f, s, 0)).append(';')",
            "SimpleDateFormat f = " + F
                    + "; out.append(pp(f, b, 0)).append(pp(f, \"  \" + b, 2)).append(pp(f, b + \"!\","
                    + " 0)).append(pp(f, b.toUpperCase(Locale.ROOT), 0))",
            "SimpleDateFormat f = " + F + "; String s = f.format(new Date(" + T
                    + ")); out.append(s).append(pp(f, s, 0))"
                    + ".append(pp(f, s.toLowerCase(Locale.ROOT), 0)).append(pp(f, s.replace(' ', '\\t'), 0))",
            "SimpleDateFormat f = " + F + "; out.append(parsed(f, b).getTime())",
            "SimpleDateFormat f = " + F + "; for (String s : SAMPLES) { try { out.append(f.parse(s).getTime()); }"
                    + " catch (ParseException e) { out.append(e.getMessage()).append(e.getErrorOffset()); } out.append(';'); }",
            "SimpleDateFormat f = new SimpleDateFormat(\"yy-MM-dd HH:mm\", LOCALES[a]); f.setTimeZone(UTC);"
                    + " out.append(pp(f, (a * 17 + b.length() * 7) % 100 + \"-03-05 10:00\", 0)).append(pp(f, \"5-3-5"
                    + " 1:2\", 0)).append(pp(f, \"123-03-05 10:00\", 0))",
            "SimpleDateFormat f = utc(\"YYYY-'W'ww-u HH\", LOCALES[a], a % 2 == 0); String s = f.format(new Date(" + T
                    + ")); out.append(s).append(pp(f, s, 0)).append(pp(f, \"2024-W\" + (a * 11) + \"-\" + a + \" 10\", 0))",
            "SimpleDateFormat f = utc(a % 2 == 0 ? \"yyyy-MM-dd'T'HH:mm:ssXXX\" : \"yyyy-MM-dd HH:mm:ss Z\","
                    + " Locale.US, a < 3); for (String s : ZONED) out.append(pp(f, s, 0)).append(';')",
            "SimpleDateFormat f = utc(\"HH:mm z\", Locale.US, true); for (String s : new String[] {\"10:00 GMT\", \"10:00"
                    + " GMT+5\", \"10:00 gmt-05:30\", \"10:00 GMT+5:3\", \"10:00 +0200\", \"10:00 -02\", \"10:00 GMT+24\"})"
                    + " out.append(pp(f, s, 0)).append(';')");

    private static final List<String> STYLE_OPS = List.of(
            "SimpleDateFormat f = utc(\"d MMM yyyy\", LOCALES[a], true); f.applyLocalizedPattern(a % 2 == 0 ? \"YYYY-ww\""
                    + " : b); out.append(f.toPattern()).append(f.toLocalizedPattern())",
            "DateFormatSymbols s = new DateFormatSymbols(LOCALES[a]); out.append(String.join(\",\", s.getMonths()))"
                    + ".append(String.join(\",\", s.getShortWeekdays())).append(String.join(\",\", s.getEras()))"
                    + ".append(String.join(\",\", s.getAmPmStrings())).append(s.getLocalPatternChars()).append(s"
                    + ".getShortMonths().length).append(s.equals(DateFormatSymbols.getInstance(LOCALES[a])))",
            "DateFormatSymbols s = DateFormatSymbols.getInstance(LOCALES[a]); s.setShortMonths(new String[] {\"j\","
                    + " \"f\", \"m\", \"a\", \"M\", \"J\", \"y\", \"u\", \"s\", \"o\", \"n\", \"d\", \"\"}); SimpleDateFormat f ="
                    + " new SimpleDateFormat(\"d MMM yyyy EEE G a\", s); f.setTimeZone(UTC); String t = f.format(new"
                    + " Date(" + T + ")); out.append(t).append(pp(f, t, 0)).append(pp(f, b, 0)).append(f"
                    + ".getDateFormatSymbols().equals(s))",
            "out.append(((SimpleDateFormat) DateFormat.getDateTimeInstance(a % 4, (a + b.length()) % 4, LOCALES[a]))"
                    + ".toPattern()).append(((SimpleDateFormat) DateFormat.getTimeInstance(a % 4, LOCALES[a])).toPattern())",
            "DateFormat f = DateFormat.getDateInstance(a % 4, LOCALES[a]); f.setTimeZone(UTC); String s = f.format(new"
                    + " Date(" + T + ")); out.append(s).append(pp(f, s, 0))",
            "DateFormat f = DateFormat.getDateTimeInstance(2 + a % 2, 2 + b.length() % 2, LOCALES[a]);"
                    + " f.setTimeZone(UTC); String s = f.format(new Date(" + T
                    + ")); out.append(s).append(pp(f, s, 0))",
            "out.append(DateFormat.getDateInstance(a + 1, Locale.US).getClass().getSimpleName())",
            "out.append(DateFormat.getTimeInstance(-a, Locale.US).getClass().getSimpleName())",
            "SimpleDateFormat f = utc(\"EEEE d MMMM yyyy G, EEE MMM LLLL LLL a aaaa GGGG\", LOCALES[a], true);"
                    + " out.append(f.format(new Date(" + T + ")))",
            "SimpleDateFormat f = utc(a % 2 == 0 ? \"MMMM\" : \"LLL\", LOCALES[a], true); String s = f.format(new Date("
                    + T + ")); out.append(s).append(pp(f, s, 0))",
            "SimpleDateFormat f = utc(\"h 'o''clock' a, ''yy ''''\", LOCALES[a], true); String s = f.format(new Date("
                    + T + ")); out.append(s).append(pp(f, s, 0)).append(f.toPattern())",
            "SimpleDateFormat f = utc(\"d MMM yyyy\", LOCALES[a], true); SimpleDateFormat g = (SimpleDateFormat) f.clone();"
                    + " out.append(f.equals(g)).append(f.hashCode() == g.hashCode()).append(f.get2DigitYearStart().getTime())"
                    + ".append(g.toLocalizedPattern()); g.applyPattern(\"yyyy\"); out.append(f.equals(g)).append(g.format(new"
                    + " Date(" + T + ")))",
            "SimpleDateFormat f = utc(\"yyyy-MM-dd\", LOCALES[a], true); out.append(f.format((Object) (long) " + T
                    + "))" + ".append(((Date) f.parseObject(b, new ParsePosition(0))).getTime())");

    private static final String MEMBERS =
            """
                static final TimeZone UTC = TimeZone.getTimeZone("UTC");
                static final Locale[] LOCALES = {Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.UK, Locale.ROOT,
                        new Locale("es", "ES")};
                static final String[] PATTERNS = {"yyyy-MM-dd", "dd/MM/yyyy", "EEE, d MMM yyyy HH:mm:ss Z", "M/d/yy",
                        "yyyyMMdd", "HH:mm", "d MMMM yyyy", "EEEE, MMMM d, yyyy h:mm a", "dd.MM.yyyy HH:mm",
                        "yyyy-MM-dd'T'HH:mm:ss.SSSX", "D yyyy", "yyyy-MM-dd G"};
                static final String[] SAMPLES = {"2024-02-29", "2023-02-30", "31/12/1999", "x", "", "2024-13-01",
                        "12:30", "Mon, 5 Feb 2024 10:00:00 +0100", "  7/4/24", "2024-1E1-05", "-0005-01-01",
                        "Tuesday, March 5, 2024 3:07 PM", "05.03.2024 14:30", "20240305", "3 mars 2024", "12:30 pm",
                        "2024-03-05T10:15:30.250Z", "5 Dezember 2024", "MARCH 5, 2024", "2024/03/05", "1e3-01-01",
                        "60 2024", "2024-03-05 AD", "0005-3-5 bc", "29/02/2023", "2024-03-5x", "99999999999-01-01",
                        "2024-03-05 ap. J.-C.", "5 diciembre 2024", "24:00", "Sun, 30 Feb 2024 25:61:61 -0000"};
                static final String[] ZONED = {"2024-03-05T10:15:30+05:30", "2024-03-05T10:15:30Z",
                        "2024-03-05T10:15:30-0800", "2024-03-05T10:15:30+05", "2024-03-05 10:15:30 +0530",
                        "2024-03-05 10:15:30 -08", "2024-03-05 10:15:30 GMT", "2024-03-05T10:15:30+24:00",
                        "2024-03-05T10:15:30+05:3", "2024-03-05 10:15:30 +1400", "2024-03-05 10:15:30 -1330"};

                static SimpleDateFormat utc(String pattern, Locale locale, boolean lenient) {
                    SimpleDateFormat f = new SimpleDateFormat(pattern, locale);
                    f.setTimeZone(UTC);
                    f.setLenient(lenient);
                    f.set2DigitYearStart(new Date(946_684_800_000L));
                    return f;
                }

                static String pp(DateFormat f, String text, int start) {
                    ParsePosition p = new ParsePosition(start);
                    Date d = f.parse(text, p);
                    return (d == null ? "null" : String.valueOf(d.getTime())) + "@" + p.getIndex() + "/"
                            + p.getErrorIndex();
                }

                static Date parsed(DateFormat f, String text) {
                    try {
                        return f.parse(text);
                    } catch (java.text.ParseException e) {
                        throw new IllegalArgumentException("ParseException " + e.getMessage() + " at "
                                + e.getErrorOffset());
                    }
                }

            """;

    private static final List<Kind> KINDS = List.of(
            new Kind(2, "", List.of(), DATE_OPS),
            new Kind(4, "", List.of(), CALENDAR_OPS),
            new Kind(2, "", List.of(), ZONE_OPS),
            new Kind(2, "", List.of(), WEEK_OPS),
            new Kind(4, "", List.of(), FORMAT_OPS),
            new Kind(6, "", List.of(), PARSE_OPS),
            new Kind(4, "", List.of(), STYLE_OPS));

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261331, false", "20261332, true"})
    void legacyDates_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.legacydate.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.legacydate",
                "LegacyDateCallbacks",
                CollectionViewGenerator.source(
                        seed,
                        "com.example.legacydate",
                        "LegacyDateCallbacks",
                        CALLBACKS,
                        KINDS,
                        List.of("java.text.*", "java.time.*"),
                        MEMBERS),
                "legacydate-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
