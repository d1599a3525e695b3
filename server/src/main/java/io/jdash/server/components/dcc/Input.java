package io.jdash.server.components.dcc;

import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Persistent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;

/**
 * {@code dcc.Input}: a text or number box; {@code value} follows the user's typing (see {@link #debounce}), and
 * {@code n_submit} counts the Enter key.
 */
public final class Input extends TypedComponent<Input> implements Styled<Input>, Persistent<Input> {

    /** The kind of input ({@code type}). */
    public enum Type implements LowerCaseEnum {
        /** Text (the default). */
        TEXT,
        /** A number; {@code value} is a number. */
        NUMBER,
        /** A password, masked. */
        PASSWORD,
        /** An e-mail address. */
        EMAIL,
        /** A range slider. */
        RANGE,
        /** A search box. */
        SEARCH,
        /** A telephone number. */
        TEL,
        /** A URL. */
        URL,
        /** Not shown. */
        HIDDEN
    }

    /** The virtual keyboard mobile browsers show ({@code inputMode}). */
    public enum Mode implements LowerCaseEnum {
        /** Alphanumeric, not prose (user names, codes). */
        VERBATIM,
        /** Latin script with typing aids. */
        LATIN,
        /** Latin script for names. */
        LATIN_NAME,
        /** Latin script for prose. */
        LATIN_PROSE,
        /** Full-width Latin. */
        FULL_WIDTH_LATIN,
        /** Kana or romaji. */
        KANA,
        /** Katakana. */
        KATAKANA,
        /** Digits. */
        NUMERIC,
        /** A telephone keypad. */
        TEL,
        /** An e-mail keyboard. */
        EMAIL,
        /** A URL keyboard. */
        URL
    }

    /** An empty text input. */
    public Input() {
        super("Input", Namespaces.DCC);
    }

    /** The text. */
    public Input value(String value) {
        return prop("value", value);
    }

    /** The number (with {@link Type#NUMBER}). */
    public Input value(Number value) {
        return prop("value", value);
    }

    /** The kind of input. */
    public Input type(Type type) {
        return prop("type", type);
    }

    /** With true, sends {@code value} only on Enter or when the input loses focus, not on every key. */
    public Input debounce(boolean debounce) {
        return prop("debounce", debounce);
    }

    /** Sends {@code value} once the user has stopped typing for this many seconds. */
    public Input debounce(double seconds) {
        return prop("debounce", seconds);
    }

    /** The hint shown while the input is empty. */
    public Input placeholder(String text) {
        return prop("placeholder", text);
    }

    /** The virtual keyboard mobile browsers show. */
    public Input inputMode(Mode mode) {
        return prop("inputMode", mode);
    }

    /** Whether the browser may fill it in ({@code on}, {@code off} or a token such as {@code email}). */
    public Input autoComplete(String hint) {
        return prop("autoComplete", hint);
    }

    /** Makes the input read-only. */
    public Input readOnly(boolean readOnly) {
        return prop("readOnly", readOnly);
    }

    /** Requires a value (for forms and the {@code :required} style). */
    public Input required(boolean required) {
        return prop("required", required);
    }

    /** Focuses the input when the page loads. */
    public Input autoFocus(boolean focus) {
        return prop("autoFocus", focus);
    }

    /** Disables the input. */
    public Input disabled(boolean disabled) {
        return prop("disabled", disabled);
    }

    /** The id of an {@code <datalist>} of suggestions. */
    public Input list(String datalistId) {
        return prop("list", datalistId);
    }

    /** Allows several values (e-mail inputs). */
    public Input multiple(boolean multiple) {
        return prop("multiple", multiple);
    }

    /** Whether the browser checks the spelling. */
    public Input spellCheck(boolean check) {
        return prop("spellCheck", check);
    }

    /** The form field name. */
    public Input name(String name) {
        return prop("name", name);
    }

    /** The smallest number (or date) allowed. */
    public Input min(Number min) {
        return prop("min", min);
    }

    /** The largest number (or date) allowed. */
    public Input max(Number max) {
        return prop("max", max);
    }

    /** The step between allowed numbers. */
    public Input step(Number step) {
        return prop("step", step);
    }

    /** The fewest characters allowed. */
    public Input minLength(int length) {
        return prop("minLength", length);
    }

    /** The most characters allowed. */
    public Input maxLength(int length) {
        return prop("maxLength", length);
    }

    /** A regular expression the value must match. */
    public Input pattern(String regex) {
        return prop("pattern", regex);
    }

    /** The visible width in characters. */
    public Input size(int characters) {
        return prop("size", String.valueOf(characters));
    }

    /** The number of times Enter was pressed so far; usually left unset. */
    public Input nSubmit(int count) {
        return prop("n_submit", count);
    }

    /** The number of times the input lost focus so far; usually left unset. */
    public Input nBlur(int count) {
        return prop("n_blur", count);
    }
}
