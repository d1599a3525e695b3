package io.jdash.server.components.html;

/** {@code <embed>}: embedded external content. */
public final class Embed extends HtmlComponent<Embed> implements Sized<Embed> {

    /** An empty {@code <embed>}. */
    public Embed() {
        super("Embed");
    }

    /** The URL of the resource. */
    public Embed src(String value) {
        return prop("src", value);
    }

    /** The type attribute. */
    public Embed type(String value) {
        return prop("type", value);
    }
}
