package io.jdash.server.components.html;

/** {@code <video>}: a video. */
public final class Video extends HtmlComponent<Video> implements MediaElement<Video>, Sized<Video> {

    /** An empty {@code <video>}. */
    public Video() {
        super("Video");
    }

    /** Plays inline instead of fullscreen on mobile. */
    public Video playsInline(boolean value) {
        return prop("playsInline", value);
    }

    /** The image shown before the video plays. */
    public Video poster(String value) {
        return prop("poster", value);
    }
}
