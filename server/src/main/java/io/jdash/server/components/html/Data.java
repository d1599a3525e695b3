package io.jdash.server.components.html;

/** {@code <data>}: content with a machine-readable value. */
public final class Data extends HtmlComponent<Data> {

    /** An empty {@code <data>}. */
    public Data() {
        super("Data");
    }

    /** The value attribute. */
    public Data value(String value) {
        return prop("value", value);
    }
}
