package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Persistent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;

/** {@code dcc.Textarea}: a multi-line text box; {@code value} follows the user's typing. */
public final class Textarea extends TypedComponent<Textarea> implements Styled<Textarea>, Persistent<Textarea> {

    /** An empty text area. */
    public Textarea() {
        super("Textarea", Namespaces.DCC);
    }

    /** The text. */
    public Textarea value(String value) {
        return prop("value", value);
    }

    /** The hint shown while it is empty. */
    public Textarea placeholder(String text) {
        return prop("placeholder", text);
    }

    /** The number of visible lines. */
    public Textarea rows(int rows) {
        return prop("rows", rows);
    }

    /** The visible width in characters. */
    public Textarea cols(int cols) {
        return prop("cols", cols);
    }

    /** Disables it. */
    public Textarea disabled(boolean disabled) {
        return prop("disabled", disabled);
    }

    /** Makes it read-only. */
    public Textarea readOnly(boolean readOnly) {
        return prop("readOnly", readOnly);
    }

    /** Requires a value. */
    public Textarea required(boolean required) {
        return prop("required", required);
    }

    /** The fewest characters allowed. */
    public Textarea minLength(int length) {
        return prop("minLength", length);
    }

    /** The most characters allowed. */
    public Textarea maxLength(int length) {
        return prop("maxLength", length);
    }

    /** The form field name. */
    public Textarea name(String name) {
        return prop("name", name);
    }

    /** How text wraps when submitted: {@code soft} or {@code hard}. */
    public Textarea wrap(String wrap) {
        return prop("wrap", wrap);
    }

    /** The tooltip text. */
    public Textarea title(String title) {
        return prop("title", title);
    }

    /** Whether the browser checks the spelling. */
    public Textarea spellCheck(boolean check) {
        return prop("spellCheck", check);
    }

    /** The number of clicks so far; usually left unset. */
    public Textarea nClicks(int clicks) {
        return prop("n_clicks", clicks);
    }

    /** The number of times it lost focus so far; usually left unset. */
    public Textarea nBlur(int count) {
        return prop("n_blur", count);
    }
}
