package io.jdash.server.components;

import io.jdash.server.Component;
import java.util.Map;

/**
 * The base of the typed component builders: {@link #prop} and {@link #id} return the concrete builder, so typed
 * setters chain in any order ({@code Dcc.dropdown().id("country").options(...).value("FR")}).
 *
 * @param <T> the concrete builder
 */
public abstract class TypedComponent<T extends TypedComponent<T>> extends Component implements HasProps<T> {

    /** A component {@code type} of the library whose global is {@code namespace}. */
    protected TypedComponent(String type, String namespace) {
        super(type, namespace);
    }

    @Override
    public T prop(String name, Object value) {
        super.prop(name, value);
        return self();
    }

    @Override
    public T id(String id) {
        return prop("id", id);
    }

    @Override
    public T id(Map<String, ?> id) {
        return prop("id", patternId(id));
    }

    /** This builder as its concrete type. */
    @SuppressWarnings("unchecked")
    protected final T self() {
        return (T) this;
    }
}
