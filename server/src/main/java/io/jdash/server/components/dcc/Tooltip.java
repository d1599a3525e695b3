package io.jdash.server.components.dcc;

import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Parent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;
import java.util.Map;

/** {@code dcc.Tooltip}: a tooltip at a bounding box, e.g. a graph's hovered point ({@code hoverData}). */
public final class Tooltip extends TypedComponent<Tooltip> implements Styled<Tooltip>, Parent<Tooltip> {

    /** Where the tooltip points from. */
    public enum Direction implements LowerCaseEnum {
        /** Above. */
        TOP,
        /** To the right (the default). */
        RIGHT,
        /** Below. */
        BOTTOM,
        /** To the left. */
        LEFT
    }

    /** A hidden tooltip. */
    public Tooltip() {
        super("Tooltip", Namespaces.DCC);
    }

    /** Shows it. */
    public Tooltip show(boolean show) {
        return prop("show", show);
    }

    /** The box it points at, in pixels relative to its parent. */
    public Tooltip bbox(double x0, double y0, double x1, double y1) {
        return prop("bbox", Map.of("x0", x0, "y0", y0, "x1", x1, "y1", y1));
    }

    /** Where it points from. */
    public Tooltip direction(Direction direction) {
        return prop("direction", direction);
    }

    /** The border's CSS colour. */
    public Tooltip borderColor(String color) {
        return prop("border_color", color);
    }

    /** The background's CSS colour. */
    public Tooltip backgroundColor(String color) {
        return prop("background_color", color);
    }

    /** The text while its content is loading. */
    public Tooltip loadingText(String text) {
        return prop("loading_text", text);
    }

    /** Its CSS z-index. */
    public Tooltip zindex(int zIndex) {
        return prop("zindex", zIndex);
    }

    /** Lets the mouse enter it (for links in it). */
    public Tooltip targetable(boolean targetable) {
        return prop("targetable", targetable);
    }
}
