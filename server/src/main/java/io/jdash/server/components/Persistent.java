package io.jdash.server.components;

/**
 * A component whose user edits can survive a page reload ({@code persistence}, {@code persistence_type}).
 *
 * @param <T> the concrete builder
 */
public interface Persistent<T> extends HasProps<T> {
    /** Keeps the user's edits across reloads while this is true. */
    default T persistence(boolean persist) {
        return prop("persistence", persist);
    }

    /** Keeps the user's edits across reloads while {@code key} stays the same; a new key drops them. */
    default T persistence(String key) {
        return prop("persistence", key);
    }

    /** Where kept edits are stored (the default is {@link StorageType#LOCAL}). */
    default T persistenceType(StorageType type) {
        return prop("persistence_type", type);
    }
}
