package io.jdash.server.components.html;

/** {@code <option>}: an option of a {@code <select>} or {@code <datalist>}. */
public final class Option extends HtmlComponent<Option> {

    /** An empty {@code <option>}. */
    public Option() {
        super("Option");
    }

    /** Disables it. */
    public Option disabled(boolean value) {
        return prop("disabled", value);
    }

    /** The label shown. */
    public Option label(String value) {
        return prop("label", value);
    }

    /**
     * Whether it is selected initially. React's development build (Dash's debug mode) warns about {@code selected}
     * on an option; for a choice that callbacks read, use {@code Dcc.dropdown}.
     */
    public Option selected(boolean value) {
        return prop("selected", value);
    }

    /** The value attribute. */
    public Option value(String value) {
        return prop("value", value);
    }
}
