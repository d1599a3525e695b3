package io.jdash.server.components.html;

import io.jdash.server.components.HasProps;

/**
 * A form control: the props {@code <button>}, {@code <select>} and {@code <textarea>} share.
 *
 * @param <T> the concrete element builder
 */
public interface FormControl<T> extends HasProps<T> {
    /** Focuses it when the page loads. */
    default T autoFocus(boolean value) {
        return prop("autoFocus", value);
    }

    /** Disables it. */
    default T disabled(boolean value) {
        return prop("disabled", value);
    }

    /** The id of the form it belongs to. */
    default T form(String value) {
        return prop("form", value);
    }

    /** The name attribute. */
    default T name(String value) {
        return prop("name", value);
    }
}
