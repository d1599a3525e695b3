package io.jdash.server.components;

/**
 * Something with props set fluently; the mixins of typed setters ({@link Styled}, {@link Parent}...) build on it.
 *
 * @param <T> the concrete type the setters return
 */
public interface HasProps<T> {
    /** Sets any prop. */
    T prop(String name, Object value);
}
