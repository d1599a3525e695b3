package io.jdash.server;

import io.jdash.frontend.FrontendPackages;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.table.Column;
import io.jdash.server.components.table.DataTable;
import java.util.List;
import java.util.Map;

/**
 * Builders for the {@code DataTable} of dash-table (version {@value FrontendPackages#DASH_TABLE}; package
 * {@code io.jdash.server.components.table}).
 *
 * <pre>{@code
 * DashTable.dataTable(List.of(DashTable.column("city", "City"), DashTable.column("pop", "Population")), rows)
 *         .id("cities").pageSize(10).sortAction(DataTable.Action.NATIVE)
 * }</pre>
 */
public final class DashTable {
    /** The namespace of dash-table. */
    public static final String NAMESPACE = Namespaces.DASH_TABLE;

    private DashTable() {}

    /** An empty table. */
    public static DataTable dataTable() {
        return new DataTable();
    }

    /** A table of these columns and rows (maps from column id to a string, number or boolean). */
    public static DataTable dataTable(List<Column> columns, List<? extends Map<String, ?>> rows) {
        return new DataTable().columns(columns).data(rows);
    }

    /** A column of the rows' {@code id} values, headed {@code name}. */
    public static Column column(String id, String name) {
        return Column.of(id, name);
    }
}
