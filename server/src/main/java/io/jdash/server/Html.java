package io.jdash.server;

/**
 * Builders for dash-html-components: {@code Html.div(...)}, {@code Html.button("Go")}, and {@link #element} for any
 * other HTML element (Dash names them with a capital first letter: {@code Section}, {@code Tbody}).
 */
public final class Html {
    /** The namespace of dash-html-components. */
    public static final String NAMESPACE = "dash_html_components";

    private Html() {
    }

    /** Any HTML element by its tag name, e.g. {@code element("section")}. */
    public static Component element(String tag, Object... children) {
        Component c = new Component(Character.toUpperCase(tag.charAt(0)) + tag.substring(1), NAMESPACE);
        return children.length == 0 ? c : c.children(children);
    }

    /** {@code <div>}. */
    public static Component div(Object... children) {
        return element("div", children);
    }

    /** {@code <span>}. */
    public static Component span(Object... children) {
        return element("span", children);
    }

    /** {@code <p>}. */
    public static Component p(Object... children) {
        return element("p", children);
    }

    /** {@code <h1>}. */
    public static Component h1(Object... children) {
        return element("h1", children);
    }

    /** {@code <h2>}. */
    public static Component h2(Object... children) {
        return element("h2", children);
    }

    /** {@code <h3>}. */
    public static Component h3(Object... children) {
        return element("h3", children);
    }

    /** {@code <button>}; clicks count in its {@code n_clicks} prop. */
    public static Component button(Object... children) {
        return element("button", children);
    }

    /** {@code <label>}. */
    public static Component label(Object... children) {
        return element("label", children);
    }
}
