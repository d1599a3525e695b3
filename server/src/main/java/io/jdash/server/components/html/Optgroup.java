package io.jdash.server.components.html;

/** {@code <optgroup>}: a group of options in a {@code <select>}. */
public final class Optgroup extends HtmlComponent<Optgroup> {

    /** An empty {@code <optgroup>}. */
    public Optgroup() {
        super("Optgroup");
    }

    /** Disables it. */
    public Optgroup disabled(boolean value) {
        return prop("disabled", value);
    }

    /** The label shown. */
    public Optgroup label(String value) {
        return prop("label", value);
    }
}
