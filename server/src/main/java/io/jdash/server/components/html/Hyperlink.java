package io.jdash.server.components.html;

import io.jdash.server.components.HasProps;

/**
 * A link to a URL: the props {@code <a>} and {@code <area>} share.
 *
 * @param <T> the concrete element builder
 */
public interface Hyperlink<T> extends HasProps<T> {
    /** Downloads the target instead of opening it, under this file name. */
    default T download(String value) {
        return prop("download", value);
    }

    /** The URL it points to. */
    default T href(String value) {
        return prop("href", value);
    }

    /** The media query the resource is for. */
    default T media(String value) {
        return prop("media", value);
    }

    /** The referrer sent when fetching it, e.g. {@code no-referrer}. */
    default T referrerPolicy(String value) {
        return prop("referrerPolicy", value);
    }

    /** The relationship to the linked resource, e.g. {@code noopener}. */
    default T rel(String value) {
        return prop("rel", value);
    }

    /** The shape of the hot spot: {@code rect}, {@code circle}, {@code poly} or {@code default}. */
    default T shape(String value) {
        return prop("shape", value);
    }

    /** Where to open it: {@code _blank}, {@code _self}, a frame name... */
    default T target(String value) {
        return prop("target", value);
    }
}
