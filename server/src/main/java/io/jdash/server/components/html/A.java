package io.jdash.server.components.html;

/** {@code <a>}: a hyperlink. */
public final class A extends HtmlComponent<A> implements Hyperlink<A> {

    /** An empty {@code <a>}. */
    public A() {
        super("A");
    }

    /** The language of the linked resource. */
    public A hrefLang(String value) {
        return prop("hrefLang", value);
    }
}
