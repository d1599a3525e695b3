package io.jdash.samples.features;

import io.jdash.server.ClientsideCallback;
import io.jdash.server.Component;
import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.Dcc;
import io.jdash.server.Html;
import io.jdash.server.components.dcc.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tour of the Dash protocol in jdash: {@code mvn -pl samples/features exec:java}, then open
 * http://127.0.0.1:8050/. Each section says where its callback runs.
 */
public final class FeaturesApp {
    private static final Map<String, String> SECTION =
            Map.of("border", "1px solid #ddd", "borderRadius", "8px", "padding", "12px 16px", "margin", "12px 0");

    private FeaturesApp() {}

    /** The app; its assets (the hand-written callback) travel in its jar, under {@code assets/}. */
    public static DashApp app() {
        return app(false);
    }

    /**
     * The app with Dash's dev tools on or off: with them, a server callback that fails shows its exception and the
     * frames of your code in the page's error popup (the "Errors" section shows one), and the callback graph shows
     * each server callback's compute time.
     */
    public static DashApp app(boolean debug) {
        return DashApp.builder()
                .debug(debug)
                .title("jdash features")
                .layout(FeaturesApp::layout)
                .callbacks(FeaturesCallbacks.class)
                .assetsOnClassPath("assets")
                .clientsideCallback(ClientsideCallback.of("handwritten", "same")
                        .outputs("same-js.children")
                        .inputs("same-js-btn.n_clicks"))
                .contentSecurityPolicy("script-src 'self'")
                .build();
    }

    static Component layout() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(item(i));
        }
        return Html.div(
                        Html.h1("jdash features"),
                        section(
                                "Pattern-matching ids: ALL in the browser, MATCH + ALLSMALLER on the server",
                                Html.div(items.toArray()).id("items")),
                        section(
                                "Patch: the server appends a point, the browser recolours the line (allow_duplicate)",
                                Html.button("Add a point (server, Patch)").id("add-point"),
                                Html.button("Recolour (browser, Patch)").id("recolor"),
                                Dcc.graph().id("chart").prop("figure", figure()).style(Map.of("height", "320px"))),
                        section(
                                "Two writers of one output: +1 in the browser, reset on the server",
                                Html.button("+1 (browser)").id("counter-up"),
                                Html.button("Reset (server)").id("counter-reset"),
                                Html.span("0").id("counter").style(Map.of("marginLeft", "12px", "fontWeight", "bold"))),
                        section(
                                "The same callback three ways",
                                row("compiled Java, in the browser", "same-compiled"),
                                row("hand-written JavaScript, in the browser", "same-js"),
                                row("Java on the server", "same-server")),
                        section(
                                "Errors: a server callback that throws, a value of the wrong type, and a Java exception in the"
                                        + " browser (run with --debug to see them in Dash's error popup, with their Java lines)",
                                Html.div(
                                        Dcc.input()
                                                .id("quantity")
                                                .type(Input.Type.TEXT)
                                                .value("12x"),
                                        Html.button("Parse on the server").id("parse-btn"),
                                        Html.span().id("parsed").style(Map.of("marginLeft", "12px"))),
                                Html.div(
                                        Dcc.input()
                                                .id("whole")
                                                .type(Input.Type.NUMBER)
                                                .value(3),
                                        Html.span().id("doubled").style(Map.of("marginLeft", "12px"))),
                                Html.div(
                                        Html.label("Quantity "),
                                        Dcc.input()
                                                .id("order-quantity")
                                                .type(Input.Type.NUMBER)
                                                .value(-3),
                                        Html.button("Order (browser, throws for a quantity below 1)")
                                                .id("order-btn"),
                                        Html.span().id("order-status").style(Map.of("marginLeft", "12px")))))
                .style(Map.of("fontFamily", "system-ui, sans-serif", "margin", "24px", "maxWidth", "900px"));
    }

    private static Component item(int index) {
        return Html.div(
                Html.button("Item " + index).id(Map.of("type", "item", "index", index)),
                Html.span().id(Map.of("type", "item-label", "index", index)).style(Map.of("margin", "0 12px")),
                Html.span().id(Map.of("type", "item-total", "index", index)).style(Map.of("color", "#555")));
    }

    private static Component row(String label, String id) {
        return Html.div(Html.button(label).id(id + "-btn"), Html.span().id(id).style(Map.of("marginLeft", "12px")));
    }

    private static Component section(String title, Object... children) {
        List<Object> all = new ArrayList<>();
        all.add(Html.h3(title));
        all.addAll(List.of(children));
        return Html.div(all.toArray()).style(SECTION);
    }

    private static Map<String, Object> figure() {
        List<Integer> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            x.add(i);
            y.add(Math.round(10 * (5 + 3 * Math.sin(i))) / 10.0);
        }
        return Map.of(
                "data",
                List.of(Map.of(
                        "type",
                        "scatter",
                        "mode",
                        "lines+markers",
                        "x",
                        x,
                        "y",
                        y,
                        "line",
                        Map.of("color", "#1f77b4"))),
                "layout",
                Map.of(
                        "title",
                        Map.of("text", "11 points"),
                        "margin",
                        Map.of("t", 40, "b", 30),
                        "legend",
                        Map.of("orientation", "h")));
    }

    /** Starts the app on port 8050 (or the first argument); {@code --debug} turns Dash's dev tools on. */
    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean debug = rest.remove("--debug") || Boolean.getBoolean("jdash.debug");
        int port = rest.isEmpty() ? DashServer.DEFAULT_PORT : Integer.parseInt(rest.get(0));
        DashServer.start(app(debug), port).join();
    }
}
