package io.jdash.server.components.html;

/** {@code <li>}: a list item. */
public final class Li extends HtmlComponent<Li> {

    /** An empty {@code <li>}. */
    public Li() {
        super("Li");
    }

    /** The value attribute. */
    public Li value(int value) {
        return prop("value", String.valueOf(value));
    }
}
