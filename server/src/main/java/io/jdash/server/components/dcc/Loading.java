package io.jdash.server.components.dcc;

import io.jdash.server.Component;
import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Parent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;
import java.util.List;
import java.util.Map;

/** {@code dcc.Loading}: shows a spinner over its children while a callback updates them. */
public final class Loading extends TypedComponent<Loading> implements Styled<Loading>, Parent<Loading> {

    /** The spinner. */
    public enum Type implements LowerCaseEnum {
        /** A bar chart. */
        GRAPH,
        /** A cube. */
        CUBE,
        /** A circle. */
        CIRCLE,
        /** Dots. */
        DOT,
        /** The default spinner. */
        DEFAULT
    }

    /** When the spinner shows. */
    public enum Display implements LowerCaseEnum {
        /** While loading (the default). */
        AUTO,
        /** Always. */
        SHOW,
        /** Never. */
        HIDE
    }

    /** A loading wrapper without children. */
    public Loading() {
        super("Loading", Namespaces.DCC);
    }

    /** The spinner. */
    public Loading type(Type type) {
        return prop("type", type);
    }

    /** Covers the whole page while loading. */
    public Loading fullscreen(boolean fullscreen) {
        return prop("fullscreen", fullscreen);
    }

    /** Shows which component and prop are loading. */
    public Loading debug(boolean debug) {
        return prop("debug", debug);
    }

    /** The class of the element around the children and the spinner. */
    public Loading parentClassName(String className) {
        return prop("parent_className", className);
    }

    /** The style of the element around the children and the spinner. */
    public Loading parentStyle(Map<String, ?> style) {
        return prop("parent_style", style);
    }

    /** The style of the children while loading (e.g. {@code Map.of("visibility", "visible", "opacity", .5)}). */
    public Loading overlayStyle(Map<String, ?> style) {
        return prop("overlay_style", style);
    }

    /** The spinner's CSS colour. */
    public Loading color(String color) {
        return prop("color", color);
    }

    /** When the spinner shows. */
    public Loading display(Display display) {
        return prop("display", display);
    }

    /** Keeps the spinner this many milliseconds after loading ends. */
    public Loading delayHide(int millis) {
        return prop("delay_hide", millis);
    }

    /** Shows the spinner only after loading has taken this many milliseconds. */
    public Loading delayShow(int millis) {
        return prop("delay_show", millis);
    }

    /** Shows the spinner on the first render, before the first callbacks run (on by default). */
    public Loading showInitially(boolean show) {
        return prop("show_initially", show);
    }

    /** Spins only while one of these props of the component {@code id} is loading. */
    public Loading targetComponent(String id, String... props) {
        return prop("target_components", Map.of(id, props.length == 1 ? props[0] : List.of(props)));
    }

    /** A component to show instead of the spinner. */
    public Loading customSpinner(Component spinner) {
        return prop("custom_spinner", spinner);
    }
}
