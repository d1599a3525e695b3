package io.jdash.server.components.html;

/** {@code <map>}: an image map (Dash names it {@code MapEl}). */
public final class MapEl extends HtmlComponent<MapEl> {

    /** An empty {@code <map>}. */
    public MapEl() {
        super("MapEl");
    }

    /** The name attribute. */
    public MapEl name(String value) {
        return prop("name", value);
    }
}
