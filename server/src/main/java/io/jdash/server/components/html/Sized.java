package io.jdash.server.components.html;

import io.jdash.server.components.HasProps;

/**
 * An element with a width and a height: {@code <canvas>}, {@code <embed>}, {@code <iframe>}, {@code <img>},
 * {@code <object>} and {@code <video>}.
 *
 * @param <T> the concrete element builder
 */
public interface Sized<T> extends HasProps<T> {
    /** The width in CSS pixels. */
    default T width(int pixels) {
        return prop("width", pixels);
    }

    /** The width attribute as text, e.g. {@code "100%"}. */
    default T width(String width) {
        return prop("width", width);
    }

    /** The height in CSS pixels. */
    default T height(int pixels) {
        return prop("height", pixels);
    }

    /** The height attribute as text. */
    default T height(String height) {
        return prop("height", height);
    }
}
