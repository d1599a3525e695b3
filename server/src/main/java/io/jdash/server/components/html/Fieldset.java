package io.jdash.server.components.html;

/** {@code <fieldset>}: a group of form controls. */
public final class Fieldset extends HtmlComponent<Fieldset> {

    /** An empty {@code <fieldset>}. */
    public Fieldset() {
        super("Fieldset");
    }

    /** Disables it. */
    public Fieldset disabled(boolean value) {
        return prop("disabled", value);
    }

    /** The id of the form it belongs to. */
    public Fieldset form(String value) {
        return prop("form", value);
    }

    /** The name attribute. */
    public Fieldset name(String value) {
        return prop("name", value);
    }
}
