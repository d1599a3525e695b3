package io.jdash.server;

import java.util.List;
import java.util.Objects;

/**
 * A clientside callback written in JavaScript, as Dash's {@code clientside_callback} with a
 * {@code ClientsideFunction}: the function lives in a file under the app's {@code assets/} folder, which the page
 * loads before the renderer, and is declared to the browser with the dependencies given here.
 *
 * <pre>{@code
 * // assets/ui.js:  window.dash_clientside = Object.assign({}, window.dash_clientside,
 * //                    {ui: {double: function (n) { return 2 * (n || 0); }}});
 * DashApp.builder().clientsideCallback(ClientsideCallback.of("ui", "double")
 *         .outputs("out.children").inputs("btn.n_clicks"))
 * }</pre>
 *
 * @param namespace the object under {@code window.dash_clientside} that holds the function
 * @param function the function's name
 * @param outputs the outputs, written as in {@code @Callback}
 * @param inputs the inputs
 * @param state the state
 * @param preventInitialCall whether the page load skips it
 */
public record ClientsideCallback(
        String namespace,
        String function,
        List<String> outputs,
        List<String> inputs,
        List<String> state,
        boolean preventInitialCall) {

    /** Validates and copies. */
    public ClientsideCallback {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(function, "function");
        outputs = List.copyOf(outputs);
        inputs = List.copyOf(inputs);
        state = List.copyOf(state);
    }

    /** The function {@code window.dash_clientside[namespace][function]}, with no dependencies yet. */
    public static ClientsideCallback of(String namespace, String function) {
        return new ClientsideCallback(namespace, function, List.of(), List.of(), List.of(), false);
    }

    /** With these outputs. */
    public ClientsideCallback outputs(String... values) {
        return new ClientsideCallback(namespace, function, List.of(values), inputs, state, preventInitialCall);
    }

    /** With these inputs. */
    public ClientsideCallback inputs(String... values) {
        return new ClientsideCallback(namespace, function, outputs, List.of(values), state, preventInitialCall);
    }

    /** With this state. */
    public ClientsideCallback state(String... values) {
        return new ClientsideCallback(namespace, function, outputs, inputs, List.of(values), preventInitialCall);
    }

    /** Skipped (or not) on page load. */
    public ClientsideCallback preventInitialCall(boolean value) {
        return new ClientsideCallback(namespace, function, outputs, inputs, state, value);
    }
}
