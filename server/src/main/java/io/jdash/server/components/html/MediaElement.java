package io.jdash.server.components.html;

import io.jdash.server.components.HasProps;

/**
 * Audio or video: the props {@code <audio>} and {@code <video>} share.
 *
 * @param <T> the concrete element builder
 */
public interface MediaElement<T> extends HasProps<T> {
    /** Starts playing as soon as it can. */
    default T autoPlay(boolean value) {
        return prop("autoPlay", value);
    }

    /** Shows the playback controls. */
    default T controls(boolean value) {
        return prop("controls", value);
    }

    /** The CORS mode: {@code anonymous} or {@code use-credentials}. */
    default T crossOrigin(String value) {
        return prop("crossOrigin", value);
    }

    /** Starts over at the end. */
    default T loop(boolean value) {
        return prop("loop", value);
    }

    /** Starts muted. */
    default T muted(boolean value) {
        return prop("muted", value);
    }

    /** What to load before playing: {@code none}, {@code metadata} or {@code auto}. */
    default T preload(String value) {
        return prop("preload", value);
    }

    /** The URL of the resource. */
    default T src(String value) {
        return prop("src", value);
    }
}
