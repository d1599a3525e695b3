package io.jdash.server.components.html;

/** {@code <meta>}: document metadata. */
public final class Meta extends HtmlComponent<Meta> {

    /** An empty {@code <meta>}. */
    public Meta() {
        super("Meta");
    }

    /** The character encoding of the document. */
    public Meta charSet(String value) {
        return prop("charSet", value);
    }

    /** The value of the metadata. */
    public Meta content(String value) {
        return prop("content", value);
    }

    /** The HTTP header the metadata stands for. */
    public Meta httpEquiv(String value) {
        return prop("httpEquiv", value);
    }

    /** The name attribute. */
    public Meta name(String value) {
        return prop("name", value);
    }
}
