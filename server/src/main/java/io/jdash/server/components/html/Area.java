package io.jdash.server.components.html;

/** {@code <area>}: a hot spot of an image map. */
public final class Area extends HtmlComponent<Area> implements Hyperlink<Area> {

    /** An empty {@code <area>}. */
    public Area() {
        super("Area");
    }

    /** The text shown instead of the image. */
    public Area alt(String value) {
        return prop("alt", value);
    }

    /** The coordinates of the hot spot. */
    public Area coords(String value) {
        return prop("coords", value);
    }
}
