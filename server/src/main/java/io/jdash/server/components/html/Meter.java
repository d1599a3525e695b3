package io.jdash.server.components.html;

/** {@code <meter>}: a scalar value within a known range. */
public final class Meter extends HtmlComponent<Meter> {

    /** An empty {@code <meter>}. */
    public Meter() {
        super("Meter");
    }

    /** The lower bound of the high range. */
    public Meter high(double value) {
        return prop("high", String.valueOf(value));
    }

    /** The upper bound of the low range. */
    public Meter low(double value) {
        return prop("low", String.valueOf(value));
    }

    /** The upper bound. */
    public Meter max(double value) {
        return prop("max", value);
    }

    /** The lower bound. */
    public Meter min(double value) {
        return prop("min", value);
    }

    /** The optimal value. */
    public Meter optimum(double value) {
        return prop("optimum", String.valueOf(value));
    }

    /** The value attribute. */
    public Meter value(double value) {
        return prop("value", String.valueOf(value));
    }
}
