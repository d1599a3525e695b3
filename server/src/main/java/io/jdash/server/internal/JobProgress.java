package io.jdash.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.jdash.api.CallbackContext;
import io.jdash.api.Progress;
import io.jdash.server.background.JobRunner;
import io.jdash.server.values.ValueMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Progress} a job receives, and the {@link CallbackContext} whose {@code setProps} reports at once:
 * every update becomes one event, a JSON array of {@code [id, property, value]} triples, in call order.
 */
final class JobProgress implements Progress, CallbackContext {
    private final List<String[]> outputs;
    private final JobRunner.JobControl control;
    private final CallbackContext request;

    JobProgress(List<String[]> outputs, JobRunner.JobControl control, CallbackContext request) {
        this.outputs = outputs;
        this.control = control;
        this.request = request;
    }

    @Override
    public void set(Object... values) {
        ArrayNode event = Http.JSON.createArrayNode();
        for (int i = 0; i < values.length && i < outputs.size(); i++) {
            add(event, outputs.get(i)[0], outputs.get(i)[1], values[i]);
        }
        emit(event);
    }

    @Override
    public void setProps(String id, Map<String, ?> props) {
        ArrayNode event = Http.JSON.createArrayNode();
        props.forEach((prop, value) -> add(event, id, prop, value));
        emit(event);
    }

    @Override
    public boolean isCancelled() {
        return control.isCancelled();
    }

    @Override
    public List<String> triggeredPropIds() {
        return request.triggeredPropIds();
    }

    @Override
    public Map<String, Object> inputs() {
        return request.inputs();
    }

    @Override
    public Map<String, Object> states() {
        return request.states();
    }

    private static void add(ArrayNode event, String id, String prop, Object value) {
        JsonNode json = ValueMapper.toJson(value, Set.of());
        if (json.isObject()
                && ValueMapper.NO_UPDATE_MARKER.equals(json.path("$jdash").asText(null))) {
            return; // no_update leaves that output as it is
        }
        event.addArray().add(id).add(prop).add(json);
    }

    private void emit(ArrayNode event) {
        if (event.isEmpty()) {
            return;
        }
        try {
            control.emit(Http.JSON.writeValueAsBytes(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
