package io.jdash.server.components.html;

/** {@code <select>}: a native drop-down list (see also {@code Dcc.dropdown()}). */
public final class Select extends HtmlComponent<Select> implements FormControl<Select> {

    /** An empty {@code <select>}. */
    public Select() {
        super("Select");
    }

    /** Whether the browser may fill it in ({@code on}, {@code off} or a token such as {@code email}). */
    public Select autoComplete(String value) {
        return prop("autoComplete", value);
    }

    /** Allows selecting several options. */
    public Select multiple(boolean value) {
        return prop("multiple", value);
    }

    /** Requires a value before the form is submitted. */
    public Select required(boolean value) {
        return prop("required", value);
    }

    /** The number of visible options. */
    public Select size(int value) {
        return prop("size", value);
    }
}
