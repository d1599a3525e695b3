package io.jdash.server.components.html;

/** {@code <dialog>}: a dialog box. */
public final class Dialog extends HtmlComponent<Dialog> {

    /** An empty {@code <dialog>}. */
    public Dialog() {
        super("Dialog");
    }

    /** Whether it is open. */
    public Dialog open(boolean value) {
        return prop("open", value);
    }
}
