package io.jdash.samples.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The dashboard's dataset: {@value #ROWS} generated orders over two years, held column by column (about 4 MB) so
 * that a filter over all of them takes a few milliseconds. The same seed gives the same data on every machine.
 *
 * @param day days since {@link #FIRST_DAY}
 * @param region index into {@link #REGIONS}
 * @param category index into {@link #CATEGORIES}
 * @param price unit price in dollars
 * @param units units ordered
 * @param discount the discount given, 0 to 0.3
 */
public record SalesData(int[] day, byte[] region, byte[] category, double[] price, int[] units, double[] discount) {
    /** How many orders. */
    public static final int ROWS = 100_000;
    /** The first order date. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    /** How many days the orders span. */
    public static final int DAYS = 731;
    /** The sales regions. */
    public static final List<String> REGIONS = Regions.NAMES;
    /** The product categories. */
    public static final List<String> CATEGORIES =
            List.of("Laptops", "Phones", "Audio", "Cameras", "Wearables", "Accessories");

    private static final double[] BASE_PRICE = {1150, 720, 180, 640, 260, 45};

    /** Generates the dataset (deterministic). */
    public static SalesData generate() {
        Random random = new Random(20240101L);
        int[] day = new int[ROWS];
        byte[] region = new byte[ROWS];
        byte[] category = new byte[ROWS];
        double[] price = new double[ROWS];
        int[] units = new int[ROWS];
        double[] discount = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            // more orders towards the end of the period, and in November and December
            int d = (int) (DAYS * Math.sqrt(random.nextDouble()));
            if (random.nextDouble() < 0.12) {
                d = Math.min(DAYS - 1, 305 + random.nextInt(61) + (random.nextBoolean() ? 366 : 0));
            }
            day[i] = Math.min(DAYS - 1, d);
            region[i] = (byte) pick(random, new double[] {0.26, 0.18, 0.22, 0.24, 0.10});
            category[i] = (byte) pick(random, new double[] {0.14, 0.2, 0.22, 0.08, 0.14, 0.22});
            double base = BASE_PRICE[category[i]];
            price[i] = Math.round(base * Math.exp(random.nextGaussian() * 0.35) * 100) / 100.0;
            units[i] = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * (base < 300 ? 4 : 1.5));
            discount[i] = Math.round(Math.max(0, Math.min(0.3, random.nextGaussian() * 0.07 + 0.06)) * 100) / 100.0;
        }
        return new SalesData(day, region, category, price, units, discount);
    }

    private static int pick(Random random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The revenue of order {@code i}: price × units × (1 − discount). */
    public double revenue(int i) {
        return price[i] * units[i] * (1 - discount[i]);
    }

    /** The date of order {@code i}. */
    public LocalDate date(int i) {
        return FIRST_DAY.plusDays(day[i]);
    }
}
