package io.jdash.server.components.table;

/** A style of the filter cells of some columns ({@code style_filter_conditional}). */
public final class FilterStyle extends ConditionalStyle<FilterStyle> {

    /** Applies to the editable (or the read-only) columns only. */
    public FilterStyle columnEditable(boolean editable) {
        return when("column_editable", editable);
    }
}
