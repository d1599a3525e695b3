package io.jdash.server.components.html;

/** {@code <label>}: a caption for a form control. */
public final class Label extends HtmlComponent<Label> {

    /** An empty {@code <label>}. */
    public Label() {
        super("Label");
    }

    /** The id of the form control it labels. */
    public Label htmlFor(String value) {
        return prop("htmlFor", value);
    }
}
