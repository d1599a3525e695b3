package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.TypedComponent;
import java.util.List;

/** {@code dcc.Checklist}: checkboxes; {@code value} is the list of the checked options' values. */
public final class Checklist extends TypedComponent<Checklist> implements ChoiceList<Checklist> {

    /** An empty checklist. */
    public Checklist() {
        super("Checklist", Namespaces.DCC);
    }

    /** The values of the checked options. */
    public Checklist value(List<?> values) {
        return prop("value", values);
    }

    /** The values of the checked options. */
    public Checklist value(String... values) {
        return prop("value", List.of(values));
    }
}
