package io.jdash.server.components.html;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Parent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;

/**
 * The props every dash-html-components element has: clicks, the global HTML attributes, {@code data-*} and
 * {@code aria-*}, style, class and children.
 *
 * @param <T> the concrete element builder
 */
public abstract class HtmlComponent<T extends HtmlComponent<T>> extends TypedComponent<T>
        implements Styled<T>, Parent<T> {

    /** The element Dash calls {@code type} (e.g. {@code Div}). */
    protected HtmlComponent(String type) {
        super(type, Namespaces.HTML);
    }

    /** The number of clicks so far (Dash counts them in {@code n_clicks}); usually left unset or 0. */
    public T nClicks(int clicks) {
        return prop("n_clicks", clicks);
    }

    /** Stops counting clicks (no {@code n_clicks} listener), for elements that are never clicked. */
    public T disableNClicks(boolean disable) {
        return prop("disable_n_clicks", disable);
    }

    /** React's key, for elements of a list that callbacks reorder. */
    public T key(String key) {
        return prop("key", key);
    }

    /** A {@code data-*} attribute: {@code data("row", "3")} sets {@code data-row="3"}. */
    public T data(String name, String value) {
        return prop("data-" + name, value);
    }

    /** An {@code aria-*} attribute: {@code aria("label", "Close")} sets {@code aria-label="Close"}. */
    public T aria(String name, String value) {
        return prop("aria-" + name, value);
    }

    /** The keyboard shortcut that focuses or activates the element. */
    public T accessKey(String key) {
        return prop("accessKey", key);
    }

    /** Whether the user can edit the element's content. */
    public T contentEditable(boolean editable) {
        return prop("contentEditable", String.valueOf(editable));
    }

    /** The text direction: {@code ltr}, {@code rtl} or {@code auto}. */
    public T dir(String direction) {
        return prop("dir", direction);
    }

    /** Whether the element can be dragged. */
    public T draggable(boolean draggable) {
        return prop("draggable", String.valueOf(draggable));
    }

    /** Hides the element (the {@code hidden} attribute). */
    public T hidden(boolean hidden) {
        return prop("hidden", hidden);
    }

    /** The language of the element's content, e.g. {@code fr}. */
    public T lang(String language) {
        return prop("lang", language);
    }

    /** The element's ARIA role, e.g. {@code button}. */
    public T role(String role) {
        return prop("role", role);
    }

    /** Whether the browser checks the spelling of editable content. */
    public T spellCheck(boolean check) {
        return prop("spellCheck", String.valueOf(check));
    }

    /** The element's place in the tab order. */
    public T tabIndex(int index) {
        return prop("tabIndex", index);
    }

    /** The tooltip text shown on hover. */
    public T title(String title) {
        return prop("title", title);
    }
}
