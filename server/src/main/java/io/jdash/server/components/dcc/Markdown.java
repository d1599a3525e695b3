package io.jdash.server.components.dcc;

import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;
import java.util.Map;

/** {@code dcc.Markdown}: Markdown text rendered as HTML. */
public final class Markdown extends TypedComponent<Markdown> implements Styled<Markdown> {

    /** The colour theme of highlighted code blocks. */
    public enum Theme implements LowerCaseEnum {
        /** Light text on dark. */
        DARK,
        /** Dark text on light. */
        LIGHT
    }

    /** Empty Markdown. */
    public Markdown() {
        super("Markdown", Namespaces.DCC);
    }

    /** The Markdown text (Dash's {@code children}). */
    public Markdown text(String markdown) {
        return prop("children", markdown);
    }

    /** Renders {@code $...$} and {@code $$...$$} as LaTeX with MathJax. */
    public Markdown mathjax(boolean mathjax) {
        return prop("mathjax", mathjax);
    }

    /** Renders HTML in the text too (only for text you trust). */
    public Markdown dangerouslyAllowHtml(boolean allow) {
        return prop("dangerously_allow_html", allow);
    }

    /** Where links open, e.g. {@code _blank}. */
    public Markdown linkTarget(String target) {
        return prop("link_target", target);
    }

    /** Removes the common indentation of the text's lines (on by default). */
    public Markdown dedent(boolean dedent) {
        return prop("dedent", dedent);
    }

    /** The colour theme of highlighted code blocks. */
    public Markdown highlightTheme(Theme theme) {
        return prop("highlight_config", Map.of("theme", theme.jsonValue()));
    }
}
