package io.jdash.server.components.dcc;

import java.util.ArrayList;
import java.util.List;

/** {@code dcc.RangeSlider}: several handles; {@code value} is the list of their positions. */
public final class RangeSlider extends SliderComponent<RangeSlider> {

    /** A range slider with the default range. */
    public RangeSlider() {
        super("RangeSlider");
    }

    /** The handles' positions, e.g. {@code value(20, 80)}. */
    public RangeSlider value(double... values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return prop("value", list);
    }

    /** Lets handles cross each other. */
    public RangeSlider allowCross(boolean allow) {
        return prop("allowCross", allow);
    }

    /** Lets a handle push its neighbours. */
    public RangeSlider pushable(boolean pushable) {
        return prop("pushable", pushable);
    }

    /** Lets a handle push its neighbours, keeping at least {@code distance} between them. */
    public RangeSlider pushable(double distance) {
        return prop("pushable", distance);
    }

    /** The number of ranges (handles minus one). */
    public RangeSlider count(int ranges) {
        return prop("count", ranges);
    }
}
