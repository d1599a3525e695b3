package io.jdash.server.components.html;

/** {@code <param>}: a parameter of an {@code <object>}. */
public final class Param extends HtmlComponent<Param> {

    /** An empty {@code <param>}. */
    public Param() {
        super("Param");
    }

    /** The name attribute. */
    public Param name(String value) {
        return prop("name", value);
    }

    /** The value attribute. */
    public Param value(String value) {
        return prop("value", value);
    }
}
