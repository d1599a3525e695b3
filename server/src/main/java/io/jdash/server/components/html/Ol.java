package io.jdash.server.components.html;

/** {@code <ol>}: an ordered list. */
public final class Ol extends HtmlComponent<Ol> {

    /** An empty {@code <ol>}. */
    public Ol() {
        super("Ol");
    }

    /** Numbers the items in descending order. */
    public Ol reversed(boolean value) {
        return prop("reversed", value);
    }

    /** The number of the first item. */
    public Ol start(int value) {
        return prop("start", String.valueOf(value));
    }

    /** The type attribute. */
    public Ol type(String value) {
        return prop("type", value);
    }
}
