package io.jdash.server.components;

import java.util.Map;

/**
 * A component with {@code style} and {@code className} props.
 *
 * @param <T> the concrete builder
 */
public interface Styled<T> extends HasClassName<T> {
    /** Inline style in React's camelCase form, e.g. {@code Map.of("fontSize", "14px")}. */
    default T style(Map<String, ?> style) {
        return prop("style", style);
    }
}
