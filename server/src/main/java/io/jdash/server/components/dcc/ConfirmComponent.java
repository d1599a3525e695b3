package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.TypedComponent;

/**
 * The props {@link ConfirmDialog} and {@link ConfirmDialogProvider} share: a browser confirm dialog whose answers
 * count in {@code submit_n_clicks} and {@code cancel_n_clicks}.
 *
 * @param <T> the concrete builder
 */
public abstract class ConfirmComponent<T extends ConfirmComponent<T>> extends TypedComponent<T> {

    /** A confirm component {@code type} of dcc. */
    protected ConfirmComponent(String type) {
        super(type, Namespaces.DCC);
    }

    /** The question asked. */
    public T message(String message) {
        return prop("message", message);
    }

    /** Shows the dialog now (callbacks set it). */
    public T displayed(boolean displayed) {
        return prop("displayed", displayed);
    }
}
