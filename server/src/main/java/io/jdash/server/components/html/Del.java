package io.jdash.server.components.html;

/** {@code <del>}: deleted text. */
public final class Del extends HtmlComponent<Del> {

    /** An empty {@code <del>}. */
    public Del() {
        super("Del");
    }

    /** The URL of the source of the quotation or change. */
    public Del cite(String value) {
        return prop("cite", value);
    }

    /** The machine-readable date and time, e.g. {@code 2024-05-01}. */
    public Del dateTime(String value) {
        return prop("dateTime", value);
    }
}
