package io.jdash.server.components.table;

import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.PropObject;
import java.util.List;
import java.util.Map;

/**
 * A column of a {@link DataTable}: the key of its values in each row ({@code id}) and its header ({@code name}).
 *
 * <pre>{@code
 * Column.of("pop", "Population").type(Column.Type.NUMERIC).format(",.0f")
 * }</pre>
 */
public final class Column extends PropObject<Column> {

    /** The type of the values: how they are sorted, filtered and formatted. */
    public enum Type implements LowerCaseEnum {
        /** Anything (the default). */
        ANY,
        /** Numbers. */
        NUMERIC,
        /** Text. */
        TEXT,
        /** ISO dates and times. */
        DATETIME
    }

    /** How the cells are shown and edited. */
    public enum Presentation implements LowerCaseEnum {
        /** A text box (the default). */
        INPUT,
        /** A dropdown of the options given with {@link DataTable#dropdown}. */
        DROPDOWN,
        /** Markdown. */
        MARKDOWN
    }

    private Column() {}

    /** The column of the rows' {@code id} values, headed {@code name}. */
    public static Column of(String id, String name) {
        return new Column().put("id", id).put("name", name);
    }

    /** The column of the rows' {@code id} values under several header rows (merged with equal neighbours). */
    public static Column of(String id, List<String> headerRows) {
        return new Column().put("id", id).put("name", headerRows);
    }

    /** The type of the values. */
    public Column type(Type type) {
        return put("type", type);
    }

    /** How the cells are shown and edited. */
    public Column presentation(Presentation presentation) {
        return put("presentation", presentation);
    }

    /** Lets the user edit the cells (overrides the table's {@code editable}). */
    public Column editable(boolean editable) {
        return put("editable", editable);
    }

    /** Shows a selection box in the header (with the table's {@code column_selectable}). */
    public Column selectable(boolean selectable) {
        return put("selectable", selectable);
    }

    /** Shows a delete button in the header. */
    public Column deletable(boolean deletable) {
        return put("deletable", deletable);
    }

    /** Shows a hide button in the header. */
    public Column hideable(boolean hideable) {
        return put("hideable", hideable);
    }

    /** Shows a rename button in the header. */
    public Column renamable(boolean renamable) {
        return put("renamable", renamable);
    }

    /** Shows a button that clears the column's values. */
    public Column clearable(boolean clearable) {
        return put("clearable", clearable);
    }

    /** Formats numbers with a d3-format specifier, e.g. {@code ",.2f"} or {@code ".1%"}. */
    public Column format(String specifier) {
        return put("format", Map.of("specifier", specifier));
    }
}
