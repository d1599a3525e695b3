package io.jdash.server.components;

import io.jdash.server.Component;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typed prop value (an option, a table column, an enum constant) that stands for the plain JSON value Dash
 * receives. Components store the JSON value, so a layout serializes the same whether Jackson writes it (page load)
 * or a callback returns it.
 */
public interface PropValue {
    /** The value as Dash receives it: a string, number, boolean, list, map or component. */
    Object jsonValue();

    /**
     * {@code value} with every {@link PropValue} in it, also inside lists and maps, replaced by its JSON value;
     * anything else is returned as it is.
     */
    static Object toJson(Object value) {
        if (value instanceof PropValue p) {
            return toJson(p.jsonValue());
        }
        if (value instanceof Component) {
            return value;
        }
        if (value instanceof Collection<?> c && c.stream().anyMatch(PropValue::needsConversion)) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(e -> out.add(toJson(e)));
            return out;
        }
        if (value instanceof Map<?, ?> m && m.values().stream().anyMatch(PropValue::needsConversion)) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, toJson(v)));
            return out;
        }
        return value;
    }

    private static boolean needsConversion(Object value) {
        return value instanceof PropValue
                || value instanceof Collection<?> c && c.stream().anyMatch(PropValue::needsConversion)
                || value instanceof Map<?, ?> m && m.values().stream().anyMatch(PropValue::needsConversion);
    }
}
