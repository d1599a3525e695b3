package io.jdash.server.components.dcc;

import io.jdash.server.components.Parent;

/** {@code dcc.ConfirmDialogProvider}: asks for confirmation when its child (e.g. a button) is clicked. */
public final class ConfirmDialogProvider extends ConfirmComponent<ConfirmDialogProvider>
        implements Parent<ConfirmDialogProvider> {

    /** A provider without a child. */
    public ConfirmDialogProvider() {
        super("ConfirmDialogProvider");
    }
}
