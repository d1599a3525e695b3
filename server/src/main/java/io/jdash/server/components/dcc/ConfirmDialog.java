package io.jdash.server.components.dcc;

/** {@code dcc.ConfirmDialog}: a confirm dialog a callback opens by setting {@code displayed}. */
public final class ConfirmDialog extends ConfirmComponent<ConfirmDialog> {

    /** A dialog without a message. */
    public ConfirmDialog() {
        super("ConfirmDialog");
    }
}
