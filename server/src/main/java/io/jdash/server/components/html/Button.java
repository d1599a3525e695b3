package io.jdash.server.components.html;

/** {@code <button>}: a button; its clicks count in {@code n_clicks}. */
public final class Button extends HtmlComponent<Button> implements FormControl<Button> {

    /** An empty {@code <button>}. */
    public Button() {
        super("Button");
    }

    /** The URL the form is submitted to by this button. */
    public Button formAction(String value) {
        return prop("formAction", value);
    }

    /** The encoding of the form submitted by this button. */
    public Button formEncType(String value) {
        return prop("formEncType", value);
    }

    /** The HTTP method of the form submitted by this button. */
    public Button formMethod(String value) {
        return prop("formMethod", value);
    }

    /** Submits the form without validating it. */
    public Button formNoValidate(boolean value) {
        return prop("formNoValidate", value);
    }

    /** Where the response of the form submitted by this button is shown. */
    public Button formTarget(String value) {
        return prop("formTarget", value);
    }

    /** The type attribute. */
    public Button type(String value) {
        return prop("type", value);
    }

    /** The value attribute. */
    public Button value(String value) {
        return prop("value", value);
    }
}
