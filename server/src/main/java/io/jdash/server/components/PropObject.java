package io.jdash.server.components;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A typed builder of an object-valued prop (a table column, a graph config): fluent setters put keys, and Dash
 * receives the map of the keys set.
 *
 * @param <T> the concrete builder
 */
public abstract class PropObject<T extends PropObject<T>> implements PropValue {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Sets {@code key}; {@code null} removes it. */
    protected final T put(String key, Object value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, PropValue.toJson(value));
        }
        return self();
    }

    /** This builder as its concrete type. */
    @SuppressWarnings("unchecked")
    protected final T self() {
        return (T) this;
    }

    @Override
    public Map<String, Object> jsonValue() {
        return new LinkedHashMap<>(values);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + values;
    }
}
