package io.jdash.runtime.jvm;

import java.util.concurrent.TimeUnit;

/**
 * {@code TimeUnit}'s conversions as the JDK's: a result beyond the long range is {@code Long.MAX_VALUE} or
 * {@code Long.MIN_VALUE}. TeaVM's multiply and overflow ({@code DAYS.toNanos(Long.MAX_VALUE / 2)} was negative).
 */
public final class JvmTimeUnits {
    private JvmTimeUnits() {}

    /** {@code TimeUnit.convert(long, TimeUnit)}. */
    public static long convert(TimeUnit self, long duration, TimeUnit unit) {
        return convert(duration, scale(self), scale(unit));
    }

    /** {@code TimeUnit.toNanos(long)}. */
    public static long toNanos(TimeUnit self, long duration) {
        return convert(TimeUnit.NANOSECONDS, duration, self);
    }

    /** {@code TimeUnit.toMicros(long)}. */
    public static long toMicros(TimeUnit self, long duration) {
        return convert(TimeUnit.MICROSECONDS, duration, self);
    }

    /** {@code TimeUnit.toMillis(long)}. */
    public static long toMillis(TimeUnit self, long duration) {
        return convert(TimeUnit.MILLISECONDS, duration, self);
    }

    /** {@code TimeUnit.toSeconds(long)}. */
    public static long toSeconds(TimeUnit self, long duration) {
        return convert(TimeUnit.SECONDS, duration, self);
    }

    /** {@code TimeUnit.toMinutes(long)}. */
    public static long toMinutes(TimeUnit self, long duration) {
        return convert(TimeUnit.MINUTES, duration, self);
    }

    /** {@code TimeUnit.toHours(long)}. */
    public static long toHours(TimeUnit self, long duration) {
        return convert(TimeUnit.HOURS, duration, self);
    }

    /** {@code TimeUnit.toDays(long)}. */
    public static long toDays(TimeUnit self, long duration) {
        return convert(TimeUnit.DAYS, duration, self);
    }

    // Java's cvt: a duration of the unit of scale source, in the unit of scale target
    private static long convert(long duration, long target, long source) {
        if (source == target) {
            return duration;
        }
        if (source < target) {
            return duration / (target / source);
        }
        long ratio = source / target;
        long max = Long.MAX_VALUE / ratio;
        if (duration > max) {
            return Long.MAX_VALUE;
        }
        return duration < -max ? Long.MIN_VALUE : duration * ratio;
    }

    private static long scale(TimeUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> 1L;
            case MICROSECONDS -> 1_000L;
            case MILLISECONDS -> 1_000_000L;
            case SECONDS -> 1_000_000_000L;
            case MINUTES -> 60_000_000_000L;
            case HOURS -> 3_600_000_000_000L;
            default -> 86_400_000_000_000L;
        };
    }
}
