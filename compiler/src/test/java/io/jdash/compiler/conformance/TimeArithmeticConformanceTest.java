package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over java.time's arithmetic, the part of java.time dashboards use beside parsing and
 * formatting: dates, times, date-times, instants, offsets, durations, periods, year-months, years, months and days of
 * the week made from the inputs (at the edges too: leap days, month ends, {@code MIN}/{@code MAX}, negative and
 * huge amounts), then added to, adjusted, truncated, compared, measured between ({@code until}, {@code between} in
 * every unit), asked for fields (ISO weeks and quarters, {@code WeekFields}), ranges and texts. Compiled by javac at
 * test time and run on the JVM and in the browser on the same inputs: the answers, or the exception's class and
 * message, must be the JVM's. {@code -Djdash.timearithmetic.seed=N} explores other programs; a disagreement's
 * source is in {@code target/timearithmetic-<seed>.java}.
 */
class TimeArithmeticConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS =
            List.of("MONDAY", "P1Y2M3D", "", "PT1H30M", "2024-02-29", "Europe/Rome", "12:30", "+05:30", "x");

    private static final List<String> DATE_SOURCES = List.of(
            "LocalDate.of(2024, 2, 29)",
            "LocalDate.of(2023 + a, 1 + a * 2, 31 - a)",
            "LocalDate.of(2021, a + 1, 31)",
            "LocalDate.ofEpochDay(a * 10_000L - 20_000)",
            "LocalDate.ofYearDay(1999 + a, 59 + a)",
            "LocalDate.of(-1 + a * 1000, 12, 31)",
            "LocalDate.MIN.plusDays(a)",
            "LocalDate.MAX.minusDays(a)",
            "LocalDate.parse(\"2024-01-31\").plusMonths(a)",
            "LocalDate.of(1900 + a * 25, 3, 1).minusDays(1)",
            "LocalDate.EPOCH.plusWeeks(a * 13L)",
            "LocalDate.of(2020, 12, 28 + a)");

    private static final List<String> DATE_OPS = List.of(
            "out.append(c.plusMonths(a)).append(c.plusMonths(-13L * a))",
            "out.append(c.plusYears(a)).append(c.minusYears(4))",
            "out.append(c.plusWeeks(-a)).append(c.plusDays(a * 400L))",
            "out.append(c.plusDays(Long.MAX_VALUE / (a + 1)))",
            "out.append(c.plusYears(1_000_000_000L * a))",
            "out.append(c.withDayOfMonth(31))",
            "out.append(c.withDayOfMonth(a * 7))",
            "out.append(c.withMonth(2)).append(c.withMonth(a * 3))",
            "out.append(c.withYear(2023)).append(c.withDayOfYear(366))",
            "out.append(c.withDayOfYear(a * 73 + 1))",
            "out.append(c.getDayOfWeek()).append(c.getDayOfYear()).append(c.getMonth()).append(c.getMonthValue())",
            "out.append(c.lengthOfMonth()).append(c.lengthOfYear()).append(c.isLeapYear())",
            "out.append(c.until(LocalDate.of(2024, 3, 31)))",
            "out.append(c.until(LocalDate.of(2000 + a, 1, 15)))",
            "out.append(c.until(LocalDate.of(2024, 3, 31), ChronoUnit.MONTHS))",
            "out.append(ChronoUnit.DAYS.between(c, LocalDate.of(2024, 1, 1)))",
            "out.append(ChronoUnit.WEEKS.between(LocalDate.of(2024, 1, 1), c))",
            "out.append(ChronoUnit.YEARS.between(c, LocalDate.of(2030, 2, 28)))",
            "out.append(ChronoUnit.DECADES.between(c, LocalDate.EPOCH))",
            "out.append(ChronoUnit.CENTURIES.between(c, LocalDate.EPOCH)).append(ChronoUnit.ERAS.between(c, "
                    + "LocalDate.EPOCH))",
            "out.append(ChronoUnit.HOURS.between(c, LocalDate.EPOCH))",
            "out.append(Period.between(c, LocalDate.of(2024, 2, 29)))",
            "out.append(Period.between(LocalDate.of(2023, 1, 31), c).normalized())",
            "out.append(c.get(ChronoField.ALIGNED_WEEK_OF_YEAR)).append(c.get(ChronoField.ALIGNED_WEEK_OF_MONTH))",
            "out.append(c.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).append(c.get(IsoFields.WEEK_BASED_YEAR))",
            "out.append(c.get(IsoFields.QUARTER_OF_YEAR)).append(c.get(IsoFields.DAY_OF_QUARTER))",
            "out.append(c.get(WeekFields.ISO.weekOfYear())).append(c.get(WeekFields.ISO.weekOfWeekBasedYear()))",
            "out.append(c.get(WeekFields.SUNDAY_START.weekOfYear())).append(c.get(WeekFields.SUNDAY_START"
                    + ".dayOfWeek()))",
            "out.append(c.get(WeekFields.of(DayOfWeek.MONDAY, 4).weekOfMonth()))",
            "out.append(c.with(WeekFields.ISO.dayOfWeek(), 1))",
            "out.append(c.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1))",
            "out.append(c.with(IsoFields.QUARTER_OF_YEAR, a))",
            "out.append(c.with(TemporalAdjusters.next(DayOfWeek.MONDAY)))"
                    + ".append(c.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)))",
            "out.append(c.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY)))"
                    + ".append(c.with(TemporalAdjusters.lastInMonth(DayOfWeek.of(a + 1))))",
            "out.append(c.with(TemporalAdjusters.dayOfWeekInMonth(a - 1, DayOfWeek.TUESDAY)))",
            "out.append(c.with(TemporalAdjusters.lastDayOfMonth())).append(c.with(TemporalAdjusters"
                    + ".firstDayOfNextYear()))",
            "out.append(c.with(TemporalAdjusters.firstDayOfNextMonth())).append(c.with(TemporalAdjusters"
                    + ".lastDayOfYear()))",
            "out.append(c.atStartOfDay()).append(c.atTime(23, 59))",
            "out.append(c.atTime(a * 5, 0, 0, 1))",
            "out.append(c.toEpochDay()).append(c.getLong(ChronoField.EPOCH_DAY))",
            "out.append(c.get(ChronoField.EPOCH_DAY))",
            "out.append(c.getLong(ChronoField.PROLEPTIC_MONTH)).append(c.get(ChronoField.YEAR_OF_ERA))"
                    + ".append(c.get(ChronoField.ERA))",
            "out.append(c.get(ChronoField.HOUR_OF_DAY))",
            "out.append(c.plus(1, ChronoUnit.HOURS))",
            "out.append(c.isSupported(ChronoUnit.HOURS)).append(c.isSupported(ChronoField.DAY_OF_WEEK))",
            "out.append(c.datesUntil(c.plusDays(a * 40L + 1)).count())",
            "out.append(c.datesUntil(LocalDate.of(2024, 3, 1)).filter(d -> d.getDayOfMonth() == 13).findFirst())",
            "out.append(c.datesUntil(LocalDate.MAX).skip(a).limit(3).collect(Collectors.toList()))",
            "out.append(c.datesUntil(LocalDate.MIN, Period.ofMonths(-a)).limit(4).collect(Collectors.toList()))",
            "out.append(c.datesUntil(c.plusYears(30), Period.of(0, a, 10)).count())",
            "out.append(c.datesUntil(LocalDate.of(1990, 1, 1), Period.of(1, -12, 0)).count())",
            "out.append(c.datesUntil(c.plusYears(2), Period.ofMonths(a + 1)).map(LocalDate::toString)"
                    + ".collect(Collectors.joining(\",\")))",
            "out.append(c.datesUntil(c.plusDays(40), Period.ofWeeks(1)).map(LocalDate::getDayOfMonth)"
                    + ".collect(Collectors.toList()))",
            "out.append(c.range(ChronoField.DAY_OF_MONTH)).append(c.range(ChronoField.ALIGNED_WEEK_OF_MONTH))",
            "out.append(c.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR))",
            "out.append(c.getEra()).append(c.getChronology()).append(c.getEra().getValue())",
            "out.append(YearMonth.from(c)).append(Year.from(c)).append(MonthDay.from(c))",
            "out.append(c.compareTo(LocalDate.of(2024, 2, 29))).append(c.isBefore(LocalDate.EPOCH))"
                    + ".append(c.isAfter(LocalDate.EPOCH))",
            "out.append(c.equals(LocalDate.of(2024, 2, 29))).append(c.hashCode())",
            "out.append(c.minus(Period.of(a, a, a))).append(c.plus(Period.ofMonths(-a)))",
            "out.append(c.plus(Duration.ofDays(1)))",
            "out.append(c.format(DateTimeFormatter.ISO_WEEK_DATE)).append(c.format(DateTimeFormatter"
                    + ".ISO_ORDINAL_DATE))",
            "out.append(c.format(DateTimeFormatter.BASIC_ISO_DATE))",
            "out.append(LocalDate.ofInstant(Instant.ofEpochSecond(a * 100_000L), ZoneOffset.ofHours(a - 2)))",
            "out.append(LocalDate.parse(b))",
            "out.append(c.query(TemporalQueries.precision())).append(c.query(TemporalQueries.localTime()))",
            "out.append(LocalDate.of(2024, a, 1))",
            "out.append(LocalDate.of(2023, 2, 29))",
            "out.append(LocalDate.ofYearDay(2023, 366))",
            "out.append(LocalDate.ofEpochDay(Long.MAX_VALUE / (a + 2)))");

    private static final List<String> TIME_SOURCES = List.of(
            "LocalTime.of(a * 4, a * 11, a * 13)",
            "LocalTime.MIDNIGHT.minusNanos(a)",
            "LocalTime.parse(\"23:59:59.5\")",
            "LocalTime.NOON.plusSeconds(a * 40_000L)",
            "LocalTime.ofSecondOfDay(a * 17_000L)",
            "LocalTime.ofNanoOfDay(a * 12_345_678_901L)",
            "LocalTime.of(23, 59).plusMinutes(a)",
            "LocalTime.MAX",
            "LocalTime.of(0, 0, 0, a * 1000)");

    private static final List<String> TIME_OPS = List.of(
            "out.append(c)",
            "out.append(c.plusHours(a * 7L)).append(c.plusMinutes(-1000L * a))",
            "out.append(c.plusSeconds(Long.MAX_VALUE / (a + 1))).append(c.plusNanos(Long.MIN_VALUE + a))",
            "out.append(c.truncatedTo(ChronoUnit.HOURS)).append(c.truncatedTo(ChronoUnit.MILLIS))",
            "out.append(c.truncatedTo(ChronoUnit.DAYS)).append(c.truncatedTo(ChronoUnit.HALF_DAYS))",
            "out.append(c.truncatedTo(ChronoUnit.WEEKS))",
            "out.append(c.toSecondOfDay()).append(c.toNanoOfDay())",
            "out.append(c.withHour(a * 5))",
            "out.append(c.withMinute(59).withSecond(a * 12))",
            "out.append(c.withNano(a * 200_000_000))",
            "out.append(c.until(LocalTime.of(6, 30), ChronoUnit.MINUTES)).append(c.until(LocalTime.NOON, "
                    + "ChronoUnit.HALF_DAYS))",
            "out.append(ChronoUnit.SECONDS.between(c, LocalTime.of(1, 2, 3)))",
            "out.append(Duration.between(c, LocalTime.of(1, 2, 3)))",
            "out.append(c.getHour()).append(c.getMinute()).append(c.getSecond()).append(c.getNano())",
            "out.append(c.isAfter(LocalTime.NOON)).append(c.compareTo(LocalTime.of(12, 0, 0, 1)))",
            "out.append(c.get(ChronoField.AMPM_OF_DAY)).append(c.get(ChronoField.CLOCK_HOUR_OF_AMPM))"
                    + ".append(c.get(ChronoField.MILLI_OF_DAY))",
            "out.append(c.getLong(ChronoField.MICRO_OF_DAY)).append(c.get(ChronoField.MINUTE_OF_DAY))",
            "out.append(c.get(ChronoField.NANO_OF_DAY))",
            "out.append(c.with(ChronoField.CLOCK_HOUR_OF_DAY, 24)).append(c.with(ChronoField.AMPM_OF_DAY, 1))",
            "out.append(c.with(ChronoField.HOUR_OF_AMPM, a * 3))",
            "out.append(c.plus(Duration.ofMillis(-1500L * a))).append(c.minus(90, ChronoUnit.MINUTES))",
            "out.append(c.plus(1, ChronoUnit.DAYS))",
            "out.append(c.atDate(LocalDate.of(2024, 2, 29)))",
            "out.append(c.range(ChronoField.HOUR_OF_AMPM)).append(c.range(ChronoField.NANO_OF_SECOND))",
            "out.append(c.format(DateTimeFormatter.ISO_LOCAL_TIME))",
            "out.append(c.hashCode()).append(c.equals(LocalTime.MIDNIGHT))",
            "out.append(LocalTime.of(a * 5, 0))",
            "out.append(LocalTime.ofSecondOfDay(a * 20_000L))",
            "out.append(LocalTime.parse(b))",
            "out.append(c.toEpochSecond(LocalDate.EPOCH, ZoneOffset.ofHours(a)))",
            "out.append(c.atOffset(ZoneOffset.ofHoursMinutes(a, a * 10)))");

    private static final List<String> DATE_TIME_SOURCES = List.of(
            "LocalDateTime.of(2024, 2, 29, 23, 59)",
            "LocalDateTime.of(2023, 12, 31, a * 4, 30, 15, a * 111_111_111)",
            "LocalDateTime.ofEpochSecond(a * 987_654_321L - 2_000_000_000L, a * 7, ZoneOffset.ofHours(a - 3))",
            "LocalDateTime.MIN.plusSeconds(a)",
            "LocalDateTime.MAX.minusHours(a)",
            "LocalDateTime.parse(\"2024-03-31T01:30\").plusHours(a)",
            "LocalDate.of(2021, 1, 31).atTime(LocalTime.NOON).plusMonths(a)",
            "LocalDateTime.ofInstant(Instant.ofEpochMilli(a * 86_399_999L), ZoneOffset.UTC)");

    private static final List<String> DATE_TIME_OPS = List.of(
            "out.append(c)",
            "out.append(c.plusHours(a * 13L)).append(c.plusMinutes(-100_000L * a))",
            "out.append(c.plusSeconds(a * 3_000_000_000L)).append(c.plusNanos(-a * 999_999_999_999L))",
            "out.append(c.plusMonths(1)).append(c.plusYears(-a))",
            "out.append(c.truncatedTo(ChronoUnit.DAYS)).append(c.truncatedTo(ChronoUnit.MINUTES))",
            "out.append(c.truncatedTo(ChronoUnit.MONTHS))",
            "out.append(c.until(LocalDateTime.of(2024, 1, 1, 0, 0), ChronoUnit.HOURS))",
            "out.append(c.until(LocalDateTime.of(2024, 1, 1, 0, 0), ChronoUnit.DAYS))"
                    + ".append(c.until(LocalDateTime.of(2024, 1, 1, 0, 0), ChronoUnit.MONTHS))",
            "out.append(ChronoUnit.MILLIS.between(c, LocalDateTime.of(2024, 2, 29, 0, 0)))",
            "out.append(ChronoUnit.NANOS.between(LocalDateTime.of(1900, 1, 1, 0, 0), c))",
            "out.append(Duration.between(c, LocalDateTime.of(2024, 2, 29, 0, 0, 0, 1)))",
            "out.append(c.toLocalDate()).append(c.toLocalTime())",
            "out.append(c.withNano(0)).append(c.withDayOfMonth(1))",
            "out.append(c.withHour(24))",
            "out.append(c.toEpochSecond(ZoneOffset.UTC)).append(c.toEpochSecond(ZoneOffset.ofHours(-a)))",
            "out.append(c.toInstant(ZoneOffset.ofHours(a)))",
            "out.append(c.atOffset(ZoneOffset.ofHours(5)).toInstant())",
            "out.append(c.atZone(ZoneOffset.ofHours(a)))",
            "out.append(c.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))",
            "out.append(c.getDayOfWeek()).append(c.get(ChronoField.MINUTE_OF_DAY)).append(c.getLong(ChronoField"
                    + ".EPOCH_DAY))",
            "out.append(c.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).append(c.get(ChronoField.ALIGNED_DAY_OF_WEEK_IN_"
                    + "YEAR))",
            "out.append(c.compareTo(LocalDateTime.of(2024, 2, 29, 23, 59))).append(c.isEqual(LocalDateTime.MIN))",
            "out.append(c.hashCode())",
            "out.append(c.plus(Duration.ofHours(a * 25L))).append(c.minus(Period.ofDays(a)))",
            "out.append(c.with(TemporalAdjusters.lastDayOfMonth())).append(c.with(LocalTime.MIDNIGHT))",
            "out.append(c.with(ChronoField.EPOCH_DAY, 0)).append(c.with(ChronoField.NANO_OF_DAY, a))",
            "out.append(LocalDateTime.parse(b))",
            "out.append(LocalDateTime.of(2024, 2, 30, 0, 0))",
            "out.append(LocalDateTime.of(LocalDate.EPOCH, LocalTime.of(a, a)))");

    private static final List<String> INSTANT_SOURCES = List.of(
            "Instant.ofEpochSecond(a * 1_000_000_000L, a * 1000)",
            "Instant.ofEpochMilli(-a * 1_234_567_890L)",
            "Instant.EPOCH.plus(Duration.ofDays(a * 1000L))",
            "Instant.ofEpochSecond(-1, a * 250_000_000L)",
            "Instant.parse(\"2024-02-29T23:59:59.999Z\")",
            "Instant.ofEpochSecond(Long.MAX_VALUE / (a + 10))",
            "Instant.MIN.plusSeconds(a)",
            "Instant.MAX.minusNanos(a)");

    private static final List<String> INSTANT_OPS = List.of(
            "out.append(c)",
            "out.append(c.plusMillis(a * 1001L)).append(c.minusNanos(a * 3))",
            "out.append(c.plusSeconds(Long.MAX_VALUE / (a + 1)))",
            "out.append(c.truncatedTo(ChronoUnit.DAYS)).append(c.truncatedTo(ChronoUnit.HOURS))",
            "out.append(c.truncatedTo(ChronoUnit.MICROS)).append(c.truncatedTo(ChronoUnit.SECONDS))",
            "out.append(c.truncatedTo(ChronoUnit.MONTHS))",
            "out.append(c.toEpochMilli())",
            "out.append(c.getEpochSecond()).append(c.getNano())",
            "out.append(c.getLong(ChronoField.INSTANT_SECONDS)).append(c.get(ChronoField.MILLI_OF_SECOND))",
            "out.append(c.get(ChronoField.INSTANT_SECONDS))",
            "out.append(c.atOffset(ZoneOffset.ofHours(a)))",
            "out.append(c.atZone(ZoneOffset.UTC).toLocalDate()).append(c.atOffset(ZoneOffset.MAX).toLocalTime())",
            "out.append(c.until(Instant.EPOCH, ChronoUnit.HOURS)).append(c.until(Instant.EPOCH, ChronoUnit.MILLIS))",
            "out.append(c.until(Instant.EPOCH, ChronoUnit.DAYS))",
            "out.append(c.until(Instant.EPOCH, ChronoUnit.MONTHS))",
            "out.append(Duration.between(Instant.EPOCH, c))",
            "out.append(c.compareTo(Instant.EPOCH)).append(c.isAfter(Instant.EPOCH)).append(c.hashCode())",
            "out.append(c.plus(a, ChronoUnit.HALF_DAYS)).append(c.plus(a, ChronoUnit.DAYS))",
            "out.append(c.plus(1, ChronoUnit.WEEKS))",
            "out.append(Instant.parse(b))",
            "out.append(Instant.ofEpochMilli(Long.MIN_VALUE + a).plusMillis(1))",
            "out.append(c.with(ChronoField.NANO_OF_SECOND, a * 7)).append(c.with(ChronoField.MILLI_OF_SECOND, 9))",
            "out.append(LocalDateTime.ofInstant(c, ZoneOffset.ofHoursMinutesSeconds(-a, -7, -a)))");

    private static final List<String> AMOUNT_OPS = List.of(
            "out.append(Duration.ofSeconds(a * 3661L, -a)).append(Duration.ofMinutes(-a * 61L))",
            "out.append(Duration.ofMillis(-1500L * a)).append(Duration.ofNanos(a * 1_000_000_001L))",
            "out.append(Duration.ofSeconds(a * 90_061L).toDaysPart()).append(Duration.ofSeconds(a * 90_061L)"
                    + ".toHoursPart()).append(Duration.ofSeconds(a * 90_061L).toMinutesPart())",
            "out.append(Duration.ofMillis(a * 90_061_123L).toSecondsPart()).append(Duration.ofMillis(a * 90_061_123L)"
                    + ".toMillisPart()).append(Duration.ofMillis(-a * 61_123L).toNanosPart())",
            "out.append(Duration.ofSeconds(-a * 3661L).toHours()).append(Duration.ofSeconds(-a * 3661L).toMinutes())"
                    + ".append(Duration.ofSeconds(-a * 3661L).toSeconds())",
            "out.append(Duration.ofSeconds(-a, 1).toMillis()).append(Duration.ofSeconds(-a, 1).toNanos())",
            "out.append(Duration.ofSeconds(Long.MAX_VALUE / (a + 1)).toNanos())",
            "out.append(Duration.ofSeconds(Long.MAX_VALUE / (a + 1)).toMillis())",
            "out.append(Duration.ofHours(a).multipliedBy(-7).dividedBy(3))",
            "out.append(Duration.ofHours(7).dividedBy(a))",
            "out.append(Duration.ofHours(7).dividedBy(Duration.ofMinutes(a * 25L)))",
            "out.append(Duration.ofSeconds(a, 500_000_000).negated().abs()).append(Duration.ofSeconds(-a, 1)"
                    + ".isNegative())",
            "out.append(Duration.ofMinutes(a * 59L).truncatedTo(ChronoUnit.HOURS)).append(Duration.ofMillis(a * "
                    + "1999L).truncatedTo(ChronoUnit.SECONDS))",
            "out.append(Duration.ofHours(1).truncatedTo(ChronoUnit.MONTHS))",
            "out.append(Duration.ofHours(a).compareTo(Duration.ofMinutes(120))).append(Duration.ofHours(a)"
                    + ".hashCode())",
            "out.append(Duration.ofSeconds(a).plus(Duration.ofMillis(-a * 400L)).getSeconds()).append("
                    + "Duration.ofSeconds(a).plus(Duration.ofMillis(-a * 400L)).getNano())",
            "out.append(Duration.ofDays(a).plus(a * 2, ChronoUnit.HALF_DAYS)).append(Duration.ZERO.plus(3, "
                    + "ChronoUnit.MICROS))",
            "out.append(Duration.ofDays(1).plus(1, ChronoUnit.MONTHS))",
            "out.append(Duration.of(a, ChronoUnit.WEEKS))",
            "out.append(Duration.parse(b))",
            "out.append(Duration.parse(\"-PT-1.5S\")).append(Duration.parse(\"P2DT3H4M\").toMinutes())",
            "out.append(Duration.ofSeconds(Long.MAX_VALUE).plusSeconds(a))",
            "out.append(Duration.ofDays(a).withSeconds(-5).withNanos(a * 3))",
            "out.append(Duration.ofSeconds(a * 100L).getUnits()).append(Duration.ofSeconds(a).get(ChronoUnit"
                    + ".NANOS))",
            "out.append(Duration.ofSeconds(1).get(ChronoUnit.MINUTES))",
            "out.append(Duration.ofMinutes(a * 100L).addTo(LocalTime.NOON)).append(Duration.ofMinutes(-a)"
                    + ".subtractFrom(LocalDateTime.of(2024, 1, 1, 0, 0)))",
            "out.append(Duration.ofHours(a).addTo(LocalDate.EPOCH))",
            "out.append(Duration.from(Duration.ofMillis(a))).append(Duration.ofMillis(a).equals(Duration"
                    + ".ofNanos(a * 1_000_000L)))",
            "out.append(Duration.ofSeconds(a * 86_400L).toDays()).append(Duration.ofMillis(Long.MIN_VALUE + a))",
            "out.append(Period.of(a, -a * 5, 40)).append(Period.of(a, -a * 5, 40).normalized())",
            "out.append(Period.of(a, 13 * a, 0).normalized()).append(Period.ofMonths(-a * 7).normalized())",
            "out.append(Period.of(a, a, a).plusMonths(11).toTotalMonths()).append(Period.ZERO.isZero())",
            "out.append(Period.ofYears(a).multipliedBy(-3)).append(Period.ofDays(a).negated().isNegative())",
            "out.append(Period.ofYears(Integer.MAX_VALUE - a).plusYears(3))",
            "out.append(Period.of(1, 2, a).addTo(LocalDate.of(2024, 1, 31))).append(Period.ofMonths(a)"
                    + ".subtractFrom(LocalDate.of(2024, 3, 31)))",
            "out.append(Period.ofDays(a).addTo(LocalTime.NOON))",
            "out.append(Period.parse(b))",
            "out.append(Period.parse(\"-P1Y-2M3W\")).append(Period.parse(\"P-0D\"))",
            "out.append(Period.ofWeeks(a)).append(Period.ofWeeks(a).getUnits()).append(Period.of(a, 1, 2)"
                    + ".get(ChronoUnit.MONTHS))",
            "out.append(Period.of(a, 1, 2).get(ChronoUnit.WEEKS))",
            "out.append(Period.from(Period.ofDays(a))).append(Period.ofDays(a).equals(Period.of(0, 0, a)))"
                    + ".append(Period.of(a, 2, 3).hashCode())",
            "out.append(Period.from(Duration.ofDays(a)))",
            "out.append(Period.between(LocalDate.of(2024, 1, 31), LocalDate.of(2024, a + 1, 1)))",
            "out.append(Period.of(a, 0, 0).withMonths(-a).withDays(a * 30).getDays())");

    private static final List<String> CALENDAR_OPS = List.of(
            "out.append(DayOfWeek.of(a + 1).plus(a * 3L)).append(DayOfWeek.SUNDAY.minus(a))",
            "out.append(DayOfWeek.of(a * 2))",
            "out.append(DayOfWeek.valueOf(b))",
            "out.append(DayOfWeek.from(LocalDate.of(2024, 2, 29).plusDays(a)))",
            "out.append(DayOfWeek.of(a + 1).getDisplayName(TextStyle.SHORT, Locale.US)).append(DayOfWeek.of(a + 1)"
                    + ".getValue())",
            "out.append(DayOfWeek.MONDAY.get(ChronoField.DAY_OF_WEEK)).append(DayOfWeek.MONDAY.range(ChronoField"
                    + ".DAY_OF_WEEK))",
            "out.append(DayOfWeek.MONDAY.getLong(ChronoField.DAY_OF_MONTH))",
            "out.append(Month.of(a * 2 + 1).length(a % 2 == 0)).append(Month.of(a * 2 + 1).firstMonthOfQuarter())"
                    + ".append(Month.of(a * 2 + 1).firstDayOfYear(true))",
            "out.append(Month.of(a * 3)).append(Month.of(a + 7).plus(-a * 5L))",
            "out.append(Month.FEBRUARY.maxLength()).append(Month.FEBRUARY.minLength()).append(Month.of(a + 1)"
                    + ".getDisplayName(TextStyle.FULL, Locale.US))",
            "out.append(Month.from(LocalDate.of(2024, 1, 1).plusMonths(a)))",
            "out.append(Month.valueOf(b))",
            "out.append(YearMonth.of(2024, a + 1).atEndOfMonth()).append(YearMonth.of(2024, a + 1).lengthOfMonth())",
            "out.append(YearMonth.of(2023 + a, 1).plusMonths(-a * 7L)).append(YearMonth.of(2023, 12).plusYears(a))",
            "out.append(YearMonth.of(2024, a * 3)).append(YearMonth.of(2024, 2).atDay(29))",
            "out.append(YearMonth.of(2023, 2).atDay(28 + a))",
            "out.append(YearMonth.parse(\"2024-0\" + (a + 1))).append(YearMonth.of(-a * 5000, 1))",
            "out.append(YearMonth.parse(b))",
            "out.append(YearMonth.of(2024, 3).until(YearMonth.of(2020 + a, 1), ChronoUnit.MONTHS))"
                    + ".append(YearMonth.of(2024, 3).until(YearMonth.of(2020 + a, 1), ChronoUnit.YEARS))",
            "out.append(YearMonth.of(2024, 3).until(YearMonth.of(2020, 1), ChronoUnit.DAYS))",
            "out.append(YearMonth.of(2024, 2).isValidDay(29 + a)).append(YearMonth.of(2024, a + 1).compareTo("
                    + "YearMonth.of(2024, 3)))",
            "out.append(YearMonth.of(2024, 2).withMonth(a * 4)).append(YearMonth.of(2024, 2).withYear(a))",
            "out.append(Year.of(2000 + a * 25).isLeap()).append(Year.isLeap(1900 + a * 100)).append(Year.of(2024)"
                    + ".atDay(366 - a))",
            "out.append(Year.of(2023).atDay(366))",
            "out.append(Year.of(2023 + a).atMonth(a + 1)).append(Year.of(2023).length()).append(Year.of(-a)"
                    + ".plusYears(a * 3L))",
            "out.append(Year.of(2024).atMonthDay(MonthDay.of(2, 29))).append(Year.of(2023).atMonthDay(MonthDay"
                    + ".of(2, 29)))",
            "out.append(MonthDay.of(2, 29).isValidYear(2023 + a)).append(MonthDay.of(a + 1, 30))",
            "out.append(MonthDay.of(2, 30))",
            "out.append(MonthDay.parse(\"--12-0\" + (a + 1))).append(MonthDay.of(12, 25).compareTo(MonthDay.of(a"
                    + " + 7, 1)))",
            "out.append(ZoneOffset.ofHours(a * 4)).append(ZoneOffset.ofHoursMinutes(-a, -a * 9))",
            "out.append(ZoneOffset.ofTotalSeconds(a * 3601)).append(ZoneOffset.ofHoursMinutesSeconds(1, 2, a)"
                    + ".getId())",
            "out.append(ZoneOffset.ofHours(a * 4 - 1).compareTo(ZoneOffset.UTC)).append(ZoneOffset.of(\"+0\" + a))",
            "out.append(ZoneOffset.of(b))",
            "out.append(ZoneOffset.ofHoursMinutes(1, -a))",
            "out.append(OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 0, ZoneOffset.ofHours(a)).toInstant())"
                    + ".append(OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 0, ZoneOffset.ofHours(a))"
                    + ".withOffsetSameInstant(ZoneOffset.UTC))",
            "out.append(OffsetDateTime.ofInstant(Instant.ofEpochSecond(a * 99_999L), ZoneOffset.ofHours(-a))"
                    + ".plusMonths(a))",
            "out.append(OffsetDateTime.parse(\"2024-02-29T23:00:00+0\" + a + \":00\").toEpochSecond())",
            "out.append(OffsetTime.of(LocalTime.NOON, ZoneOffset.ofHours(a)).withOffsetSameInstant(ZoneOffset"
                    + ".ofHours(-a)))",
            "out.append(ChronoUnit.valueOf(\"DAYS\").getDuration()).append(ChronoUnit.MONTHS.isDurationEstimated())"
                    + ".append(ChronoUnit.FOREVER.getDuration())",
            "out.append(ChronoField.DAY_OF_MONTH.range()).append(ChronoField.YEAR.range())",
            "out.append(ChronoField.DAY_OF_MONTH.checkValidIntValue(a * 8))",
            "out.append(ChronoField.HOUR_OF_DAY.checkValidValue(a * 6L))",
            "out.append(ValueRange.of(1, 28, 31)).append(ValueRange.of(1, 28, 31).isValidValue(a * 7))",
            "out.append(ValueRange.of(5, a))");

    private static final List<String> ZONED_SOURCES = List.of(
            "LocalDateTime.of(2024, 3, 31, 2, 30).atZone(ZoneId.of(\"Europe/Berlin\"))",
            "LocalDateTime.of(2024, 10, 27, 2, 30).atZone(ZoneId.of(\"Europe/Berlin\"))",
            "LocalDateTime.of(2024, 11, 3, 1, 30).atZone(ZoneId.of(\"America/New_York\")).plusHours(a)",
            "ZonedDateTime.of(2023, 12, 31, 23, 0, 0, 0, ZoneId.of(\"Asia/Kolkata\"))",
            "ZonedDateTime.ofInstant(Instant.ofEpochSecond(a * 7_777_777L + 1_700_000_000L), ZoneId.of(\"Europe/London\"))",
            "ZonedDateTime.of(LocalDate.of(2024, 3, 10), LocalTime.of(a, 30), ZoneId.of(\"America/Los_Angeles\"))",
            "ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneId.of(\"UTC\"))",
            "ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneId.of(\"GMT+2\"))",
            "ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(-a))",
            "ZonedDateTime.parse(\"2024-03-31T02:30+01:00[Europe/Paris]\")",
            "Instant.parse(\"2024-10-27T00:30:00Z\").plusSeconds(a * 1800L).atZone(ZoneId.of(\"Europe/Berlin\"))");

    private static final List<String> ZONED_OPS = List.of(
            "out.append(c)",
            "out.append(c.getOffset()).append(c.getZone())",
            "out.append(c.plusHours(a)).append(c.plusDays(1))",
            "out.append(c.plusMonths(a)).append(c.minusWeeks(1))",
            "out.append(c.withZoneSameInstant(ZoneId.of(\"Asia/Tokyo\"))).append(c.withZoneSameLocal(ZoneId.of("
                    + "\"America/Sao_Paulo\")))",
            "out.append(c.withEarlierOffsetAtOverlap()).append(c.withLaterOffsetAtOverlap())",
            "out.append(c.toOffsetDateTime()).append(c.toEpochSecond()).append(c.toInstant())",
            "out.append(c.toLocalDateTime()).append(c.toLocalDate()).append(c.getDayOfWeek())",
            "out.append(c.truncatedTo(ChronoUnit.DAYS)).append(c.truncatedTo(ChronoUnit.HOURS))",
            "out.append(c.until(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of(\"Europe/Berlin\")), ChronoUnit"
                    + ".HOURS)).append(c.until(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of(\"Europe/Berlin\"))"
                    + ", ChronoUnit.DAYS))",
            "out.append(Duration.between(c, c.plusDays(1))).append(ChronoUnit.HOURS.between(c, c.plusDays(a)))",
            "out.append(c.with(LocalTime.of(2, 30))).append(c.withHour(a * 4))",
            "out.append(c.getZone().getRules().getOffset(c.toInstant())).append(c.getZone().getRules()"
                    + ".isDaylightSavings(c.toInstant()))",
            "out.append(c.getZone().getRules().isValidOffset(c.toLocalDateTime(), ZoneOffset.ofHours(1)))"
                    + ".append(c.getZone().getRules().getValidOffsets(c.toLocalDateTime()))",
            "out.append(c.getZone().getRules().getTransition(c.toLocalDateTime()))",
            "out.append(c.getZone().getRules().nextTransition(c.toInstant()))",
            "out.append(c.getZone().getRules().getStandardOffset(c.toInstant())).append(c.getZone().getRules()"
                    + ".getDaylightSavings(c.toInstant()))",
            "out.append(c.getZone().normalized()).append(c.getZone().getId())",
            "out.append(c.format(DateTimeFormatter.ISO_ZONED_DATE_TIME)).append(c.format(DateTimeFormatter"
                    + ".ISO_OFFSET_DATE_TIME))",
            "out.append(c.format(DateTimeFormatter.ISO_INSTANT)).append(c.format(DateTimeFormatter.RFC_1123_DATE_TIME))",
            "out.append(c.get(ChronoField.OFFSET_SECONDS)).append(c.getLong(ChronoField.INSTANT_SECONDS))",
            "out.append(c.get(ChronoField.INSTANT_SECONDS))",
            "out.append(c.compareTo(c.withZoneSameInstant(ZoneOffset.UTC))).append(c.isEqual(c.withZoneSameInstant("
                    + "ZoneOffset.UTC))).append(c.equals(c.withZoneSameInstant(ZoneOffset.UTC)))",
            "out.append(c.hashCode())",
            "out.append(ZoneId.of(b))",
            "out.append(ZoneId.of(\"Europe/Nowhere\"))",
            "out.append(ZoneId.of(\"UTC+0\" + a)).append(ZoneId.of(\"GMT-\" + a).normalized())",
            "out.append(ZoneId.of(\"EST\", ZoneId.SHORT_IDS)).append(ZoneId.of(\"+0\" + a + \":30\"))",
            "out.append(ZoneId.from(c)).append(ZoneOffset.from(c))",
            "out.append(c.toLocalDate().atStartOfDay(c.getZone()))",
            "out.append(ZonedDateTime.ofLocal(c.toLocalDateTime(), c.getZone(), ZoneOffset.ofHours(2)))",
            "out.append(ZonedDateTime.ofStrict(c.toLocalDateTime(), ZoneOffset.ofHours(2), c.getZone()))",
            "out.append(OffsetDateTime.of(c.toLocalDateTime(), ZoneOffset.ofHours(a)).atZoneSameInstant(c.getZone()))"
                    + ".append(OffsetDateTime.of(c.toLocalDateTime(), ZoneOffset.ofHours(a)).atZoneSimilarLocal("
                    + "c.getZone()))",
            "out.append(LocalDate.ofInstant(c.toInstant(), ZoneId.of(\"Pacific/Kiritimati\")))");

    private static final List<Kind> KINDS = List.of(
            new Kind(8, "LocalDate", DATE_SOURCES, DATE_OPS),
            new Kind(4, "LocalTime", TIME_SOURCES, TIME_OPS),
            new Kind(4, "LocalDateTime", DATE_TIME_SOURCES, DATE_TIME_OPS),
            new Kind(3, "Instant", INSTANT_SOURCES, INSTANT_OPS),
            new Kind(4, "ZonedDateTime", ZONED_SOURCES, ZONED_OPS),
            new Kind(5, "", List.of(), AMOUNT_OPS),
            new Kind(4, "", List.of(), CALENDAR_OPS));

    private static final List<String> IMPORTS = List.of("java.time.*", "java.time.format.*", "java.time.temporal.*");

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261231, false", "20261232, true"})
    void timeArithmetic_answersAndRefusesAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.timearithmetic.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.time",
                "TimeCallbacks",
                CollectionViewGenerator.source(seed, "com.example.time", "TimeCallbacks", CALLBACKS, KINDS, IMPORTS),
                "timearithmetic-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
