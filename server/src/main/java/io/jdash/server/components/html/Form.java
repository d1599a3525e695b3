package io.jdash.server.components.html;

/** {@code <form>}: a form. */
public final class Form extends HtmlComponent<Form> {

    /** An empty {@code <form>}. */
    public Form() {
        super("Form");
    }

    /** The content types the server accepts. */
    public Form accept(String value) {
        return prop("accept", value);
    }

    /** The character encodings the server accepts. */
    public Form acceptCharset(String value) {
        return prop("acceptCharset", value);
    }

    /** The URL the form is submitted to. */
    public Form action(String value) {
        return prop("action", value);
    }

    /** Whether the browser may fill it in ({@code on}, {@code off} or a token such as {@code email}). */
    public Form autoComplete(String value) {
        return prop("autoComplete", value);
    }

    /** The encoding of the submitted form. */
    public Form encType(String value) {
        return prop("encType", value);
    }

    /** The HTTP method of the submitted form. */
    public Form method(String value) {
        return prop("method", value);
    }

    /** The name attribute. */
    public Form name(String value) {
        return prop("name", value);
    }

    /** Submits without validating. */
    public Form noValidate(boolean value) {
        return prop("noValidate", value);
    }

    /** Where to open it: {@code _blank}, {@code _self}, a frame name... */
    public Form target(String value) {
        return prop("target", value);
    }
}
