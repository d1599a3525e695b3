package io.jdash.api;

/**
 * Thrown by a callback to cancel the update of every output, like Dash's {@code PreventUpdate}.
 *
 * <p>On the server this is answered with HTTP 204; in the browser it becomes
 * {@code throw window.dash_clientside.PreventUpdate}.
 *
 * <pre>{@code
 * if (clicks == null) throw new PreventUpdate();
 * }</pre>
 */
public class PreventUpdate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; it carries no message and no stack trace. */
    public PreventUpdate() {
        super(null, null, false, false);
    }
}
