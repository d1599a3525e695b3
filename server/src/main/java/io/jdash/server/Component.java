package io.jdash.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jdash.server.components.PropValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a Dash layout: a React component of a component library ({@code type} in {@code namespace}) with its
 * props. Serialized as Dash expects: {@code {"type": "Div", "namespace": "dash_html_components", "props": {...}}}.
 *
 * <p>This is the type of any node. The builders of {@link Html}, {@link Dcc} and {@link DashTable} return subclasses
 * with typed setters for the props each component really has; {@code new Component(type, namespace).prop(...)} builds
 * a component of any library, and {@link Dcc#component}/{@link Html#element} one without a typed builder.
 *
 * <pre>{@code
 * Component page = Html.div(Html.h1("Sales"), Dcc.input().id("name").value("world"))
 *         .style(Map.of("padding", "16px"));
 * }</pre>
 */
@JsonPropertyOrder({"type", "namespace", "props"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Component {
    private final String type;
    private final String namespace;
    private final Map<String, Object> props = new LinkedHashMap<>();

    /** A component of any library: its React name and the global its bundle defines. */
    public Component(String type, String namespace) {
        this.type = type;
        this.namespace = namespace;
    }

    /** The React component name, e.g. {@code Div}. */
    public String getType() {
        return type;
    }

    /** The library's global, e.g. {@code dash_html_components}. */
    public String getNamespace() {
        return namespace;
    }

    /** The props, in the order they were set. */
    public Map<String, Object> getProps() {
        return props;
    }

    /**
     * Sets any prop; values follow jdash's value mapping (components may be nested anywhere). The typed values of the
     * builders ({@link PropValue}s: options, columns, enums...) are stored as the JSON-ready maps, lists and strings
     * Dash receives.
     */
    public Component prop(String name, Object value) {
        props.put(name, PropValue.toJson(value));
        return this;
    }

    /** The component id that callbacks refer to. */
    public Component id(String id) {
        return prop("id", id);
    }

    /**
     * A pattern-matching id, e.g. {@code Map.of("type", "item", "index", 3)}: callbacks match it with
     * {@code {"index":["MATCH"],"type":"item"}.value}. Values are strings, numbers or booleans.
     */
    public Component id(Map<String, ?> id) {
        return prop("id", patternId(id));
    }

    /** A checked, key-sorted copy of a pattern-matching id. */
    protected static Map<String, Object> patternId(Map<String, ?> id) {
        Map<String, Object> sorted = new java.util.TreeMap<>();
        id.forEach((key, value) -> {
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("pattern-matching id " + id + ": the value of '" + key
                        + "' must be a string, number or boolean (Dash's rule), not " + value);
            }
            sorted.put(key, value);
        });
        return sorted;
    }

    /** The children, as a list (for tests and tools). */
    @SuppressWarnings("unchecked")
    public List<Object> childList() {
        Object c = props.get("children");
        return c instanceof List<?> l ? (List<Object>) l : c == null ? List.of() : List.of(c);
    }
}
