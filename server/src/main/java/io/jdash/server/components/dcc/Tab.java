package io.jdash.server.components.dcc;

import io.jdash.server.Component;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Parent;
import io.jdash.server.components.Persistent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;
import java.util.Map;

/** {@code dcc.Tab}: one tab of {@link Tabs}; its children show while it is selected. */
public final class Tab extends TypedComponent<Tab> implements Styled<Tab>, Parent<Tab>, Persistent<Tab> {

    /** A tab without a label. */
    public Tab() {
        super("Tab", Namespaces.DCC);
    }

    /** The tab's label. */
    public Tab label(String label) {
        return prop("label", label);
    }

    /** The tab's label as a component (e.g. an icon and text). */
    public Tab label(Component label) {
        return prop("label", label);
    }

    /** The value {@link Tabs} reports while this tab is selected (by default {@code tab-1}, {@code tab-2}...). */
    public Tab value(String value) {
        return prop("value", value);
    }

    /** Disables the tab. */
    public Tab disabled(boolean disabled) {
        return prop("disabled", disabled);
    }

    /** The style of the tab while disabled. */
    public Tab disabledStyle(Map<String, ?> style) {
        return prop("disabled_style", style);
    }

    /** The class of the tab while disabled. */
    public Tab disabledClassName(String className) {
        return prop("disabled_className", className);
    }

    /** The class of the tab while selected. */
    public Tab selectedClassName(String className) {
        return prop("selected_className", className);
    }

    /** The style of the tab while selected. */
    public Tab selectedStyle(Map<String, ?> style) {
        return prop("selected_style", style);
    }

    /** The tab's width in pixels. */
    public Tab width(int pixels) {
        return prop("width", pixels);
    }

    /** The tab's width as CSS, e.g. {@code "25%"}. */
    public Tab width(String width) {
        return prop("width", width);
    }
}
