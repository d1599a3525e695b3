package io.jdash.server.components.html;

/** {@code <time>}: a date or time. */
public final class Time extends HtmlComponent<Time> {

    /** An empty {@code <time>}. */
    public Time() {
        super("Time");
    }

    /** The machine-readable date and time, e.g. {@code 2024-05-01}. */
    public Time dateTime(String value) {
        return prop("dateTime", value);
    }
}
