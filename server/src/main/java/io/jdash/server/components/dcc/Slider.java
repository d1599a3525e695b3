package io.jdash.server.components.dcc;

/** {@code dcc.Slider}: one handle; {@code value} is a number. */
public final class Slider extends SliderComponent<Slider> {

    /** A slider with the default range. */
    public Slider() {
        super("Slider");
    }

    /** The selected value. */
    public Slider value(double value) {
        return prop("value", value);
    }
}
