package io.jdash.server.components.html;

/** {@code <details>}: a disclosure widget. */
public final class Details extends HtmlComponent<Details> {

    /** An empty {@code <details>}. */
    public Details() {
        super("Details");
    }

    /** Whether it is open. */
    public Details open(boolean value) {
        return prop("open", value);
    }
}
