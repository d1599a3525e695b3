package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.TypedComponent;

/** {@code dcc.Geolocation}: the browser's position as props ({@code position}, {@code local_date}...). */
public final class Geolocation extends TypedComponent<Geolocation> {

    /** The browser's position. */
    public Geolocation() {
        super("Geolocation", Namespaces.DCC);
    }

    /** Asks for the most accurate position (slower, more power). */
    public Geolocation highAccuracy(boolean high) {
        return prop("high_accuracy", high);
    }

    /** Accepts a cached position at most this many milliseconds old. */
    public Geolocation maximumAge(int millis) {
        return prop("maximum_age", millis);
    }

    /** Gives up after this many milliseconds. */
    public Geolocation timeout(int millis) {
        return prop("timeout", millis);
    }

    /** Shows an alert when the position cannot be read. */
    public Geolocation showAlert(boolean show) {
        return prop("show_alert", show);
    }

    /** Reads the position now (callbacks set it). */
    public Geolocation updateNow(boolean update) {
        return prop("update_now", update);
    }
}
