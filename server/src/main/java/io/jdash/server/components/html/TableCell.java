package io.jdash.server.components.html;

import io.jdash.server.components.HasProps;

/**
 * A table cell: the props {@code <td>} and {@code <th>} share.
 *
 * @param <T> the concrete element builder
 */
public interface TableCell<T> extends HasProps<T> {
    /** The number of columns the cell spans. */
    default T colSpan(int value) {
        return prop("colSpan", value);
    }

    /** The number of rows the cell spans. */
    default T rowSpan(int value) {
        return prop("rowSpan", value);
    }

    /** The ids of the header cells it belongs to. */
    default T headers(String value) {
        return prop("headers", value);
    }
}
