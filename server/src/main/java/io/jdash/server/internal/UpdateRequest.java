package io.jdash.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A {@code _dash-update-component} request after validation: every part has the shape dash-renderer sends and
 * matches the registered callback (same number of outputs, inputs and states, the declared ids and properties, in
 * order). Only a value of this type reaches a callback.
 *
 * @param callback the callback the request's {@code output} names
 * @param outputs one entry per declared output
 * @param inputs one entry per declared input
 * @param state one entry per declared state
 * @param changedPropIds the {@code "<id>.<prop>"} strings that fired the call ({@code []} on an initial call)
 * @param query what rode along in the query string
 */
public record UpdateRequest(
        CallbackSpec callback,
        List<Dependency> outputs,
        List<Dependency> inputs,
        List<Dependency> state,
        List<String> changedPropIds,
        UpdateQuery query) {

    /** Copies the lists. */
    public UpdateRequest {
        outputs = List.copyOf(outputs);
        inputs = List.copyOf(inputs);
        state = List.copyOf(state);
        changedPropIds = List.copyOf(changedPropIds);
    }

    /**
     * One component property as the request names it.
     *
     * @param id the concrete id: a string, or an object for a pattern-matching id
     * @param property the property (for an {@code allow_duplicate} output with its {@code @hash} suffix)
     * @param value its value, or null when the renderer left it out (the prop is not set); always null for outputs
     */
    public record Prop(JsonNode id, String property, JsonNode value) {
        /** {@code "<stringified id>.<property>"}, as Dash writes it in {@code changedPropIds}. */
        public String key() {
            return UpdateHandler.stringifyId(id) + "." + property;
        }
    }

    /**
     * One declared output, input or state and the components the request gives for it.
     *
     * @param declared the declaration, e.g. {@code "btn.n_clicks"} or {@code {"index":["ALL"],"type":"row"}.value}
     * @param many whether it is an ALL or ALLSMALLER pattern: a list of components (possibly empty), else exactly one
     * @param props the components
     */
    public record Dependency(String declared, boolean many, List<Prop> props) {
        /** Copies the list. */
        public Dependency {
            props = List.copyOf(props);
        }
    }
}
