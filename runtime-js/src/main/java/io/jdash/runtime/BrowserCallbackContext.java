package io.jdash.runtime;

import io.jdash.api.CallbackContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@link CallbackContext} in the browser: a copy of {@code window.dash_clientside.callback_context}, taken
 * synchronously when the callback starts (dash-renderer deletes it right after the synchronous return).
 */
public final class BrowserCallbackContext implements CallbackContext {
    private final List<String> triggered;
    private final Map<String, Object> inputs;
    private final Map<String, Object> states;

    private BrowserCallbackContext(List<String> triggered, Map<String, Object> inputs, Map<String, Object> states) {
        this.triggered = triggered;
        this.inputs = inputs;
        this.states = states;
    }

    @JSBody(script = "var dc = window.dash_clientside; return (dc && dc['callback_context']) || null;")
    private static native JSObject current();

    @JSBody(params = "t", script = "return t && t['prop_id'];")
    private static native JSObject propId(JSObject t);

    /** Copies the renderer's current callback context; outside a renderer call the context is empty. */
    @SuppressWarnings("unchecked")
    public static CallbackContext capture() {
        JSObject cc = current();
        List<String> triggered = new ArrayList<>();
        Map<String, Object> inputs = Collections.emptyMap();
        Map<String, Object> states = Collections.emptyMap();
        if (cc != null) {
            JSObject t = Js.get(cc, "triggered");
            int n = Js.isNull(t) ? 0 : Js.length(t);
            for (int i = 0; i < n; i++) {
                String id = Js.toStr(propId(Js.at(t, i)));
                if (id != null && !id.equals(".")) {
                    triggered.add(id);
                }
            }
            Object in = Js.toJava(Js.get(cc, "inputs"));
            Object st = Js.toJava(Js.get(cc, "states"));
            if (in instanceof Map) {
                inputs = (Map<String, Object>) in;
            }
            if (st instanceof Map) {
                states = (Map<String, Object>) st;
            }
        }
        return new BrowserCallbackContext(
                Collections.unmodifiableList(triggered),
                Collections.unmodifiableMap(inputs),
                Collections.unmodifiableMap(states));
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

    @JSBody(
            params = {"id", "props"},
            script = "var dc = window.dash_clientside;"
                    + "if (!dc || !dc['set_props']) throw new Error('jdash: window.dash_clientside.set_props is not defined;"
                    + " setProps needs dash-renderer');"
                    + "dc['set_props'](id.charAt(0) === '{' ? JSON.parse(id) : id, props);")
    private static native void setProps(String id, JSObject props);

    @Override
    public void setProps(String id, Map<String, ?> props) {
        setProps(id, Js.toJs(props));
    }
}
