package io.jdash.server.components.dcc;

import io.jdash.server.components.Persistent;
import io.jdash.server.components.Styled;
import java.util.Map;

/**
 * The props {@link Checklist} and {@link RadioItems} share: options shown as a list of inputs with labels.
 *
 * @param <T> the concrete builder
 */
public interface ChoiceList<T> extends HasOptions<T>, Styled<T>, Persistent<T> {
    /** Lays the options out in a row instead of a column. */
    default T inline(boolean inline) {
        return prop("inline", inline);
    }

    /** The style of each input element. */
    default T inputStyle(Map<String, ?> style) {
        return prop("inputStyle", style);
    }

    /** The class of each input element. */
    default T inputClassName(String className) {
        return prop("inputClassName", className);
    }

    /** The style of each label. */
    default T labelStyle(Map<String, ?> style) {
        return prop("labelStyle", style);
    }

    /** The class of each label. */
    default T labelClassName(String className) {
        return prop("labelClassName", className);
    }
}
