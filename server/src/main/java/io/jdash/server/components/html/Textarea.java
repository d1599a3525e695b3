package io.jdash.server.components.html;

/** {@code <textarea>}: a native multi-line text box (see also {@code Dcc.textarea()}). */
public final class Textarea extends HtmlComponent<Textarea> implements FormControl<Textarea> {

    /** An empty {@code <textarea>}. */
    public Textarea() {
        super("Textarea");
    }

    /** Whether the browser may fill it in ({@code on}, {@code off} or a token such as {@code email}). */
    public Textarea autoComplete(String value) {
        return prop("autoComplete", value);
    }

    /** The visible width in characters. */
    public Textarea cols(int value) {
        return prop("cols", value);
    }

    /** The virtual keyboard to show, e.g. {@code numeric}. */
    public Textarea inputMode(String value) {
        return prop("inputMode", value);
    }

    /** The maximum number of characters. */
    public Textarea maxLength(int value) {
        return prop("maxLength", value);
    }

    /** The minimum number of characters. */
    public Textarea minLength(int value) {
        return prop("minLength", value);
    }

    /** The hint shown while it is empty. */
    public Textarea placeholder(String value) {
        return prop("placeholder", value);
    }

    /** Requires a value before the form is submitted. */
    public Textarea required(boolean value) {
        return prop("required", value);
    }

    /** The number of visible text lines. */
    public Textarea rows(int value) {
        return prop("rows", value);
    }

    /** How text wraps when submitted: {@code soft} or {@code hard}. */
    public Textarea wrap(String value) {
        return prop("wrap", value);
    }
}
