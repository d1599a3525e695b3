package io.jdash.server.components.html;

/**
 * An HTML element with only the props every element has ({@code Html.div()}, {@code Html.section()}...); the elements
 * with attributes of their own have their own builders ({@link A}, {@link Img}...).
 */
public final class HtmlElement extends HtmlComponent<HtmlElement> {

    /** The element Dash calls {@code type}, e.g. {@code Div}. */
    public HtmlElement(String type) {
        super(type);
    }
}
