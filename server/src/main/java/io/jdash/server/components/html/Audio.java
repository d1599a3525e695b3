package io.jdash.server.components.html;

/** {@code <audio>}: sound. */
public final class Audio extends HtmlComponent<Audio> implements MediaElement<Audio> {

    /** An empty {@code <audio>}. */
    public Audio() {
        super("Audio");
    }
}
