package io.jdash.server.components.dcc;

import io.jdash.server.components.PropObject;
import io.jdash.server.components.PropValue;
import java.util.Map;

/** How a {@link Slider} or {@link RangeSlider} shows its value: {@code new SliderTooltip().alwaysVisible(true)}. */
public final class SliderTooltip extends PropObject<SliderTooltip> {

    /** Where the tooltip sits relative to the handle. */
    public enum Placement implements PropValue {
        /** Left. */
        LEFT("left"),
        /** Right. */
        RIGHT("right"),
        /** Above. */
        TOP("top"),
        /** Below. */
        BOTTOM("bottom"),
        /** Above, to the left. */
        TOP_LEFT("topLeft"),
        /** Above, to the right. */
        TOP_RIGHT("topRight"),
        /** Below, to the left. */
        BOTTOM_LEFT("bottomLeft"),
        /** Below, to the right. */
        BOTTOM_RIGHT("bottomRight");

        private final String value;

        Placement(String value) {
            this.value = value;
        }

        @Override
        public Object jsonValue() {
            return value;
        }
    }

    /** Shows the tooltip always, not only on hover. */
    public SliderTooltip alwaysVisible(boolean always) {
        return put("always_visible", always);
    }

    /** Where the tooltip sits. */
    public SliderTooltip placement(Placement placement) {
        return put("placement", placement);
    }

    /** The text, with {@code {value}} standing for the value, e.g. {@code "{value} °C"}. */
    public SliderTooltip template(String template) {
        return put("template", template);
    }

    /** The tooltip's style. */
    public SliderTooltip style(Map<String, ?> style) {
        return put("style", style);
    }

    /** The name of a function in {@code window.dccFunctions} that formats the value. */
    public SliderTooltip transform(String functionName) {
        return put("transform", functionName);
    }
}
