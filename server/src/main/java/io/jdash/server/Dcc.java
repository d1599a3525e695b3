package io.jdash.server;

import io.jdash.frontend.FrontendPackages;
import io.jdash.server.components.GenericComponent;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.dcc.Button;
import io.jdash.server.components.dcc.Checklist;
import io.jdash.server.components.dcc.Clipboard;
import io.jdash.server.components.dcc.ConfirmDialog;
import io.jdash.server.components.dcc.ConfirmDialogProvider;
import io.jdash.server.components.dcc.DatePickerRange;
import io.jdash.server.components.dcc.DatePickerSingle;
import io.jdash.server.components.dcc.Download;
import io.jdash.server.components.dcc.Dropdown;
import io.jdash.server.components.dcc.Geolocation;
import io.jdash.server.components.dcc.Graph;
import io.jdash.server.components.dcc.Input;
import io.jdash.server.components.dcc.Interval;
import io.jdash.server.components.dcc.Link;
import io.jdash.server.components.dcc.Loading;
import io.jdash.server.components.dcc.Location;
import io.jdash.server.components.dcc.Markdown;
import io.jdash.server.components.dcc.Option;
import io.jdash.server.components.dcc.RadioItems;
import io.jdash.server.components.dcc.RangeSlider;
import io.jdash.server.components.dcc.Slider;
import io.jdash.server.components.dcc.Store;
import io.jdash.server.components.dcc.Tab;
import io.jdash.server.components.dcc.Tabs;
import io.jdash.server.components.dcc.Textarea;
import io.jdash.server.components.dcc.Tooltip;
import io.jdash.server.components.dcc.Upload;
import java.util.List;

/**
 * Builders for every component of dash-core-components (version
 * {@value FrontendPackages#DASH_CORE_COMPONENTS}), with typed setters for their props (package
 * {@code io.jdash.server.components.dcc}); {@link #component} for a component by name.
 *
 * <pre>{@code
 * Dcc.dropdown(Dcc.option("France", "FR"), Dcc.option("Italy", "IT")).id("country").value("FR").clearable(false)
 * Dcc.graph().id("sales").figure(traces, layout).config(new GraphConfig().displayModeBar(false))
 * }</pre>
 */
public final class Dcc {
    /** The namespace of dash-core-components. */
    public static final String NAMESPACE = Namespaces.DCC;

    private Dcc() {}

    /** Any dcc component by its React name, e.g. {@code component("Clipboard")}, with untyped props. */
    public static GenericComponent component(String type) {
        return new GenericComponent(type, NAMESPACE);
    }

    /** An option of a dropdown, checklist or radio items: a label and a String, Number or Boolean value. */
    public static Option option(String label, Object value) {
        return Option.of(label, value);
    }

    /** A button; clicks count in {@code n_clicks}. */
    public static Button button(Object... children) {
        Button b = new Button();
        return children.length == 0 ? b : b.children(children);
    }

    /** Checkboxes. */
    public static Checklist checklist(Option... options) {
        return new Checklist().options(options);
    }

    /** A copy-to-clipboard icon. */
    public static Clipboard clipboard() {
        return new Clipboard();
    }

    /** A confirm dialog that callbacks show. */
    public static ConfirmDialog confirmDialog(String message) {
        return new ConfirmDialog().message(message);
    }

    /** Asks for confirmation when {@code child} (e.g. a button) is clicked. */
    public static ConfirmDialogProvider confirmDialogProvider(String message, Component child) {
        return new ConfirmDialogProvider().message(message).children(child);
    }

    /** A start and end date picker. */
    public static DatePickerRange datePickerRange() {
        return new DatePickerRange();
    }

    /** A date picker. */
    public static DatePickerSingle datePickerSingle() {
        return new DatePickerSingle();
    }

    /** A file download that callbacks trigger. */
    public static Download download() {
        return new Download();
    }

    /** A dropdown of these options. */
    public static Dropdown dropdown(Option... options) {
        return new Dropdown().options(options);
    }

    /** A dropdown of these options. */
    public static Dropdown dropdown(List<Option> options) {
        return new Dropdown().options(options);
    }

    /** The browser's position. */
    public static Geolocation geolocation() {
        return new Geolocation();
    }

    /** A Plotly graph: {@code figure}, {@code config}. */
    public static Graph graph() {
        return new Graph();
    }

    /** A text (or number) input: {@code value}, {@code type}, {@code debounce}. */
    public static Input input() {
        return new Input();
    }

    /** A timer that increments {@code n_intervals} every second. */
    public static Interval interval() {
        return new Interval();
    }

    /** A timer that increments {@code n_intervals} every {@code millis} milliseconds. */
    public static Interval interval(long millis) {
        return new Interval().interval(millis);
    }

    /** A link to {@code href} within the app, without a page reload. */
    public static Link link(String href, Object... children) {
        Link l = new Link().href(href);
        return children.length == 0 ? l : l.children(children);
    }

    /** A spinner over {@code children} while callbacks update them. */
    public static Loading loading(Object... children) {
        Loading l = new Loading();
        return children.length == 0 ? l : l.children(children);
    }

    /** The browser's URL, for multi-page apps. */
    public static Location location() {
        return new Location();
    }

    /** Markdown text. */
    public static Markdown markdown(String text) {
        return new Markdown().text(text);
    }

    /** Radio buttons of these options. */
    public static RadioItems radioItems(Option... options) {
        return new RadioItems().options(options);
    }

    /** A slider with several handles at {@code values}. */
    public static RangeSlider rangeSlider(double min, double max, double... values) {
        return new RangeSlider().min(min).max(max).value(values);
    }

    /** A slider from {@code min} to {@code max} at {@code value}. */
    public static Slider slider(double min, double max, double value) {
        return new Slider().min(min).max(max).value(value);
    }

    /** Browser-side storage of data for callbacks: {@code data}, {@code storage_type}. */
    public static Store store(Object data) {
        return new Store().data(data);
    }

    /** A tab labelled {@code label} showing {@code children} while selected. */
    public static Tab tab(String label, Object... children) {
        Tab t = new Tab().label(label);
        return children.length == 0 ? t : t.children(children);
    }

    /** Tabs. */
    public static Tabs tabs(Tab... tabs) {
        return new Tabs().children((Object[]) tabs);
    }

    /** A multi-line text box. */
    public static Textarea textarea() {
        return new Textarea();
    }

    /** A tooltip at a bounding box. */
    public static Tooltip tooltip(Object... children) {
        Tooltip t = new Tooltip();
        return children.length == 0 ? t : t.children(children);
    }

    /** A file drop zone showing {@code children}. */
    public static Upload upload(Object... children) {
        Upload u = new Upload();
        return children.length == 0 ? u : u.children(children);
    }
}
