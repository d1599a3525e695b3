package io.jdash.server.components.html;

/** {@code <q>}: an inline quotation. */
public final class Q extends HtmlComponent<Q> {

    /** An empty {@code <q>}. */
    public Q() {
        super("Q");
    }

    /** The URL of the source of the quotation or change. */
    public Q cite(String value) {
        return prop("cite", value);
    }
}
