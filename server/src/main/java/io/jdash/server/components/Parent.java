package io.jdash.server.components;

import java.util.Arrays;

/**
 * A component with a {@code children} prop.
 *
 * @param <T> the concrete builder
 */
public interface Parent<T> extends HasProps<T> {
    /** The children: text, numbers, components or a mix; one child, or a list of them. */
    default T children(Object... children) {
        return prop("children", children.length == 1 ? children[0] : Arrays.asList(children));
    }
}
