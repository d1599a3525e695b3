package io.jdash.server.components.html;

/** {@code <iframe>}: an inline frame. */
public final class Iframe extends HtmlComponent<Iframe> implements Sized<Iframe> {

    /** An empty {@code <iframe>}. */
    public Iframe() {
        super("Iframe");
    }

    /** The permissions policy of the frame. */
    public Iframe allow(String value) {
        return prop("allow", value);
    }

    /** The name attribute. */
    public Iframe name(String value) {
        return prop("name", value);
    }

    /** The referrer sent when fetching it, e.g. {@code no-referrer}. */
    public Iframe referrerPolicy(String value) {
        return prop("referrerPolicy", value);
    }

    /** The restrictions on the framed content. */
    public Iframe sandbox(String value) {
        return prop("sandbox", value);
    }

    /** The URL of the resource. */
    public Iframe src(String value) {
        return prop("src", value);
    }

    /** Inline HTML to show in the frame. */
    public Iframe srcDoc(String value) {
        return prop("srcDoc", value);
    }
}
