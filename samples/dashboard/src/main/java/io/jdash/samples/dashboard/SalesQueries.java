package io.jdash.samples.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** The server's heavy work over all {@value SalesData#ROWS} orders: filtering and aggregation. */
public final class SalesQueries {
    private static final String[] COLORS = {"#4c78a8", "#f58518", "#54a24b", "#e45756", "#b279a2"};

    private SalesQueries() {}

    /**
     * What the filters select.
     *
     * @param regions selected region names (empty: all)
     * @param categories selected categories (empty: all)
     * @param minPrice lowest unit price
     * @param maxPrice highest unit price
     * @param from first day, inclusive
     * @param to last day, inclusive
     */
    public record Filter(
            List<String> regions,
            List<String> categories,
            double minPrice,
            double maxPrice,
            LocalDate from,
            LocalDate to) {}

    /** The indexes of the orders the filter selects. */
    public static int[] select(SalesData data, Filter f) {
        boolean[] regionOn = mask(SalesData.REGIONS, f.regions());
        boolean[] categoryOn = mask(SalesData.CATEGORIES, f.categories());
        int from = (int) (f.from().toEpochDay() - SalesData.FIRST_DAY.toEpochDay());
        int to = (int) (f.to().toEpochDay() - SalesData.FIRST_DAY.toEpochDay());
        int[] out = new int[SalesData.ROWS];
        int n = 0;
        for (int i = 0; i < SalesData.ROWS; i++) {
            if (regionOn[data.region()[i]]
                    && categoryOn[data.category()[i]]
                    && data.day()[i] >= from
                    && data.day()[i] <= to
                    && data.price()[i] >= f.minPrice()
                    && data.price()[i] <= f.maxPrice()) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean[] mask(List<String> all, List<String> selected) {
        boolean[] on = new boolean[all.size()];
        for (int i = 0; i < on.length; i++) {
            on[i] = selected == null || selected.isEmpty() || selected.contains(all.get(i));
        }
        return on;
    }

    /** Totals of the selection. */
    public static Kpis kpis(SalesData data, int[] rows) {
        long units = 0;
        double revenue = 0;
        double discount = 0;
        for (int i : rows) {
            units += data.units()[i];
            revenue += data.revenue(i);
            discount += data.discount()[i];
        }
        int n = rows.length;
        return new Kpis(
                n,
                units,
                Math.round(revenue * 100) / 100.0,
                n == 0 ? 0 : Math.round(revenue / n * 100) / 100.0,
                n == 0 ? 0 : Math.round(discount / n * 10_000) / 10_000.0);
    }

    /**
     * A scattergl figure of every selected order (unit price against order revenue), one trace per region so the
     * browser can restyle them; {@code markerSize}, {@code opacity} and {@code logAxes} are the current cosmetics.
     */
    public static Map<String, Object> scatter(
            SalesData data, int[] rows, int markerSize, double opacity, boolean logAxes) {
        List<Object> traces = new ArrayList<>();
        for (int r = 0; r < SalesData.REGIONS.size(); r++) {
            int count = 0;
            for (int i : rows) {
                count += data.region()[i] == r ? 1 : 0;
            }
            double[] x = new double[count];
            double[] y = new double[count];
            int k = 0;
            for (int i : rows) {
                if (data.region()[i] == r) {
                    x[k] = data.price()[i];
                    y[k++] = Math.round(data.revenue(i) * 100) / 100.0;
                }
            }
            Map<String, Object> trace = new LinkedHashMap<>();
            trace.put("type", "scattergl");
            trace.put("mode", "markers");
            trace.put("name", SalesData.REGIONS.get(r));
            trace.put("x", x);
            trace.put("y", y);
            trace.put("marker", Map.of("size", markerSize, "opacity", opacity, "color", COLORS[r]));
            traces.add(trace);
        }
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("margin", Map.of("l", 60, "r", 10, "t", 10, "b", 45));
        layout.put("xaxis", Map.of("title", Map.of("text", "unit price ($)"), "type", logAxes ? "log" : "linear"));
        layout.put("yaxis", Map.of("title", Map.of("text", "order revenue ($)"), "type", logAxes ? "log" : "linear"));
        layout.put("legend", Map.of("orientation", "h", "y", 1.08));
        layout.put("dragmode", "select");
        layout.put("uirevision", "keep");
        return Map.of("data", traces, "layout", layout);
    }

    /** Revenue per month, stacked by region. */
    public static Map<String, Object> monthly(SalesData data, int[] rows) {
        int months = 24;
        double[][] revenue = new double[SalesData.REGIONS.size()][months];
        for (int i : rows) {
            LocalDate d = data.date(i);
            int m = (d.getYear() - SalesData.FIRST_DAY.getYear()) * 12 + d.getMonthValue() - 1;
            if (m >= 0 && m < months) {
                revenue[data.region()[i]][m] += data.revenue(i);
            }
        }
        List<String> labels = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            labels.add(SalesData.FIRST_DAY.plusMonths(m).toString().substring(0, 7));
        }
        List<Object> traces = new ArrayList<>();
        for (int r = 0; r < revenue.length; r++) {
            double[] y = new double[months];
            for (int m = 0; m < months; m++) {
                y[m] = Math.round(revenue[r][m]);
            }
            traces.add(Map.of(
                    "type",
                    "bar",
                    "name",
                    SalesData.REGIONS.get(r),
                    "x",
                    labels,
                    "y",
                    y,
                    "marker",
                    Map.of("color", COLORS[r])));
        }
        return Map.of(
                "data",
                traces,
                "layout",
                Map.of(
                        "barmode",
                        "stack",
                        "margin",
                        Map.of("l", 60, "r", 10, "t", 10, "b", 45),
                        "legend",
                        Map.of("orientation", "h", "y", 1.12),
                        "yaxis",
                        Map.of("title", Map.of("text", "revenue ($)"))));
    }

    /** The {@code limit} largest orders of the selection, largest first. */
    public static List<Order> topOrders(SalesData data, int[] rows, int limit) {
        PriorityQueue<Integer> top = new PriorityQueue<>(Comparator.comparingDouble(data::revenue));
        for (int i : rows) {
            top.add(i);
            if (top.size() > limit) {
                top.poll();
            }
        }
        List<Order> out = new ArrayList<>();
        while (!top.isEmpty()) {
            int i = top.poll();
            out.add(
                    0,
                    new Order(
                            data.date(i).toString(),
                            SalesData.REGIONS.get(data.region()[i]),
                            SalesData.CATEGORIES.get(data.category()[i]),
                            data.price()[i],
                            data.units()[i],
                            data.discount()[i],
                            Math.round(data.revenue(i) * 100) / 100.0));
        }
        return out;
    }
}
