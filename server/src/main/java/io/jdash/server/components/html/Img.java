package io.jdash.server.components.html;

/** {@code <img>}: an image. */
public final class Img extends HtmlComponent<Img> implements Sized<Img> {

    /** An empty {@code <img>}. */
    public Img() {
        super("Img");
    }

    /** The text shown instead of the image. */
    public Img alt(String value) {
        return prop("alt", value);
    }

    /** The CORS mode: {@code anonymous} or {@code use-credentials}. */
    public Img crossOrigin(String value) {
        return prop("crossOrigin", value);
    }

    /** The referrer sent when fetching it, e.g. {@code no-referrer}. */
    public Img referrerPolicy(String value) {
        return prop("referrerPolicy", value);
    }

    /** The sizes of the image for the candidates of {@code srcSet}. */
    public Img sizes(String value) {
        return prop("sizes", value);
    }

    /** The URL of the resource. */
    public Img src(String value) {
        return prop("src", value);
    }

    /** Candidate images for different sizes or densities. */
    public Img srcSet(String value) {
        return prop("srcSet", value);
    }

    /** The image map ({@code #name}) it uses. */
    public Img useMap(String value) {
        return prop("useMap", value);
    }
}
