package io.jdash.server.components.html;

/** {@code <progress>}: a progress bar. */
public final class Progress extends HtmlComponent<Progress> {

    /** An empty {@code <progress>}. */
    public Progress() {
        super("Progress");
    }

    /** The upper bound. */
    public Progress max(double value) {
        return prop("max", value);
    }

    /** The value attribute. */
    public Progress value(double value) {
        return prop("value", String.valueOf(value));
    }
}
