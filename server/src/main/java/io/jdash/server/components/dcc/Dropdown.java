package io.jdash.server.components.dcc;

import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Persistent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;
import java.util.List;

/**
 * {@code dcc.Dropdown}: a searchable select; {@code value} is the selected option's value, or the list of them with
 * {@link #multi}.
 *
 * <pre>{@code
 * Dcc.dropdown().id("country").options(Option.of("France", "FR"), Option.of("Italy", "IT")).value("FR")
 *         .clearable(false)
 * }</pre>
 */
public final class Dropdown extends TypedComponent<Dropdown>
        implements HasOptions<Dropdown>, Styled<Dropdown>, Persistent<Dropdown> {

    /** The order of the options while searching. */
    public enum SearchOrder implements LowerCaseEnum {
        /** By relevance to the search (the default). */
        INDEX,
        /** In the order of {@code options}. */
        ORIGINAL
    }

    /** A dropdown without options. */
    public Dropdown() {
        super("Dropdown", Namespaces.DCC);
    }

    /** The selected option's value. */
    public Dropdown value(String value) {
        return prop("value", value);
    }

    /** The selected option's value. */
    public Dropdown value(Number value) {
        return prop("value", value);
    }

    /** The selected options' values (with {@link #multi}). */
    public Dropdown value(List<?> values) {
        return prop("value", values);
    }

    /** Lets the user select several options; {@code value} is then a list. */
    public Dropdown multi(boolean multi) {
        return prop("multi", multi);
    }

    /** Shows an x that clears the selection (on by default). */
    public Dropdown clearable(boolean clearable) {
        return prop("clearable", clearable);
    }

    /** Lets the user type to filter the options (on by default). */
    public Dropdown searchable(boolean searchable) {
        return prop("searchable", searchable);
    }

    /** The text typed in the search box (callbacks can read it to load options). */
    public Dropdown searchValue(String text) {
        return prop("search_value", text);
    }

    /** The text shown while nothing is selected. */
    public Dropdown placeholder(String text) {
        return prop("placeholder", text);
    }

    /** Disables the dropdown. */
    public Dropdown disabled(boolean disabled) {
        return prop("disabled", disabled);
    }

    /** Closes the menu when an option is selected (on by default). */
    public Dropdown closeOnSelect(boolean close) {
        return prop("closeOnSelect", close);
    }

    /** The height of each option in pixels (for labels that wrap). */
    public Dropdown optionHeight(int pixels) {
        return prop("optionHeight", pixels);
    }

    /** The height of the open menu in pixels. */
    public Dropdown maxHeight(int pixels) {
        return prop("maxHeight", pixels);
    }

    /** Sends {@code value} only when the menu closes. */
    public Dropdown debounce(boolean debounce) {
        return prop("debounce", debounce);
    }

    /** The order of the options while searching. */
    public Dropdown searchOrder(SearchOrder order) {
        return prop("search_order", order);
    }
}
