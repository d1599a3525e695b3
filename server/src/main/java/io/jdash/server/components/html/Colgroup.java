package io.jdash.server.components.html;

/** {@code <colgroup>}: a group of table columns. */
public final class Colgroup extends HtmlComponent<Colgroup> {

    /** An empty {@code <colgroup>}. */
    public Colgroup() {
        super("Colgroup");
    }

    /** The number of columns it spans. */
    public Colgroup span(int value) {
        return prop("span", String.valueOf(value));
    }
}
