package io.jdash.server.components.html;

/** {@code <source>}: a media source of a {@code <picture>}, {@code <audio>} or {@code <video>}. */
public final class Source extends HtmlComponent<Source> {

    /** An empty {@code <source>}. */
    public Source() {
        super("Source");
    }

    /** The media query the resource is for. */
    public Source media(String value) {
        return prop("media", value);
    }

    /** The sizes of the image for the candidates of {@code srcSet}. */
    public Source sizes(String value) {
        return prop("sizes", value);
    }

    /** The URL of the resource. */
    public Source src(String value) {
        return prop("src", value);
    }

    /** Candidate images for different sizes or densities. */
    public Source srcSet(String value) {
        return prop("srcSet", value);
    }

    /** The type attribute. */
    public Source type(String value) {
        return prop("type", value);
    }
}
