package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.TypedComponent;

/** {@code dcc.Interval}: a timer that counts up {@code n_intervals}, to fire callbacks periodically. */
public final class Interval extends TypedComponent<Interval> {

    /** A timer firing every second. */
    public Interval() {
        super("Interval", Namespaces.DCC);
    }

    /** The period in milliseconds. */
    public Interval interval(long millis) {
        return prop("interval", millis);
    }

    /** Stops the timer. */
    public Interval disabled(boolean disabled) {
        return prop("disabled", disabled);
    }

    /** The count so far (usually 0). */
    public Interval nIntervals(int count) {
        return prop("n_intervals", count);
    }

    /** Stops after this many ticks; -1 (the default) never stops. */
    public Interval maxIntervals(int count) {
        return prop("max_intervals", count);
    }
}
