package io.jdash.samples.features;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;
import io.jdash.api.NoUpdate;
import io.jdash.api.Patch;
import io.jdash.api.PreventUpdate;
import java.util.ArrayList;
import java.util.List;

/** The callbacks of the features tour; each shows one part of the Dash protocol, in the browser or on the server. */
public final class FeaturesCallbacks {
    private FeaturesCallbacks() {}

    /** ALL in the browser: one label per item, recomputed when items appear. */
    @Clientside
    @Callback(
            outputs = "{\"index\":[\"ALL\"],\"type\":\"item-label\"}.children",
            inputs = "{\"index\":[\"ALL\"],\"type\":\"item\"}.n_clicks")
    public static List<String> itemLabels(List<Integer> clicks) {
        List<String> labels = new ArrayList<>();
        for (Integer c : clicks) {
            labels.add(c == null ? "not clicked" : "clicked " + c + (c == 1 ? " time" : " times"));
        }
        return labels;
    }

    /** MATCH with ALLSMALLER on the server: each item's running total of clicks up to it. */
    @Callback(
            outputs = "{\"index\":[\"MATCH\"],\"type\":\"item-total\"}.children",
            inputs = {
                "{\"index\":[\"ALLSMALLER\"],\"type\":\"item\"}.n_clicks",
                "{\"index\":[\"MATCH\"],\"type\":\"item\"}.n_clicks"
            })
    public static String runningTotal(List<Integer> before, Integer mine) {
        int total = mine == null ? 0 : mine;
        for (Integer c : before) {
            total += c == null ? 0 : c;
        }
        return "running total " + total + " (server)";
    }

    /** Patch from the server: appends one point to the figure the browser already has. */
    @Callback(outputs = "chart.figure", inputs = "add-point.n_clicks", preventInitialCall = true)
    public static Patch addPoint(Integer clicks) {
        if (clicks == null) {
            throw new PreventUpdate();
        }
        double y = Math.round(10 * (5 + 3 * Math.sin(clicks))) / 10.0;
        return Patch.create()
                .append(List.of("data", 0, "x"), 10 + clicks)
                .append(List.of("data", 0, "y"), y)
                .assign(List.of("layout", "title", "text"), (11 + clicks) + " points");
    }

    /** Patch in the browser: recolours the line without sending the figure anywhere. */
    @Clientside
    @Callback(outputs = "chart.figure@allow_duplicate", inputs = "recolor.n_clicks", preventInitialCall = true)
    public static Patch recolor(Integer clicks) {
        if (clicks == null) {
            throw new PreventUpdate();
        }
        String[] colors = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};
        return Patch.create().assign(List.of("data", 0, "line", "color"), colors[clicks % colors.length]);
    }

    /** One of two writers of {@code counter.children}: counts up in the browser. */
    @Clientside
    @Callback(outputs = "counter.children", inputs = "counter-up.n_clicks", state = "counter.children")
    public static Object countUp(Integer clicks, String current) {
        if (clicks == null) {
            return "0";
        }
        return String.valueOf(Integer.parseInt(current == null ? "0" : current) + 1);
    }

    /** The other writer of {@code counter.children} (allow_duplicate): resets it on the server. */
    @Callback(
            outputs = "counter.children@allow_duplicate",
            inputs = "counter-reset.n_clicks",
            preventInitialCall = true)
    public static Object reset(Integer clicks) {
        return clicks == null ? NoUpdate.VALUE : "0";
    }

    /** The same trivial callback as {@link #viaServer} and the hand-written one, compiled to the browser. */
    @Clientside
    @Callback(outputs = "same-compiled.children", inputs = "same-compiled-btn.n_clicks")
    public static String viaCompiled(Integer clicks) {
        return "clicked " + (clicks == null ? 0 : clicks);
    }

    /** The same trivial callback, on the server. */
    @Callback(outputs = "same-server.children", inputs = "same-server-btn.n_clicks")
    public static String viaServer(Integer clicks) {
        return "clicked " + (clicks == null ? 0 : clicks);
    }

    /**
     * Parses the quantity on the server. {@code "12x"} is not a number, so {@link Integer#parseInt} throws: in
     * production the page gets the callback's name and an error id (the log has the stack), with {@code debug} Dash's
     * error popup shows the exception and this method's line.
     */
    @Callback(
            outputs = "parsed.children",
            inputs = "parse-btn.n_clicks",
            state = "quantity.value",
            preventInitialCall = true)
    public static String parseQuantity(Integer clicks, String quantity) {
        int parsed = Integer.parseInt(quantity.strip());
        return "parsed " + parsed;
    }

    /**
     * Doubles a whole number on the server. The field lets the user type {@code 2.5}, which an {@code Integer}
     * cannot take: the server answers with an error naming the component and property, without calling this.
     */
    @Callback(outputs = "doubled.children", inputs = "whole.value")
    public static String doubleIt(Integer whole) {
        return whole == null ? "" : "twice that is " + (2 * whole);
    }

    /**
     * Error handling in the browser: ordering a negative quantity throws on purpose. With the app in debug mode
     * Dash's error popup shows the Java exception and the Java lines it came from (the bundle's source map).
     */
    @Clientside
    @Callback(
            outputs = "order-status.children",
            inputs = "order-btn.n_clicks",
            state = "order-quantity.value",
            preventInitialCall = true)
    public static String placeOrder(Integer clicks, Integer quantity) {
        return "ordered " + checkedQuantity(quantity == null ? 0 : quantity) + " items";
    }

    static int checkedQuantity(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, got " + quantity); // order-check
        }
        return quantity;
    }
}
