package io.jdash.server.components.table;

import io.jdash.server.components.PropObject;

/** A sort of a {@link DataTable} by one column: {@code SortBy.desc("pop")}. */
public final class SortBy extends PropObject<SortBy> {

    private SortBy(String columnId, String direction) {
        put("column_id", columnId);
        put("direction", direction);
    }

    /** Ascending by the column {@code columnId}. */
    public static SortBy asc(String columnId) {
        return new SortBy(columnId, "asc");
    }

    /** Descending by the column {@code columnId}. */
    public static SortBy desc(String columnId) {
        return new SortBy(columnId, "desc");
    }
}
