package io.jdash.server.components.html;

/** {@code <script>}: a script. */
public final class Script extends HtmlComponent<Script> {

    /** An empty {@code <script>}. */
    public Script() {
        super("Script");
    }

    /** Runs the script as soon as it is loaded. */
    public Script async(boolean value) {
        return prop("async", value);
    }

    /** The CORS mode: {@code anonymous} or {@code use-credentials}. */
    public Script crossOrigin(String value) {
        return prop("crossOrigin", value);
    }

    /** Runs the script after the document is parsed. */
    public Script defer(boolean value) {
        return prop("defer", value);
    }

    /** The Subresource Integrity hash of the resource. */
    public Script integrity(String value) {
        return prop("integrity", value);
    }

    /** The referrer sent when fetching it, e.g. {@code no-referrer}. */
    public Script referrerPolicy(String value) {
        return prop("referrerPolicy", value);
    }

    /** The URL of the resource. */
    public Script src(String value) {
        return prop("src", value);
    }

    /** The type attribute. */
    public Script type(String value) {
        return prop("type", value);
    }
}
