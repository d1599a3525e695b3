package io.jdash.server.components.html;

/** {@code <ins>}: inserted text. */
public final class Ins extends HtmlComponent<Ins> {

    /** An empty {@code <ins>}. */
    public Ins() {
        super("Ins");
    }

    /** The URL of the source of the quotation or change. */
    public Ins cite(String value) {
        return prop("cite", value);
    }

    /** The machine-readable date and time, e.g. {@code 2024-05-01}. */
    public Ins dateTime(String value) {
        return prop("dateTime", value);
    }
}
