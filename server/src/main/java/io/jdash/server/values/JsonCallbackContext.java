package io.jdash.server.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.jdash.api.CallbackContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link CallbackContext} built from the fields dash-renderer sends (or sets as
 * {@code dash_clientside.callback_context}): {@code triggered}, {@code inputs}, {@code states}. It records the
 * {@link #setProps} calls, which the server answers as side updates.
 */
public final class JsonCallbackContext implements CallbackContext {
    /** One {@code setProps} call: the component id and the props as JSON. */
    public record SetProps(String id, JsonNode props) {}

    private final List<String> triggered;
    private final Map<String, Object> inputs;
    private final Map<String, Object> states;
    private final List<SetProps> setProps = new ArrayList<>();

    private JsonCallbackContext(List<String> triggered, Map<String, Object> inputs, Map<String, Object> states) {
        this.triggered = triggered;
        this.inputs = inputs;
        this.states = states;
    }

    /**
     * Reads {@code {"triggered": [{"prop_id": "btn.n_clicks", "value": 1}], "inputs": {...}, "states": {...}}};
     * missing fields are empty, and a prop id of {@code "."} (Dash's initial call) is no trigger.
     */
    @SuppressWarnings("unchecked")
    public static JsonCallbackContext of(JsonNode context) {
        List<String> triggered = new ArrayList<>();
        JsonNode t = context == null ? null : context.get("triggered");
        if (t != null && t.isArray()) {
            for (JsonNode e : t) {
                JsonNode id = e.get("prop_id");
                if (id != null && id.isTextual() && !id.textValue().equals(".")) {
                    triggered.add(id.textValue());
                }
            }
        }
        Object in = context == null ? null : ValueMapper.untyped(context.get("inputs"));
        Object st = context == null ? null : ValueMapper.untyped(context.get("states"));
        return new JsonCallbackContext(
                Collections.unmodifiableList(triggered),
                Collections.unmodifiableMap(in instanceof Map ? (Map<String, Object>) in : new LinkedHashMap<>()),
                Collections.unmodifiableMap(st instanceof Map ? (Map<String, Object>) st : new LinkedHashMap<>()));
    }

    @Override
    public List<String> triggeredPropIds() {
        return triggered;
    }

    @Override
    public Map<String, Object> inputs() {
        return inputs;
    }

    @Override
    public Map<String, Object> states() {
        return states;
    }

    @Override
    public void setProps(String id, Map<String, ?> props) {
        setProps.add(new SetProps(id, ValueMapper.toJson(props, Set.of())));
    }

    /** The {@code setProps} calls made so far, in order. */
    public List<SetProps> setPropsCalls() {
        return List.copyOf(setProps);
    }
}
