package io.jdash.server.components.html;

/** {@code <output>}: the result of a calculation. */
public final class Output extends HtmlComponent<Output> {

    /** An empty {@code <output>}. */
    public Output() {
        super("Output");
    }

    /** The id of the form control it labels. */
    public Output htmlFor(String value) {
        return prop("htmlFor", value);
    }

    /** The id of the form it belongs to. */
    public Output form(String value) {
        return prop("form", value);
    }

    /** The name attribute. */
    public Output name(String value) {
        return prop("name", value);
    }
}
