package io.jdash.server.components.html;

/** {@code <canvas>}: a drawing surface. */
public final class Canvas extends HtmlComponent<Canvas> implements Sized<Canvas> {

    /** An empty {@code <canvas>}. */
    public Canvas() {
        super("Canvas");
    }
}
