package io.jdash.server.components.html;

/** {@code <track>}: a text track of a video or audio. */
public final class Track extends HtmlComponent<Track> {

    /** An empty {@code <track>}. */
    public Track() {
        super("Track");
    }

    /** Makes this the default track. */
    public Track defaultTrack(boolean value) {
        return prop("default", value);
    }

    /** The kind of text track: {@code subtitles}, {@code captions}... */
    public Track kind(String value) {
        return prop("kind", value);
    }

    /** The label shown. */
    public Track label(String value) {
        return prop("label", value);
    }

    /** The URL of the resource. */
    public Track src(String value) {
        return prop("src", value);
    }

    /** The language of the track. */
    public Track srcLang(String value) {
        return prop("srcLang", value);
    }
}
