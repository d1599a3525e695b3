package io.jdash.server.components.dcc;

import io.jdash.server.components.HasClassName;
import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Persistent;
import io.jdash.server.components.TypedComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The props {@link Slider} and {@link RangeSlider} share.
 *
 * @param <T> the concrete builder
 */
public abstract class SliderComponent<T extends SliderComponent<T>> extends TypedComponent<T>
        implements HasClassName<T>, Persistent<T> {

    /** When {@code value} changes. */
    public enum UpdateMode implements LowerCaseEnum {
        /** When the user lets go of the handle (the default); {@code drag_value} follows the drag. */
        MOUSEUP,
        /** Continuously while dragging. */
        DRAG
    }

    /** A slider component {@code type} of dcc. */
    protected SliderComponent(String type) {
        super(type, Namespaces.DCC);
    }

    /** The smallest value. */
    public T min(double min) {
        return prop("min", min);
    }

    /** The largest value. */
    public T max(double max) {
        return prop("max", max);
    }

    /** The step between values. */
    public T step(double step) {
        return prop("step", step);
    }

    /**
     * Labels at positions along the slider: each value is a String, or a {@link Map} with {@code label} and
     * {@code style}, e.g. {@code Map.of(0, "0 °C", 100, "100 °C")}.
     */
    public T marks(Map<? extends Number, ?> marks) {
        Map<String, Object> byPosition = new LinkedHashMap<>();
        marks.forEach((at, label) -> byPosition.put(
                new BigDecimal(at.toString()).stripTrailingZeros().toPlainString(), label));
        return prop("marks", byPosition);
    }

    /** Disables the slider. */
    public T disabled(boolean disabled) {
        return prop("disabled", disabled);
    }

    /** Shows a dot at every step. */
    public T dots(boolean dots) {
        return prop("dots", dots);
    }

    /** Highlights the track up to the value (on by default). */
    public T included(boolean included) {
        return prop("included", included);
    }

    /** Runs the slider from max to min. */
    public T reverse(boolean reverse) {
        return prop("reverse", reverse);
    }

    /** How the value is shown over the handle. */
    public T tooltip(SliderTooltip tooltip) {
        return prop("tooltip", tooltip);
    }

    /** When {@code value} changes. */
    public T updatemode(UpdateMode mode) {
        return prop("updatemode", mode);
    }

    /** Draws the slider vertically. */
    public T vertical(boolean vertical) {
        return prop("vertical", vertical);
    }

    /** The height in pixels of a vertical slider. */
    public T verticalHeight(int pixels) {
        return prop("verticalHeight", pixels);
    }

    /** Shows input boxes for typing values (on by default). */
    public T allowDirectInput(boolean allow) {
        return prop("allow_direct_input", allow);
    }
}
