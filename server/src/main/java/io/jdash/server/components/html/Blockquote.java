package io.jdash.server.components.html;

/** {@code <blockquote>}: a block quotation. */
public final class Blockquote extends HtmlComponent<Blockquote> {

    /** An empty {@code <blockquote>}. */
    public Blockquote() {
        super("Blockquote");
    }

    /** The URL of the source of the quotation or change. */
    public Blockquote cite(String value) {
        return prop("cite", value);
    }
}
