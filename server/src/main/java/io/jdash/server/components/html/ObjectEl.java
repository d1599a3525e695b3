package io.jdash.server.components.html;

/** {@code <object>}: an external resource (Dash names it {@code ObjectEl}). */
public final class ObjectEl extends HtmlComponent<ObjectEl> implements Sized<ObjectEl> {

    /** An empty {@code <object>}. */
    public ObjectEl() {
        super("ObjectEl");
    }

    /** The URL of the resource. */
    public ObjectEl data(String value) {
        return prop("data", value);
    }

    /** The id of the form it belongs to. */
    public ObjectEl form(String value) {
        return prop("form", value);
    }

    /** The name attribute. */
    public ObjectEl name(String value) {
        return prop("name", value);
    }

    /** The type attribute. */
    public ObjectEl type(String value) {
        return prop("type", value);
    }

    /** The image map ({@code #name}) it uses. */
    public ObjectEl useMap(String value) {
        return prop("useMap", value);
    }
}
