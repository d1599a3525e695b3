package io.jdash.server.components;

/**
 * A component with a {@code className} prop.
 *
 * @param <T> the concrete builder
 */
public interface HasClassName<T> extends HasProps<T> {
    /** CSS class names of the component's root element. */
    default T className(String className) {
        return prop("className", className);
    }
}
