package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dcc.Graph}: a Plotly chart. The figure is plotly.js JSON: {@code data} (the traces) and {@code layout}.
 *
 * <pre>{@code
 * Dcc.graph().id("sales").figure(List.of(Map.of("type", "bar", "x", months, "y", totals)),
 *         Map.of("title", Map.of("text", "Sales")))
 * }</pre>
 */
public final class Graph extends TypedComponent<Graph> implements Styled<Graph> {

    /** An empty graph. */
    public Graph() {
        super("Graph", Namespaces.DCC);
    }

    /** The figure: a map with {@code data}, {@code layout} and optionally {@code frames}, as plotly.js takes it. */
    public Graph figure(Map<String, ?> figure) {
        return prop("figure", figure);
    }

    /** The figure of these traces and this layout. */
    public Graph figure(List<? extends Map<String, ?>> data, Map<String, ?> layout) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("data", data);
        figure.put("layout", layout);
        return prop("figure", figure);
    }

    /** Plotly's config: the mode bar, zooming, editing. */
    public Graph config(GraphConfig config) {
        return prop("config", config);
    }

    /** Resizes the plot with its container (by default only when the figure's layout has no size). */
    public Graph responsive(boolean responsive) {
        return prop("responsive", responsive);
    }

    /** Clears {@code hoverData} when the mouse leaves the points. */
    public Graph clearOnUnhover(boolean clear) {
        return prop("clear_on_unhover", clear);
    }

    /** Animates between figures. */
    public Graph animate(boolean animate) {
        return prop("animate", animate);
    }

    /** Plotly's animation options, e.g. {@code Map.of("transition", Map.of("duration", 500))}. */
    public Graph animationOptions(Map<String, ?> options) {
        return prop("animation_options", options);
    }

    /** Renders LaTeX in labels with MathJax. */
    public Graph mathjax(boolean mathjax) {
        return prop("mathjax", mathjax);
    }
}
