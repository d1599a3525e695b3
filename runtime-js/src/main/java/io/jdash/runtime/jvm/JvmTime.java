package io.jdash.runtime.jvm;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The {@code java.time} methods of Java 9-17 that TeaVM's class library (a threetenbp port) lacks, with the JDK's
 * results and exception texts; the compiler adds them to the JDK classes as calls to these methods.
 */
public final class JvmTime {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private JvmTime() {}

    /**
     * {@code ValueRange.checkValidIntValue} in the JDK's words ("Invalid value for Year (valid values -999999999 -
     * 999999999): 1000000000"); TeaVM's java.time said "Invalid int value for Year: 1000000000".
     */
    public static int checkValidIntValue(
            java.time.temporal.ValueRange range, long value, java.time.temporal.TemporalField field) {
        if (!range.isValidIntValue(value)) {
            throw new java.time.DateTimeException(
                    field != null
                            ? "Invalid value for " + field + " (valid values " + range + "): " + value
                            : "Invalid value (valid values " + range + "): " + value);
        }
        return (int) value;
    }

    /** {@code Duration.toDaysPart()}: whole days (the seconds divided by 86,400, truncated). */
    public static long toDaysPart(Duration d) {
        return d.getSeconds() / SECONDS_PER_DAY;
    }

    /** {@code Duration.toHoursPart()}: {@code toHours() % 24}, negative for a negative duration. */
    public static int toHoursPart(Duration d) {
        return (int) (d.toHours() % 24);
    }

    /** {@code Duration.toMinutesPart()}: {@code toMinutes() % 60}. */
    public static int toMinutesPart(Duration d) {
        return (int) (d.toMinutes() % 60);
    }

    /** {@code Duration.toSecondsPart()}: {@code getSeconds() % 60}. */
    public static int toSecondsPart(Duration d) {
        return (int) (d.getSeconds() % 60);
    }

    /** {@code Duration.toMillisPart()}: the nano adjustment in whole milliseconds. */
    public static int toMillisPart(Duration d) {
        return d.getNano() / 1_000_000;
    }

    /** {@code Duration.toNanosPart()}: the nano adjustment (always 0 to 999,999,999). */
    public static int toNanosPart(Duration d) {
        return d.getNano();
    }

    /** {@code Duration.toSeconds()}: the seconds, as {@code getSeconds()}. */
    public static long toSeconds(Duration d) {
        return d.getSeconds();
    }

    /** {@code Duration.dividedBy(Duration)}: how many whole divisors fit, truncated towards zero. */
    public static long dividedBy(Duration d, Duration divisor) {
        if (divisor.isZero()) {
            // the JDK divides BigDecimals, whose messages these are
            throw new ArithmeticException(d.isZero() ? "Division undefined" : "Division by zero");
        }
        BigInteger quotient = totalNanos(d).divide(totalNanos(divisor));
        if (quotient.bitLength() > 63) {
            throw new ArithmeticException("Overflow");
        }
        return quotient.longValue();
    }

    private static BigInteger totalNanos(Duration d) {
        return BigInteger.valueOf(d.getSeconds())
                .multiply(BigInteger.valueOf(NANOS_PER_SECOND))
                .add(BigInteger.valueOf(d.getNano()));
    }

    /**
     * {@code Duration.truncatedTo(TemporalUnit)}: drops what is smaller than the unit, counted from the start of the
     * day the duration's seconds fall in; the unit must be at most a day and divide a day evenly.
     */
    public static Duration truncatedTo(Duration d, TemporalUnit unit) {
        long seconds = d.getSeconds();
        if (unit == ChronoUnit.SECONDS && (seconds >= 0 || d.getNano() == 0)) {
            return Duration.ofSeconds(seconds);
        }
        if (unit == ChronoUnit.NANOS) {
            return d;
        }
        long unitNanos = JvmTimeRules.truncationNanos(unit);
        long nanoOfDay = (seconds % SECONDS_PER_DAY) * NANOS_PER_SECOND + d.getNano();
        long truncated = (nanoOfDay / unitNanos) * unitNanos;
        return d.plusNanos(truncated - nanoOfDay);
    }

    /** {@code LocalDate.ofInstant(Instant, ZoneId)}: the date at that instant in that zone. */
    public static LocalDate dateOfInstant(Instant instant, ZoneId zone) {
        return LocalDate.ofEpochDay(Math.floorDiv(localSecond(instant, zone), SECONDS_PER_DAY));
    }

    /** {@code LocalTime.ofInstant(Instant, ZoneId)}: the time of day at that instant in that zone. */
    public static LocalTime timeOfInstant(Instant instant, ZoneId zone) {
        long secondOfDay = Math.floorMod(localSecond(instant, zone), SECONDS_PER_DAY);
        return LocalTime.ofNanoOfDay(secondOfDay * NANOS_PER_SECOND + instant.getNano());
    }

    private static long localSecond(Instant instant, ZoneId zone) {
        if (instant == null || zone == null) {
            throw new NullPointerException(instant == null ? "instant" : "zone");
        }
        ZoneOffset offset = zone.getRules().getOffset(instant);
        return instant.getEpochSecond() + offset.getTotalSeconds();
    }

    /** {@code LocalDate.toEpochSecond(LocalTime, ZoneOffset)}. */
    public static long toEpochSecond(LocalDate date, LocalTime time, ZoneOffset offset) {
        return epochSecond(date, time, offset);
    }

    /** {@code LocalTime.toEpochSecond(LocalDate, ZoneOffset)}. */
    public static long toEpochSecond(LocalTime time, LocalDate date, ZoneOffset offset) {
        return epochSecond(date, time, offset);
    }

    /** {@code OffsetTime.toEpochSecond(LocalDate)}. */
    public static long toEpochSecond(OffsetTime time, LocalDate date) {
        return epochSecond(date, time.toLocalTime(), time.getOffset());
    }

    private static long epochSecond(LocalDate date, LocalTime time, ZoneOffset offset) {
        if (date == null || time == null || offset == null) {
            throw new NullPointerException(date == null ? "date" : time == null ? "time" : "offset");
        }
        return date.toEpochDay() * SECONDS_PER_DAY + time.toSecondOfDay() - offset.getTotalSeconds();
    }

    /**
     * {@code LocalDate.datesUntil(LocalDate)}: every day from this one up to the end, exclusive, made as the stream
     * is consumed (a stream to {@code LocalDate.MAX} that is cut short ends at once, as on the JVM).
     */
    public static Stream<LocalDate> datesUntil(LocalDate start, LocalDate endExclusive) {
        long end = endExclusive.toEpochDay();
        long first = start.toEpochDay();
        if (end < first) {
            throw new IllegalArgumentException(endExclusive + " < " + start);
        }
        return LongStream.range(first, end).mapToObj(LocalDate::ofEpochDay);
    }

    /**
     * {@code LocalDate.datesUntil(LocalDate, Period)}: the dates {@code start.plusMonths(n * months).plusDays(n *
     * days)} for n = 0, 1, ... before the end (after it, for a negative step), with the JDK's count of steps (so
     * {@code Period.of(1, -12, 0)} divides by zero as there) and made as the stream is consumed.
     */
    public static Stream<LocalDate> datesUntil(LocalDate start, LocalDate endExclusive, Period step) {
        if (step.isZero()) {
            throw new IllegalArgumentException("step is zero");
        }
        long end = endExclusive.toEpochDay();
        long first = start.toEpochDay();
        long until = end - first;
        long months = step.toTotalMonths();
        long days = step.getDays();
        if (months < 0 && days > 0 || months > 0 && days < 0) {
            throw new IllegalArgumentException("period months and days are of opposite sign");
        }
        if (until == 0) {
            return Stream.empty();
        }
        int sign = months > 0 || days > 0 ? 1 : -1;
        if (sign < 0 ^ until < 0) {
            throw new IllegalArgumentException(endExclusive + (sign < 0 ? " > " : " < ") + start);
        }
        if (months == 0) {
            if (days == 0) {
                throw new ArithmeticException("/ by zero");
            }
            long steps = (until - sign) / days;
            return LongStream.rangeClosed(0, steps).mapToObj(n -> LocalDate.ofEpochDay(first + n * days));
        }
        // 48699/1600 = 365.2425/12: no overflow, and the estimate is at most two steps too many
        long steps = until * 1600 / (months * 48699 + days * 1600) + 1;
        long addMonths = months * steps;
        long addDays = days * steps;
        long maxAddMonths = months > 0
                ? LocalDate.MAX.getLong(ChronoField.PROLEPTIC_MONTH) - start.getLong(ChronoField.PROLEPTIC_MONTH)
                : start.getLong(ChronoField.PROLEPTIC_MONTH) - LocalDate.MIN.getLong(ChronoField.PROLEPTIC_MONTH);
        if (addMonths * sign > maxAddMonths
                || (start.plusMonths(addMonths).toEpochDay() + addDays) * sign >= end * sign) {
            steps--;
            addMonths -= months;
            addDays -= days;
            if (addMonths * sign > maxAddMonths
                    || (start.plusMonths(addMonths).toEpochDay() + addDays) * sign >= end * sign) {
                steps--;
            }
        }
        return LongStream.rangeClosed(0, steps)
                .mapToObj(n -> start.plusMonths(months * n).plusDays(days * n));
    }

    /**
     * {@code Duration.toString()}: ISO-8601 {@code PTnHnMnS} with the JDK's treatment of negative durations with a
     * fraction (hours and minutes from the seconds rounded towards zero, the fraction counted downwards).
     */
    public static String durationToString(Duration d) {
        long seconds = d.getSeconds();
        int nanos = d.getNano();
        if (seconds == 0 && nanos == 0) {
            return "PT0S";
        }
        boolean negativeFraction = seconds < 0 && nanos > 0;
        long total = negativeFraction ? seconds + 1 : seconds;
        long hours = total / 3600;
        int minutes = (int) ((total % 3600) / 60);
        int secs = (int) (total % 60);
        StringBuilder sb = new StringBuilder("PT");
        if (hours != 0) {
            sb.append(hours).append('H');
        }
        if (minutes != 0) {
            sb.append(minutes).append('M');
        }
        if (secs == 0 && nanos == 0 && sb.length() > 2) {
            return sb.toString();
        }
        sb.append(negativeFraction && secs == 0 ? "-0" : String.valueOf(secs));
        if (nanos > 0) {
            int point = sb.length();
            sb.append(negativeFraction ? 2 * NANOS_PER_SECOND - nanos : nanos + NANOS_PER_SECOND);
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
            }
            sb.setCharAt(point, '.');
        }
        return sb.append('S').toString();
    }

    /** {@code LocalDate.EPOCH} (Java 9), 1970-01-01, read where TeaVM's {@code LocalDate} has no such field. */
    public static java.time.LocalDate epochDate() {
        return java.time.LocalDate.ofEpochDay(0);
    }
}
