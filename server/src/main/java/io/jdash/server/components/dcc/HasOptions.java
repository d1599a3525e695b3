package io.jdash.server.components.dcc;

import io.jdash.server.components.HasProps;
import java.util.List;

/**
 * A component with {@code options}: {@link Dropdown}, {@link Checklist} and {@link RadioItems}.
 *
 * @param <T> the concrete builder
 */
public interface HasOptions<T> extends HasProps<T> {
    /** The options, in order. */
    default T options(Option... options) {
        return prop("options", List.of(options));
    }

    /** The options, in order. */
    default T options(List<Option> options) {
        return prop("options", options);
    }

    /** Options whose labels are their values. */
    default T options(String... values) {
        return prop("options", List.of(values));
    }
}
