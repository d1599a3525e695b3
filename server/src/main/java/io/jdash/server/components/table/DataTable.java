package io.jdash.server.components.table;

import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Persistent;
import io.jdash.server.components.PropValue;
import io.jdash.server.components.TypedComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code dash_table.DataTable}: an interactive table of rows (maps from column id to value) with paging, sorting,
 * filtering, selection and editing.
 *
 * <pre>{@code
 * DashTable.dataTable().id("cities")
 *         .columns(Column.of("city", "City"), Column.of("pop", "Population").type(Column.Type.NUMERIC))
 *         .data(rows).pageSize(10).sortAction(DataTable.Action.NATIVE).filterAction(DataTable.Action.NATIVE)
 * }</pre>
 */
public final class DataTable extends TypedComponent<DataTable> implements Persistent<DataTable> {

    /** Who pages, sorts or filters: the table itself, a callback, or nobody. */
    public enum Action implements LowerCaseEnum {
        /** The table, in the browser, over all of {@code data}. */
        NATIVE,
        /** A callback: it reads {@code page_current}, {@code sort_by} or {@code filter_query}; it sets {@code data}. */
        CUSTOM,
        /** Nobody: the feature is off. */
        NONE
    }

    /** How many rows or columns the user may select. */
    public enum Selection implements PropValue {
        /** One, with radio buttons. */
        SINGLE,
        /** Any number, with checkboxes. */
        MULTI,
        /** None (the default). */
        NONE;

        @Override
        public Object jsonValue() {
            return this == NONE ? (Object) false : name().toLowerCase(Locale.ROOT);
        }
    }

    /** Sorting by one column or several. */
    public enum SortMode implements LowerCaseEnum {
        /** One column at a time (the default). */
        SINGLE,
        /** Several columns, in the order clicked. */
        MULTI
    }

    /** The format of the export button's file. */
    public enum ExportFormat implements LowerCaseEnum {
        /** CSV. */
        CSV,
        /** Excel. */
        XLSX,
        /** No export button (the default). */
        NONE
    }

    /** The columns exported. */
    public enum ExportColumns implements LowerCaseEnum {
        /** All of them. */
        ALL,
        /** The visible ones (the default). */
        VISIBLE
    }

    /** The header rows exported. */
    public enum ExportHeaders implements LowerCaseEnum {
        /** None. */
        NONE,
        /** The column ids. */
        IDS,
        /** The column names. */
        NAMES,
        /** The names as shown, merged headers included. */
        DISPLAY
    }

    /** An empty table. */
    public DataTable() {
        super("DataTable", Namespaces.DASH_TABLE);
    }

    /** The rows: maps from column id to a string, number or boolean. */
    public DataTable data(List<? extends Map<String, ?>> rows) {
        return prop("data", rows);
    }

    /** The columns, in order. */
    public DataTable columns(Column... columns) {
        return prop("columns", List.of(columns));
    }

    /** The columns, in order. */
    public DataTable columns(List<Column> columns) {
        return prop("columns", columns);
    }

    /** Lets the user edit the cells. */
    public DataTable editable(boolean editable) {
        return prop("editable", editable);
    }

    /** Keeps the first {@code data} columns (and the row headers, with {@code headers}) in place when scrolling. */
    public DataTable fixedColumns(boolean headers, int data) {
        return prop("fixed_columns", Map.of("headers", headers, "data", data));
    }

    /** Keeps the header rows (with {@code headers}) and the first {@code data} rows in place when scrolling. */
    public DataTable fixedRows(boolean headers, int data) {
        return prop("fixed_rows", Map.of("headers", headers, "data", data));
    }

    /** How many columns the user may select (with {@link Column#selectable}). */
    public DataTable columnSelectable(Selection selection) {
        return prop("column_selectable", selection);
    }

    /** How many rows the user may select; {@code selected_rows} lists them. */
    public DataTable rowSelectable(Selection selection) {
        return prop("row_selectable", selection);
    }

    /** Lets the user select cells (on by default). */
    public DataTable cellSelectable(boolean selectable) {
        return prop("cell_selectable", selectable);
    }

    /** Shows a delete button on each row. */
    public DataTable rowDeletable(boolean deletable) {
        return prop("row_deletable", deletable);
    }

    /** The cell with the cursor. */
    public DataTable activeCell(int row, int column) {
        return prop("active_cell", Map.of("row", row, "column", column));
    }

    /** The indices in {@code data} of the selected rows. */
    public DataTable selectedRows(int... rows) {
        return prop("selected_rows", Arrays.stream(rows).boxed().toList());
    }

    /** The ids of the selected columns. */
    public DataTable selectedColumns(String... columnIds) {
        return prop("selected_columns", List.of(columnIds));
    }

    /** The ids of the hidden columns. */
    public DataTable hiddenColumns(String... columnIds) {
        return prop("hidden_columns", List.of(columnIds));
    }

    /** Merges equal neighbouring header cells (for multi-row headers). */
    public DataTable mergeDuplicateHeaders(boolean merge) {
        return prop("merge_duplicate_headers", merge);
    }

    /** Copies the header row with the cells. */
    public DataTable includeHeadersOnCopyPaste(boolean include) {
        return prop("include_headers_on_copy_paste", include);
    }

    /** Shows an export button that downloads the table in this format. */
    public DataTable exportFormat(ExportFormat format) {
        return prop("export_format", format);
    }

    /** The columns exported. */
    public DataTable exportColumns(ExportColumns columns) {
        return prop("export_columns", columns);
    }

    /** The header rows exported. */
    public DataTable exportHeaders(ExportHeaders headers) {
        return prop("export_headers", headers);
    }

    /** Who pages the rows ({@link Action#NATIVE} by default). */
    public DataTable pageAction(Action action) {
        return prop("page_action", action);
    }

    /** The current page, from 0. */
    public DataTable pageCurrent(int page) {
        return prop("page_current", page);
    }

    /** The number of pages (with {@link Action#CUSTOM} paging). */
    public DataTable pageCount(int pages) {
        return prop("page_count", pages);
    }

    /** The rows per page (250 by default). */
    public DataTable pageSize(int rows) {
        return prop("page_size", rows);
    }

    /** Who filters the rows; {@link Action#NATIVE} shows a filter box above each column. */
    public DataTable filterAction(Action action) {
        return prop("filter_action", action);
    }

    /** The filter, in the table's query language, e.g. {@code "{pop} > 1e6 && {city} contains Par"}. */
    public DataTable filterQuery(String query) {
        return prop("filter_query", query);
    }

    /** Whether filtering is case-sensitive, and the text of the empty filter boxes. */
    public DataTable filterOptions(boolean caseSensitive, String placeholderText) {
        return prop(
                "filter_options",
                Map.of("case", caseSensitive ? "sensitive" : "insensitive", "placeholder_text", placeholderText));
    }

    /** Who sorts the rows; {@link Action#NATIVE} makes the headers clickable. */
    public DataTable sortAction(Action action) {
        return prop("sort_action", action);
    }

    /** Sorting by one column or several. */
    public DataTable sortMode(SortMode mode) {
        return prop("sort_mode", mode);
    }

    /** The current sort, most significant first. */
    public DataTable sortBy(SortBy... sorts) {
        return prop("sort_by", List.of(sorts));
    }

    /**
     * The options of the dropdown cells of a column (with {@link Column.Presentation#DROPDOWN}); call once per
     * column.
     */
    public DataTable dropdown(String columnId, String... values) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (String v : values) {
            options.add(Map.of("label", v, "value", v));
        }
        Map<String, Object> dropdowns = new LinkedHashMap<>();
        if (getProps().get("dropdown") instanceof Map<?, ?> before) {
            before.forEach((k, v) -> dropdowns.put(String.valueOf(k), v));
        }
        dropdowns.put(columnId, Map.of("options", options));
        return prop("dropdown", dropdowns);
    }

    /** Header tooltips: text by column id. */
    public DataTable tooltipHeader(Map<String, String> textByColumn) {
        return prop("tooltip_header", textByColumn);
    }

    /** Cell tooltips: text by column id, the same for every cell of the column. */
    public DataTable tooltip(Map<String, String> textByColumn) {
        return prop("tooltip", textByColumn);
    }

    /** How long the mouse must rest before a tooltip shows, in milliseconds. */
    public DataTable tooltipDelay(int millis) {
        return prop("tooltip_delay", millis);
    }

    /** How long a tooltip shows, in milliseconds. */
    public DataTable tooltipDuration(int millis) {
        return prop("tooltip_duration", millis);
    }

    /** Draws the table as a list: no vertical lines. */
    public DataTable styleAsListView(boolean listView) {
        return prop("style_as_list_view", listView);
    }

    /** Stretches the table to its container's width (on by default). */
    public DataTable fillWidth(boolean fill) {
        return prop("fill_width", fill);
    }

    /** How Markdown cells open links and whether they may contain HTML. */
    public DataTable markdownOptions(String linkTarget, boolean html) {
        return prop("markdown_options", Map.of("link_target", linkTarget, "html", html));
    }

    /** CSS rules for parts of the table, by selector, e.g. {@code Map.of(".dash-spreadsheet td", "padding: 4px")}. */
    public DataTable css(Map<String, String> ruleBySelector) {
        List<Map<String, String>> rules = new ArrayList<>();
        ruleBySelector.forEach((selector, rule) -> rules.add(Map.of("selector", selector, "rule", rule)));
        return prop("css", rules);
    }

    /** The style of the table's container, e.g. {@code Map.of("overflowX", "auto")}. */
    public DataTable styleTable(Map<String, ?> style) {
        return prop("style_table", style);
    }

    /** The style of every cell: header, filter and data. */
    public DataTable styleCell(Map<String, ?> style) {
        return prop("style_cell", style);
    }

    /** The style of the data cells. */
    public DataTable styleData(Map<String, ?> style) {
        return prop("style_data", style);
    }

    /** The style of the filter cells. */
    public DataTable styleFilter(Map<String, ?> style) {
        return prop("style_filter", style);
    }

    /** The style of the header cells. */
    public DataTable styleHeader(Map<String, ?> style) {
        return prop("style_header", style);
    }

    /** Styles of the cells of some columns. */
    public DataTable styleCellConditional(CellStyle... styles) {
        return prop("style_cell_conditional", List.of(styles));
    }

    /** Styles of the data cells that match conditions (rows, values, states). */
    public DataTable styleDataConditional(DataStyle... styles) {
        return prop("style_data_conditional", List.of(styles));
    }

    /** Styles of the filter cells of some columns. */
    public DataTable styleFilterConditional(FilterStyle... styles) {
        return prop("style_filter_conditional", List.of(styles));
    }

    /** Styles of some header cells. */
    public DataTable styleHeaderConditional(HeaderStyle... styles) {
        return prop("style_header_conditional", List.of(styles));
    }

    /** Renders only the visible rows, for large tables (give the table a height with {@link #styleTable}). */
    public DataTable virtualization(boolean virtualize) {
        return prop("virtualization", virtualize);
    }
}
