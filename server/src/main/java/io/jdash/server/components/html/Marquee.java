package io.jdash.server.components.html;

/** {@code <marquee>}: scrolling text. */
public final class Marquee extends HtmlComponent<Marquee> {

    /** An empty {@code <marquee>}. */
    public Marquee() {
        super("Marquee");
    }

    /** Starts over at the end. */
    public Marquee loop(boolean value) {
        return prop("loop", value);
    }
}
