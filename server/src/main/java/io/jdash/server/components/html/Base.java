package io.jdash.server.components.html;

/** {@code <base>}: the base URL of relative URLs. */
public final class Base extends HtmlComponent<Base> {

    /** An empty {@code <base>}. */
    public Base() {
        super("Base");
    }

    /** The URL it points to. */
    public Base href(String value) {
        return prop("href", value);
    }

    /** Where to open it: {@code _blank}, {@code _self}, a frame name... */
    public Base target(String value) {
        return prop("target", value);
    }
}
