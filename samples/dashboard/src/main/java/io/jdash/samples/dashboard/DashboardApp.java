package io.jdash.samples.dashboard;

import io.jdash.server.BackgroundWorker;
import io.jdash.server.Component;
import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.DashTable;
import io.jdash.server.Dcc;
import io.jdash.server.Html;
import io.jdash.server.background.BackgroundOptions;
import io.jdash.server.components.dcc.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sales dashboard over {@value SalesData#ROWS} orders: {@code mvn -pl samples/dashboard exec:java}, then open
 * http://127.0.0.1:8050/. Every card says where its callback runs.
 */
public final class DashboardApp {
    private static final class Holder {
        static final SalesData DATA = SalesData.generate();
    }

    private DashboardApp() {}

    /** The dataset, generated once per process on first use (about 4 MB, column by column). */
    public static SalesData data() {
        return Holder.DATA;
    }

    /** The app. */
    public static DashApp app() {
        return DashApp.builder()
                .title("jdash sales explorer")
                .layout(DashboardApp::layout)
                .callbacks(DashboardCallbacks.class, BootstrapCallbacks.class)
                .assetsOnClassPath("assets")
                // jdash needs no eval, but plotly's WebGL charts (scattergl, through regl) compile with Function()
                .contentSecurityPolicy("script-src 'self' 'unsafe-eval'")
                .build();
    }

    static Component layout() {
        List<Option> regions = new ArrayList<>();
        Regions.NAMES.forEach(r -> regions.add(Option.of(r, r)));
        List<Option> categories = new ArrayList<>();
        SalesData.CATEGORIES.forEach(c -> categories.add(Option.of(c, c)));
        double top = Math.ceil(java.util.Arrays.stream(data().price()).max().orElse(0) / 100) * 100;
        return Html.div(
                        Html.header(
                                Html.h1("Sales explorer"),
                                Html.p(
                                        String.format("%,d orders, 2024–2025. ", SalesData.ROWS),
                                        server("filters, totals"),
                                        " runs in the JVM over every order; ",
                                        browser("formatting"),
                                        " runs in your browser as compiled Java, with no request.")),
                        card(
                                "Filters",
                                List.of(server("filtering and aggregating 100,000 orders")),
                                Html.div(
                                                field(
                                                        "Regions",
                                                        Dcc.dropdown(regions)
                                                                .id("region")
                                                                .multi(true)
                                                                .placeholder("All regions")),
                                                field(
                                                        "Categories",
                                                        Dcc.checklist(categories.toArray(Option[]::new))
                                                                .id("category")
                                                                .value(SalesData.CATEGORIES)
                                                                .inline(true)),
                                                field(
                                                        "Unit price ($)",
                                                        Dcc.rangeSlider(0, top, 0, top)
                                                                .id("price")
                                                                .step(10)
                                                                .marks(Map.of(
                                                                        0,
                                                                        "$0",
                                                                        1000,
                                                                        "$1k",
                                                                        2000,
                                                                        "$2k",
                                                                        3000,
                                                                        "$3k",
                                                                        top,
                                                                        String.format("$%,.0f", top)))),
                                                field(
                                                        "Order dates",
                                                        Dcc.datePickerRange()
                                                                .id("dates")
                                                                .startDate(SalesData.FIRST_DAY)
                                                                .endDate(SalesData.FIRST_DAY.plusDays(
                                                                        SalesData.DAYS - 1))
                                                                .minDateAllowed(SalesData.FIRST_DAY)
                                                                .maxDateAllowed(SalesData.FIRST_DAY.plusDays(
                                                                        SalesData.DAYS - 1))))
                                        .className("filters")),
                        card(
                                "Key figures",
                                List.of(server("totals"), browser("formatting, currency")),
                                Html.div(
                                                kpi("Orders", "kpi-orders"),
                                                kpi("Units", "kpi-units"),
                                                kpi("Revenue", "kpi-revenue"),
                                                kpi("Average order", "kpi-average"),
                                                kpi("Average discount", "kpi-discount"))
                                        .className("kpis"),
                                Html.div(
                                                Html.span("Currency "),
                                                Dcc.radioItems(
                                                                Option.of("US dollar", "USD"),
                                                                Option.of("Euro", "EUR"),
                                                                Option.of("Pound", "GBP"))
                                                        .id("currency")
                                                        .value("USD")
                                                        .inline(true))
                                        .className("currency")),
                        Html.div(
                                        card(
                                                "Every order: unit price against revenue",
                                                List.of(server("the points"), browser("style, lasso sum")),
                                                Dcc.graph().id("scatter").style(Map.of("height", "420px"))),
                                        card(
                                                "Chart style",
                                                List.of(browser("restyles the chart by a Patch")),
                                                field(
                                                        "Marker size",
                                                        Dcc.slider(1, 10, 4)
                                                                .id("marker-size")
                                                                .step(1)),
                                                field(
                                                        "Opacity",
                                                        Dcc.slider(0.05, 1, 0.5)
                                                                .id("opacity")
                                                                .step(0.05)),
                                                field(
                                                        "Axes",
                                                        Dcc.checklist(Option.of("logarithmic", "log"))
                                                                .id("axes")
                                                                .value(List.of())),
                                                field(
                                                        "Highlight",
                                                        Dcc.dropdown(regions)
                                                                .id("highlight")
                                                                .placeholder("No region")),
                                                Html.p().id("selection").className("selection")))
                                .className("row"),
                        card(
                                "Revenue per month, by region",
                                List.of(server("monthly aggregation")),
                                Dcc.graph().id("monthly").style(Map.of("height", "320px"))),
                        card(
                                "How sure is the average order? A bootstrap, as a background job",
                                List.of(server("resampling the selected orders, with progress and cancel")),
                                Html.div(
                                                Dcc.dropdown(
                                                                Option.of("500 resamples", 500),
                                                                Option.of("2,000 resamples", 2000),
                                                                Option.of("10,000 resamples", 10_000))
                                                        .id("ci-resamples")
                                                        .value(2000)
                                                        .clearable(false),
                                                Html.button("Compute the interval")
                                                        .id("ci-run"),
                                                Html.button("Cancel")
                                                        .id("ci-cancel")
                                                        .disabled(true),
                                                Html.progress()
                                                        .id("ci-progress")
                                                        .prop("value", "0")
                                                        .prop("max", String.valueOf(BootstrapCallbacks.BATCHES)))
                                        .className("ci-controls"),
                                Html.p("Uses the region and category filters.")
                                        .id("ci-result")
                                        .className("ci-result"),
                                Html.pre().id("ci-log").className("ci-log")),
                        card(
                                "Largest orders",
                                List.of(server("the 1,000 largest"), browser("search, formatting")),
                                Html.div(
                                                Dcc.input()
                                                        .id("search")
                                                        .type(io.jdash.server.components.dcc.Input.Type.SEARCH)
                                                        .placeholder("Search date, region or category")
                                                        .debounce(false),
                                                Html.span().id("orders-count").className("count"))
                                        .className("search"),
                                DashTable.dataTable()
                                        .id("orders-table")
                                        .columns(
                                                DashTable.column("date", "Date"),
                                                DashTable.column("region", "Region"),
                                                DashTable.column("category", "Category"),
                                                DashTable.column("price", "Unit price"),
                                                DashTable.column("units", "Units"),
                                                DashTable.column("discount", "Discount"),
                                                DashTable.column("revenue", "Revenue"))
                                        .pageSize(12)
                                        .sortAction(io.jdash.server.components.table.DataTable.Action.NATIVE)
                                        .styleCell(Map.of("fontFamily", "inherit", "padding", "4px 8px"))
                                        .styleHeader(Map.of("fontWeight", "600"))),
                        Dcc.store(null).id("kpis"),
                        Dcc.store(null).id("orders"))
                .className("page");
    }

    private static Component card(String title, List<Component> badges, Object... children) {
        List<Object> head = new ArrayList<>();
        head.add(Html.h2(title));
        head.addAll(badges);
        List<Object> all = new ArrayList<>();
        all.add(Html.div(head.toArray()).className("card-head"));
        all.addAll(List.of(children));
        return Html.section(all.toArray()).className("card");
    }

    /** A label saying that {@code what} runs in the browser, as compiled Java. */
    private static Component browser(String what) {
        return Html.span("⚡ browser: " + what)
                .className("badge browser")
                .title("compiled from Java to JavaScript by jdash; runs without a request");
    }

    /** A label saying that {@code what} runs on the server. */
    private static Component server(String what) {
        return Html.span("● server: " + what)
                .className("badge server")
                .title("runs in the JVM, over all " + SalesData.ROWS + " orders");
    }

    private static Component field(String label, Component control) {
        return Html.div(Html.label(label), control).className("field");
    }

    private static Component kpi(String label, String id) {
        return Html.div(
                        Html.div(label).className("kpi-label"),
                        Html.div("…").id(id).className("kpi-value"))
                .className("kpi");
    }

    /**
     * Starts the dashboard on port 8050 (or the first argument). With {@code -Djdash.background.role=worker} (and
     * {@code -Djdash.background=redis://...}) it serves no page and only runs the background jobs of other processes.
     */
    public static void main(String[] args) throws Exception {
        data();
        if (BackgroundOptions.fromConfiguration().role() == BackgroundOptions.Role.WORKER) {
            BackgroundWorker worker = BackgroundWorker.start(app());
            Runtime.getRuntime().addShutdownHook(new Thread(worker::close));
            System.out.println(
                    "jdash: running background jobs only (" + worker.engine().describe() + ")");
            Thread.currentThread().join();
        }
        int port = args.length > 0 ? Integer.parseInt(args[0]) : DashServer.DEFAULT_PORT;
        DashServer.start(app(), port).join();
    }
}
