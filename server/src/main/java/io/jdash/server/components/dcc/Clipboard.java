package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Parent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;

/** {@code dcc.Clipboard}: a copy-to-clipboard icon; copies {@code content} or the text of {@code target_id}. */
public final class Clipboard extends TypedComponent<Clipboard> implements Styled<Clipboard>, Parent<Clipboard> {

    /** A copy icon. */
    public Clipboard() {
        super("Clipboard", Namespaces.DCC);
    }

    /** Copies the text (or value) of the component with this id. */
    public Clipboard targetId(String id) {
        return prop("target_id", id);
    }

    /** The text copied (a callback may set it on click). */
    public Clipboard content(String text) {
        return prop("content", text);
    }

    /** HTML copied alongside {@code content}, for pasting into rich editors. */
    public Clipboard htmlContent(String html) {
        return prop("html_content", html);
    }

    /** The icon's tooltip. */
    public Clipboard title(String title) {
        return prop("title", title);
    }

    /** The number of clicks so far; usually left unset. */
    public Clipboard nClicks(int clicks) {
        return prop("n_clicks", clicks);
    }

    /** What shows for a moment after copying (by default a check mark). */
    public Clipboard copiedChildren(Object copied) {
        return prop("copied_children", copied);
    }
}
