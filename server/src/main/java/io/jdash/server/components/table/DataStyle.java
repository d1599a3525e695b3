package io.jdash.server.components.table;

import io.jdash.server.components.LowerCaseEnum;

/**
 * A style of the data cells that match a condition ({@code style_data_conditional}):
 * {@code new DataStyle().filterQuery("{pop} > 1e8").column("pop").style(Map.of("fontWeight", "bold"))}.
 */
public final class DataStyle extends ConditionalStyle<DataStyle> {

    /** Every other row. */
    public enum Parity implements LowerCaseEnum {
        /** Rows 1, 3, 5... (0-based). */
        ODD,
        /** Rows 0, 2, 4... */
        EVEN
    }

    /** A state of a cell. */
    public enum State implements LowerCaseEnum {
        /** The cell with the cursor. */
        ACTIVE,
        /** The selected cells. */
        SELECTED
    }

    /** Applies to the rows matching a filter query, e.g. {@code "{pop} > 1e8"}. */
    public DataStyle filterQuery(String query) {
        return when("filter_query", query);
    }

    /** Applies to cells in this state only. */
    public DataStyle state(State state) {
        return when("state", state.jsonValue());
    }

    /** Applies to the row with this index (of the current page) only. */
    public DataStyle rowIndex(int index) {
        return when("row_index", index);
    }

    /** Applies to every other row, e.g. for stripes. */
    public DataStyle rowIndex(Parity parity) {
        return when("row_index", parity.jsonValue());
    }

    /** Applies to the editable (or the read-only) columns only. */
    public DataStyle columnEditable(boolean editable) {
        return when("column_editable", editable);
    }
}
