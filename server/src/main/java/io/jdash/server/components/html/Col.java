package io.jdash.server.components.html;

/** {@code <col>}: a table column. */
public final class Col extends HtmlComponent<Col> {

    /** An empty {@code <col>}. */
    public Col() {
        super("Col");
    }

    /** The number of columns it spans. */
    public Col span(int value) {
        return prop("span", String.valueOf(value));
    }
}
