package io.jdash.server.components.dcc;

import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Parent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;

/** {@code dcc.Button}: a styled button; clicks count in {@code n_clicks}. */
public final class Button extends TypedComponent<Button> implements Styled<Button>, Parent<Button> {

    /** What the button does in a form. */
    public enum Type implements LowerCaseEnum {
        /** Submits the form. */
        SUBMIT,
        /** Resets the form. */
        RESET,
        /** Nothing but counting clicks (the default). */
        BUTTON
    }

    /** A button without a label. */
    public Button() {
        super("Button", Namespaces.DCC);
    }

    /** What it does in a form. */
    public Button type(Type type) {
        return prop("type", type);
    }

    /** Disables it. */
    public Button disabled(boolean disabled) {
        return prop("disabled", disabled);
    }

    /** Focuses it when the page loads. */
    public Button autoFocus(boolean focus) {
        return prop("autoFocus", focus);
    }

    /** The form field name. */
    public Button name(String name) {
        return prop("name", name);
    }

    /** The form field value. */
    public Button value(String value) {
        return prop("value", value);
    }

    /** The tooltip text. */
    public Button title(String title) {
        return prop("title", title);
    }

    /** The number of clicks so far; usually left unset. */
    public Button nClicks(int clicks) {
        return prop("n_clicks", clicks);
    }
}
