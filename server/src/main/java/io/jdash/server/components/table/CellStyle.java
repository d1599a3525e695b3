package io.jdash.server.components.table;

/** A style of the cells of some columns ({@code style_cell_conditional}): header, filter and data cells. */
public final class CellStyle extends ConditionalStyle<CellStyle> {}
