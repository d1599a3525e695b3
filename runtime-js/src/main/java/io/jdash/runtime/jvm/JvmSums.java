package io.jdash.runtime.jvm;

import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collector;
import java.util.stream.DoubleStream;

/**
 * Sums of doubles as the JDK adds them: with Kahan compensation, the compensation subtracted at the end, and the
 * plain sum answered where the compensated one is NaN but the plain one infinite ({@code DoubleStream.sum()} and
 * {@code average()}, {@code DoubleSummaryStatistics}, {@code Collectors.summingDouble}/{@code averagingDouble}).
 * TeaVM added plainly, so the last digits of a sum or an average could differ.
 */
public final class JvmSums {
    private JvmSums() {}

    /** The running sum after adding {@code value} to {@code sum} with compensation {@code comp}. */
    public static double sumAfter(double sum, double comp, double value) {
        return sum + (value - comp);
    }

    /** The compensation after adding {@code value} to {@code sum} with compensation {@code comp}. */
    public static double compensationAfter(double sum, double comp, double value) {
        double tmp = value - comp;
        double velvel = sum + tmp;
        return (velvel - sum) - tmp;
    }

    /** The sum a compensated sum stands for. */
    public static double finalSum(double sum, double comp, double simple) {
        double tmp = sum - comp;
        return Double.isNaN(tmp) && Double.isInfinite(simple) ? simple : tmp;
    }

    /** {@code DoubleSummaryStatistics.getAverage()}. */
    public static double average(long count, double sum, double comp, double simple) {
        return count > 0 ? finalSum(sum, comp, simple) / count : 0.0d;
    }

    private static void add(double[] acc, double value) {
        double sum = acc[0];
        acc[0] = sumAfter(sum, acc[1], value);
        acc[1] = compensationAfter(sum, acc[1], value);
    }

    /** {@code DoubleStream.sum()}. */
    public static double sum(DoubleStream stream) {
        double[] acc = new double[3];
        stream.forEach(d -> {
            add(acc, d);
            acc[2] += d;
        });
        return finalSum(acc[0], acc[1], acc[2]);
    }

    /** {@code DoubleStream.average()}. */
    public static OptionalDouble average(DoubleStream stream) {
        double[] acc = new double[4];
        stream.forEach(d -> {
            acc[2]++;
            add(acc, d);
            acc[3] += d;
        });
        return acc[2] > 0 ? OptionalDouble.of(finalSum(acc[0], acc[1], acc[3]) / acc[2]) : OptionalDouble.empty();
    }

    /** {@code Collectors.summingDouble(mapper)}. */
    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        return Collector.<T, double[], Double>of(
                () -> new double[3],
                (a, t) -> {
                    double value = mapper.applyAsDouble(t);
                    add(a, value);
                    a[2] += value;
                },
                (a, b) -> {
                    add(a, b[0]);
                    a[2] += b[2];
                    add(a, -b[1]);
                    return a;
                },
                a -> finalSum(a[0], a[1], a[2]));
    }

    /** {@code Collectors.averagingDouble(mapper)}. */
    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        return Collector.<T, double[], Double>of(
                () -> new double[4],
                (a, t) -> {
                    double value = mapper.applyAsDouble(t);
                    add(a, value);
                    a[2]++;
                    a[3] += value;
                },
                (a, b) -> {
                    add(a, b[0]);
                    add(a, -b[1]);
                    a[2] += b[2];
                    a[3] += b[3];
                    return a;
                },
                a -> a[2] == 0 ? 0.0d : finalSum(a[0], a[1], a[3]) / a[2]);
    }
}
