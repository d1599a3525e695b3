package io.jdash.runtime.jvm;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoEra;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.Objects;

/**
 * Where TeaVM's {@code java.time} (a threetenbp port) answers or refuses otherwise than the JDK's own: checks the
 * compiler runs before TeaVM's method bodies, and methods that replace them. Each follows Java 17's code.
 */
public final class JvmTimeRules {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long NANOS_PER_DAY = SECONDS_PER_DAY * 1_000_000_000L;

    private JvmTimeRules() {}

    /**
     * Before {@code LocalTime.truncatedTo} and {@code Instant.truncatedTo}: the JDK refuses a unit longer than a day
     * or one that does not divide a day with {@code UnsupportedTemporalTypeException} (TeaVM's: {@code
     * DateTimeException}, the same text).
     */
    public static void truncationUnit(Object self, TemporalUnit unit) {
        if (unit != ChronoUnit.NANOS) {
            truncationNanos(unit);
        }
    }

    /** The length of a unit to truncate to, in nanoseconds, refused as {@link #truncationUnit} says. */
    static long truncationNanos(TemporalUnit unit) {
        Duration unitDuration = unit.getDuration();
        if (unitDuration.getSeconds() > SECONDS_PER_DAY) {
            throw new UnsupportedTemporalTypeException("Unit is too large to be used for truncation");
        }
        long unitNanos = unitDuration.toNanos();
        if (NANOS_PER_DAY % unitNanos != 0) {
            throw new UnsupportedTemporalTypeException("Unit must divide into a standard day without remainder");
        }
        return unitNanos;
    }

    /**
     * Before {@code Duration.plus(long, TemporalUnit)} (and so {@code Duration.of}, {@code minus}): a unit of
     * estimated length other than {@code DAYS} is an {@code UnsupportedTemporalTypeException}.
     */
    public static void durationUnit(Duration self, long amount, TemporalUnit unit) {
        if (unit == null) {
            throw new NullPointerException("unit");
        }
        if (unit != ChronoUnit.DAYS && unit.isDurationEstimated()) {
            throw new UnsupportedTemporalTypeException("Unit must not have an estimated duration");
        }
    }

    /**
     * Before {@code LocalDate.get(TemporalField)}: the epoch day and the proleptic month do not fit an int, and the
     * JDK refuses them so ("Invalid field 'EpochDay' for get() method, use getLong() instead"; TeaVM's said "Field
     * too large for an int").
     */
    public static void dateIntField(LocalDate self, TemporalField field) {
        if (field == ChronoField.EPOCH_DAY || field == ChronoField.PROLEPTIC_MONTH) {
            throw longField(field);
        }
    }

    /** Before {@code LocalTime.get(TemporalField)}: as {@link #dateIntField}, for the nano and micro of the day. */
    public static void timeIntField(LocalTime self, TemporalField field) {
        if (field == ChronoField.NANO_OF_DAY || field == ChronoField.MICRO_OF_DAY) {
            throw longField(field);
        }
    }

    /**
     * Before {@code get(TemporalField)} of {@code OffsetDateTime} and {@code ZonedDateTime}: as {@link
     * #dateIntField}, for the instant's seconds.
     */
    public static void instantIntField(Object self, TemporalField field) {
        if (field == ChronoField.INSTANT_SECONDS) {
            throw longField(field);
        }
    }

    private static UnsupportedTemporalTypeException longField(TemporalField field) {
        return new UnsupportedTemporalTypeException(
                "Invalid field '" + field + "' for get() method, use getLong() instead");
    }

    /**
     * Before {@code ZoneId.of(String)}: the JDK's reading of the text, so an invalid one gets its exception ("Invalid
     * ID for ZoneOffset, invalid format: x" for a text of one character, "Invalid ID for offset-based ZoneId:
     * UTC+x" around the offset's own error, "Invalid ID for region-based ZoneId, invalid format: …"); TeaVM's said
     * "Invalid zone: x" or gave the offset's error alone. A valid text goes on to TeaVM's, which answers as the
     * JDK's.
     */
    public static void zoneId(String zoneId) {
        Objects.requireNonNull(zoneId, "zoneId");
        if (zoneId.length() <= 1 || zoneId.startsWith("+") || zoneId.startsWith("-")) {
            ZoneOffset.of(zoneId);
            return;
        }
        int prefix = zoneId.startsWith("UTC") || zoneId.startsWith("GMT") ? 3 : zoneId.startsWith("UT") ? 2 : 0;
        if (prefix > 0 && zoneId.length() == prefix) {
            return;
        }
        if (prefix > 0 && (zoneId.charAt(prefix) == '+' || zoneId.charAt(prefix) == '-')) {
            try {
                ZoneOffset.of(zoneId.substring(prefix));
            } catch (DateTimeException e) {
                throw new DateTimeException("Invalid ID for offset-based ZoneId: " + zoneId, e);
            }
            return;
        }
        for (int i = 0; i < zoneId.length(); i++) {
            char c = zoneId.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && (i == 0 || "/0123456789~._+-".indexOf(c) < 0)) {
                throw new DateTimeException("Invalid ID for region-based ZoneId, invalid format: " + zoneId);
            }
        }
    }

    /**
     * {@code LocalDate.plusDays}: within a month or into the next, the date is made from its fields, so a year
     * beyond the range is the error ("Invalid value for Year"), not the epoch day.
     */
    public static LocalDate plusDays(LocalDate date, long days) {
        if (days == 0) {
            return date;
        }
        long dayOfMonth = date.getDayOfMonth() + days;
        if (dayOfMonth > 0 && dayOfMonth <= 59) {
            int month = date.getMonthValue();
            int length = date.lengthOfMonth();
            if (dayOfMonth <= length) {
                return LocalDate.of(date.getYear(), month, (int) dayOfMonth);
            } else if (month < 12) {
                return LocalDate.of(date.getYear(), month + 1, (int) (dayOfMonth - length));
            }
            ChronoField.YEAR.checkValidValue(date.getYear() + 1L);
            return LocalDate.of(date.getYear() + 1, 1, (int) (dayOfMonth - length));
        }
        return LocalDate.ofEpochDay(Math.addExact(date.toEpochDay(), days));
    }

    /** {@code LocalDate.getEra()} as Java 9+ declares it: {@code IsoEra}, {@code CE} from year 1. */
    public static IsoEra era(LocalDate date) {
        return date.getYear() >= 1 ? IsoEra.CE : IsoEra.BCE;
    }
}
