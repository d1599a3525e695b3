package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Parent;
import io.jdash.server.components.Persistent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;
import java.util.Map;

/** {@code dcc.Tabs}: {@link Tab}s as children; {@code value} is the selected tab's value. */
public final class Tabs extends TypedComponent<Tabs> implements Styled<Tabs>, Parent<Tabs>, Persistent<Tabs> {

    /** Tabs without tabs. */
    public Tabs() {
        super("Tabs", Namespaces.DCC);
    }

    /** The selected tab's value. */
    public Tabs value(String value) {
        return prop("value", value);
    }

    /** The class of the selected tab's content. */
    public Tabs contentClassName(String className) {
        return prop("content_className", className);
    }

    /** The class of the element around the tabs and the content. */
    public Tabs parentClassName(String className) {
        return prop("parent_className", className);
    }

    /** The style of the element around the tabs and the content. */
    public Tabs parentStyle(Map<String, ?> style) {
        return prop("parent_style", style);
    }

    /** The style of the selected tab's content. */
    public Tabs contentStyle(Map<String, ?> style) {
        return prop("content_style", style);
    }

    /** Stacks the tabs vertically. */
    public Tabs vertical(boolean vertical) {
        return prop("vertical", vertical);
    }

    /** The screen width in pixels under which the tabs stack vertically. */
    public Tabs mobileBreakpoint(int pixels) {
        return prop("mobile_breakpoint", pixels);
    }

    /** The colours of the tab borders, the selected tab's accent and the tab background (CSS colours). */
    public Tabs colors(String border, String primary, String background) {
        return prop("colors", Map.of("border", border, "primary", primary, "background", background));
    }
}
