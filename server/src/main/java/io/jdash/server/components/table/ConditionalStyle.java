package io.jdash.server.components.table;

import io.jdash.server.components.PropObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A style that applies to the cells matching a condition ({@code if}); the subclasses hold the conditions each part
 * of the table supports.
 *
 * @param <T> the concrete builder
 */
public abstract class ConditionalStyle<T extends ConditionalStyle<T>> extends PropObject<T> {
    private final Map<String, Object> condition = new LinkedHashMap<>();

    /** Adds {@code key} to the condition. */
    protected final T when(String key, Object value) {
        condition.put(key, value);
        return put("if", new LinkedHashMap<>(condition));
    }

    /** Applies to these columns only. */
    public T column(String... columnIds) {
        return when("column_id", columnIds.length == 1 ? columnIds[0] : List.of(columnIds));
    }

    /** Applies to the columns of this type only. */
    public T columnType(Column.Type type) {
        return when("column_type", type.jsonValue());
    }

    /** The CSS of the matching cells, in React's camelCase form, e.g. {@code Map.of("color", "red")}. */
    public T style(Map<String, ?> css) {
        css.forEach(this::put);
        return self();
    }
}
