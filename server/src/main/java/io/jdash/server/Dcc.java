package io.jdash.server;

import java.util.List;
import java.util.Map;

/** Builders for dash-core-components; {@link #component} for any component not listed. */
public final class Dcc {
    /** The namespace of dash-core-components. */
    public static final String NAMESPACE = "dash_core_components";

    private Dcc() {
    }

    /** Any dcc component by its React name, e.g. {@code component("Clipboard")}. */
    public static Component component(String type) {
        return new Component(type, NAMESPACE);
    }

    /** A text (or number) input: {@code value}, {@code type}, {@code debounce}. */
    public static Component input() {
        return component("Input");
    }

    /** A Plotly graph: {@code figure}, {@code config}. */
    public static Component graph() {
        return component("Graph");
    }

    /** A dropdown: {@code options}, {@code value}, {@code multi}. */
    public static Component dropdown(List<?> options) {
        return component("Dropdown").prop("options", options);
    }

    /** A slider. */
    public static Component slider(double min, double max, double value) {
        return component("Slider").prop("min", min).prop("max", max).prop("value", value);
    }

    /** Browser-side storage of data for callbacks: {@code data}, {@code storage_type}. */
    public static Component store(Object data) {
        return component("Store").prop("data", data);
    }

    /** A timer that increments {@code n_intervals}. */
    public static Component interval(long millis) {
        return component("Interval").prop("interval", millis);
    }

    /** Markdown text. */
    public static Component markdown(String text) {
        return component("Markdown").prop("children", text);
    }

    /** An option for dropdowns, checklists and radio items. */
    public static Map<String, Object> option(String label, Object value) {
        return Map.of("label", label, "value", value);
    }
}
