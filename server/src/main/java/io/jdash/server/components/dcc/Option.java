package io.jdash.server.components.dcc;

import io.jdash.server.Component;
import io.jdash.server.components.PropObject;

/**
 * An option of a {@link Dropdown}, {@link Checklist} or {@link RadioItems}: a label, a value (a string, number or
 * boolean) and optionally {@code disabled}, {@code title} and {@code search}.
 *
 * <pre>{@code
 * Dcc.dropdown().options(Option.of("France", "FR"), Option.of("Germany", "DE").disabled(true))
 * }</pre>
 */
public final class Option extends PropObject<Option> {

    private Option() {}

    /** An option showing {@code label}, selecting {@code value} (a String, Number or Boolean). */
    public static Option of(String label, Object value) {
        return new Option().put("label", label).put("value", value);
    }

    /** An option showing a component (e.g. an icon and text), selecting {@code value}. */
    public static Option of(Component label, Object value) {
        return new Option().put("label", label).put("value", value);
    }

    /** Shows the option but does not let it be selected. */
    public Option disabled(boolean disabled) {
        return put("disabled", disabled);
    }

    /** The tooltip of the option. */
    public Option title(String title) {
        return put("title", title);
    }

    /** The text searched instead of the label (for component labels). */
    public Option search(String text) {
        return put("search", text);
    }
}
