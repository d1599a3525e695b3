package io.jdash.api;

import java.util.List;
import java.util.Map;

/**
 * What Dash's {@code callback_context} tells a running callback: which input fired it, the current inputs and
 * states, and a way to set properties of other components.
 *
 * <p>Declare it as the first parameter of a callback; the server or the browser supplies it. In the browser it is a
 * copy taken synchronously when the callback starts, so it stays valid for the whole call.
 *
 * <pre>{@code
 * @Callback(outputs = "out.children", inputs = {"a.n_clicks", "b.n_clicks"})
 * public static String which(CallbackContext ctx, Integer a, Integer b) {
 *     return ctx.isInitialCall() ? "nothing yet" : "clicked " + ctx.triggeredId();
 * }
 * }</pre>
 */
public interface CallbackContext {
    /**
     * The id of the component whose property fired the callback, or {@code null} on the initial call. A
     * pattern-matching id is given as its sorted-key JSON text, e.g. {@code {"index":2,"type":"item"}}.
     */
    default String triggeredId() {
        List<String> ids = triggeredPropIds();
        return ids.isEmpty() ? null : ids.get(0).substring(0, ids.get(0).lastIndexOf('.'));
    }

    /** The property that fired the callback (e.g. {@code n_clicks}), or {@code null} on the initial call. */
    default String triggeredProp() {
        List<String> ids = triggeredPropIds();
        return ids.isEmpty() ? null : ids.get(0).substring(ids.get(0).lastIndexOf('.') + 1);
    }

    /** Every {@code "<id>.<property>"} that fired this call, in Dash's order; empty on the initial call. */
    List<String> triggeredPropIds();

    /** {@code true} when Dash calls the callback because the page (or a new component) loaded, not a change. */
    default boolean isInitialCall() {
        return triggeredPropIds().isEmpty();
    }

    /** The input values keyed by {@code "<id>.<property>"}, as Dash's {@code callback_context.inputs}. */
    Map<String, Object> inputs();

    /** The state values keyed by {@code "<id>.<property>"}, as Dash's {@code callback_context.states}. */
    Map<String, Object> states();

    /**
     * Sets properties of any component, firing the callbacks that depend on them, like Dash's {@code set_props}.
     *
     * @param id the component id (a pattern-matching id as its JSON text)
     * @param props property names and values, converted as a callback result is
     */
    void setProps(String id, Map<String, ?> props);
}
