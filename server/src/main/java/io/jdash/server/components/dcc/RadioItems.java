package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.TypedComponent;

/** {@code dcc.RadioItems}: radio buttons; {@code value} is the selected option's value. */
public final class RadioItems extends TypedComponent<RadioItems> implements ChoiceList<RadioItems> {

    /** Radio buttons without options. */
    public RadioItems() {
        super("RadioItems", Namespaces.DCC);
    }

    /** The selected option's value. */
    public RadioItems value(String value) {
        return prop("value", value);
    }

    /** The selected option's value. */
    public RadioItems value(Number value) {
        return prop("value", value);
    }

    /** The selected option's value. */
    public RadioItems value(boolean value) {
        return prop("value", value);
    }
}
