package io.jdash.server.components.html;

/** {@code <link>}: a link to an external resource such as a stylesheet. */
public final class Link extends HtmlComponent<Link> {

    /** An empty {@code <link>}. */
    public Link() {
        super("Link");
    }

    /** The CORS mode: {@code anonymous} or {@code use-credentials}. */
    public Link crossOrigin(String value) {
        return prop("crossOrigin", value);
    }

    /** The URL it points to. */
    public Link href(String value) {
        return prop("href", value);
    }

    /** The language of the linked resource. */
    public Link hrefLang(String value) {
        return prop("hrefLang", value);
    }

    /** The Subresource Integrity hash of the resource. */
    public Link integrity(String value) {
        return prop("integrity", value);
    }

    /** The media query the resource is for. */
    public Link media(String value) {
        return prop("media", value);
    }

    /** The referrer sent when fetching it, e.g. {@code no-referrer}. */
    public Link referrerPolicy(String value) {
        return prop("referrerPolicy", value);
    }

    /** The relationship to the linked resource, e.g. {@code noopener}. */
    public Link rel(String value) {
        return prop("rel", value);
    }

    /** The sizes of the image for the candidates of {@code srcSet}. */
    public Link sizes(String value) {
        return prop("sizes", value);
    }

    /** The type attribute. */
    public Link type(String value) {
        return prop("type", value);
    }
}
