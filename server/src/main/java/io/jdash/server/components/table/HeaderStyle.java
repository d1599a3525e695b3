package io.jdash.server.components.table;

/** A style of some header cells ({@code style_header_conditional}). */
public final class HeaderStyle extends ConditionalStyle<HeaderStyle> {

    /** Applies to the header row with this index only (with several header rows). */
    public HeaderStyle headerIndex(int index) {
        return when("header_index", index);
    }

    /** Applies to the editable (or the read-only) columns only. */
    public HeaderStyle columnEditable(boolean editable) {
        return when("column_editable", editable);
    }
}
