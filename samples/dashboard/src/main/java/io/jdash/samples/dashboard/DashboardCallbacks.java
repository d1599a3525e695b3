package io.jdash.samples.dashboard;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;
import io.jdash.api.Memoize;
import io.jdash.api.Patch;
import io.jdash.api.PreventUpdate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's callbacks. The filters run on the server, which holds all {@value SalesData#ROWS} orders; what
 * should feel instant (formatting, currency, searching the orders already in the page, chart cosmetics, the summary
 * of a lasso selection) runs in the browser as compiled Java.
 */
public final class DashboardCallbacks {
    private DashboardCallbacks() {}

    /**
     * What the filters produce.
     *
     * @param scatter the scatter figure
     * @param monthly the monthly revenue figure
     * @param kpis the key figures
     * @param orders the largest orders, for the table
     */
    public record Selection(Map<String, Object> scatter, Map<String, Object> monthly, Kpis kpis, List<Order> orders) {}

    /**
     * On the server: filters all orders, aggregates them and builds both figures. Memoized: a filter combination
     * seen in the last ten minutes (by anyone) is answered from the cache.
     */
    @Memoize(ttl = "10m")
    @Callback(
            outputs = {"scatter.figure", "monthly.figure", "kpis.data", "orders.data"},
            inputs = {"region.value", "category.value", "price.value", "dates.start_date", "dates.end_date"},
            state = {"marker-size.value", "opacity.value", "axes.value"})
    public static Selection filter(
            List<String> regions,
            List<String> categories,
            List<Double> price,
            String start,
            String end,
            Integer markerSize,
            Double opacity,
            List<String> axes) {
        SalesData data = DashboardApp.data();
        SalesQueries.Filter f = new SalesQueries.Filter(
                regions,
                categories,
                price == null || price.size() < 2 ? 0 : price.get(0),
                price == null || price.size() < 2 ? Double.MAX_VALUE : price.get(1),
                start == null ? SalesData.FIRST_DAY : LocalDate.parse(start.substring(0, 10)),
                end == null ? SalesData.FIRST_DAY.plusDays(SalesData.DAYS) : LocalDate.parse(end.substring(0, 10)));
        int[] rows = SalesQueries.select(data, f);
        return new Selection(
                SalesQueries.scatter(
                        data,
                        rows,
                        markerSize == null ? 4 : markerSize,
                        opacity == null ? 0.5 : opacity,
                        axes != null && axes.contains("log")),
                SalesQueries.monthly(data, rows),
                SalesQueries.kpis(data, rows),
                SalesQueries.topOrders(data, rows, 1000));
    }

    /**
     * The key figures as text.
     *
     * @param orders orders
     * @param units units
     * @param revenue revenue
     * @param average revenue per order
     * @param discount mean discount
     */
    public record KpiText(String orders, String units, String revenue, String average, String discount) {}

    /** In the browser: formats the key figures in the chosen currency. */
    @Clientside
    @Callback(
            outputs = {
                "kpi-orders.children",
                "kpi-units.children",
                "kpi-revenue.children",
                "kpi-average.children",
                "kpi-discount.children"
            },
            inputs = {"kpis.data", "currency.value"})
    public static KpiText kpiText(Kpis kpis, String currency) {
        if (kpis == null) {
            throw new PreventUpdate();
        }
        return new KpiText(
                String.format("%,d", kpis.orders()),
                String.format("%,d", kpis.units()),
                money(kpis.revenue(), currency, 0),
                money(kpis.averageOrder(), currency, 2),
                String.format("%.1f%%", kpis.averageDiscount() * 100));
    }

    /** In the browser: searches the orders already in the page and formats them for the table. */
    @Clientside
    @Callback(
            outputs = {"orders-table.data", "orders-count.children"},
            inputs = {"orders.data", "search.value", "currency.value"})
    public static List<Object> tableRows(List<Order> orders, String search, String currency) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        int total = orders == null ? 0 : orders.size();
        if (orders != null) {
            for (Order o : orders) {
                String text = (o.date() + " " + o.region() + " " + o.category()).toLowerCase(Locale.ROOT);
                if (!needle.isEmpty() && !text.contains(needle)) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("date", o.date());
                row.put("region", o.region());
                row.put("category", o.category());
                row.put("price", money(o.price(), currency, 2));
                row.put("units", o.units());
                row.put("discount", String.format("%.0f%%", o.discount() * 100));
                row.put("revenue", money(o.revenue(), currency, 2));
                rows.add(row);
            }
        }
        String count = needle.isEmpty()
                ? total + " largest orders"
                : rows.size() + " of the " + total + " largest orders match \"" + search.strip() + "\"";
        return List.of(rows, count);
    }

    /** In the browser: restyles the scatter (marker size, opacity, log axes, one region highlighted) by a Patch. */
    @Clientside
    @Callback(
            outputs = "scatter.figure@allow_duplicate",
            inputs = {"marker-size.value", "opacity.value", "axes.value", "highlight.value"},
            preventInitialCall = true)
    public static Patch scatterStyle(Integer size, Double opacity, List<String> axes, String highlight) {
        String type = axes != null && axes.contains("log") ? "log" : "linear";
        Patch patch = Patch.create()
                .assign(List.of("layout", "xaxis", "type"), type)
                .assign(List.of("layout", "yaxis", "type"), type);
        for (int i = 0; i < Regions.NAMES.size(); i++) {
            boolean dim = highlight != null && !highlight.isEmpty() && !highlight.equals(Regions.NAMES.get(i));
            double alpha = opacity == null ? 0.5 : opacity;
            patch = patch.assign(List.of("data", i, "marker", "size"), size == null ? 4 : size)
                    .assign(List.of("data", i, "marker", "opacity"), dim ? alpha * 0.12 : alpha);
        }
        return patch;
    }

    /** In the browser: sums the orders picked with the box or lasso tool on the scatter. */
    @Clientside
    @Callback(
            outputs = "selection.children",
            inputs = {"scatter.selectedData", "currency.value"})
    public static String selectionSummary(Map<String, Object> selected, String currency) {
        Object points = selected == null ? null : selected.get("points");
        if (!(points instanceof List<?> list) || list.isEmpty()) {
            return "Drag a box or lasso on the chart to sum the orders inside it.";
        }
        double sum = 0;
        for (Object p : list) {
            if (p instanceof Map<?, ?> point && point.get("y") instanceof Number y) {
                sum += y.doubleValue();
            }
        }
        return String.format(
                "%,d orders selected: %s revenue, %s per order",
                list.size(), money(sum, currency, 0), money(sum / list.size(), currency, 2));
    }

    /** Dollars in {@code currency} (USD, EUR or GBP at fixed demo rates) with {@code decimals} decimals. */
    static String money(double dollars, String currency, int decimals) {
        String code = currency == null ? "USD" : currency;
        double rate =
                switch (code) {
                    case "EUR" -> 0.92;
                    case "GBP" -> 0.79;
                    default -> 1.0;
                };
        String symbol =
                switch (code) {
                    case "EUR" -> "€";
                    case "GBP" -> "£";
                    default -> "$";
                };
        return symbol + String.format(decimals == 0 ? "%,.0f" : "%,.2f", dollars * rate);
    }
}
