package io.jixiao.schema.warehouse;

import static io.jixiao.schema.warehouse.ColumnType.STRING;

import java.util.List;

/**
 * The forms' grouping and filter columns (kind, the region's levels, department, unit, unit code, project), copied into
 * every fund line and indicator of the form as {@code form_<column>}: the metrics over the lines group and filter on
 * these instead of joining 5.4M lines to 1M forms (over a 1M-form warehouse that join was half of funds' time). The
 * copies are written by the ingest and filled by {@code compact}; the views give the rows of files written before them
 * their form's values by that join, so that every row reads its form's columns. {@link #AGENCY} is a column of the
 * views only, as {@code forms.agency} is.
 */
public final class FormColumnCopies {

    private static final String PREFIX = "form_";

    /** The forms columns copied, each a {@link io.jixiao.schema.warehouse.WarehouseTables#FORMS} column. */
    public static final List<String> FORMS_COLUMNS = List.of("kind", "region", "province", "prefecture", "county",
            "department", "unit", "unit_code", "project");

    /**
     * The copy a row holds the copies by: kind is required on forms, so a line whose {@code form_kind} is null was
     * written before the copies (or its file was).
     */
    public static final String MARKER = copyOf("kind");

    /** The views' agency of a line's form, as {@code forms.agency}: from its unit code and unit after the renames. */
    public static final String AGENCY = copyOf(WarehouseTables.AGENCY);

    private FormColumnCopies() {
    }

    /** A copy's name in the fund lines and indicators: {@code form_} and the forms column's name. */
    public static String copyOf(String formsColumn) {
        if (!FORMS_COLUMNS.contains(formsColumn) && !formsColumn.equals(WarehouseTables.AGENCY)) {
            throw new IllegalArgumentException("not a forms column copied into the lines: " + formsColumn);
        }
        return PREFIX + formsColumn;
    }

    /** The copies' names, in {@link #FORMS_COLUMNS}' order. */
    public static List<String> names() {
        return FORMS_COLUMNS.stream().map(FormColumnCopies::copyOf).toList();
    }

    /**
     * A lines table's rows with the copies of those written before them taken from their form (joined on the form key
     * and year); the rows that hold them keep theirs. The same SQL on DuckDB and Spark.
     *
     * @param table the lines table (funds or indicators), whose columns the result has, in order
     * @param lines its rows as a FROM item, with the form key
     * @param forms the forms as a FROM item, as their files hold them
     */
    public static String filledSql(WarehouseTable table, String lines, String forms) {
        List<String> copies = names();
        if (!table.columns().stream().map(Column::name).toList().containsAll(copies)) {
            throw new IllegalArgumentException(table.name() + " holds no copies of its forms' columns");
        }
        StringBuilder select = new StringBuilder("SELECT ");
        for (Column column : table.columns()) {
            String name = column.name();
            if (select.length() > "SELECT ".length()) {
                select.append(", ");
            }
            if (copies.contains(name)) {
                select.append("CASE WHEN l.").append(MARKER).append(" IS NULL THEN f.")
                        .append(FORMS_COLUMNS.get(copies.indexOf(name))).append(" ELSE l.").append(name)
                        .append(" END AS ").append(name);
            } else {
                select.append("l.").append(name);
            }
        }
        return select + " FROM " + lines + " l LEFT JOIN " + forms + " f ON l." + FormKey.HIGH + " = f." + FormKey.HIGH
                + " AND l." + FormKey.LOW + " = f." + FormKey.LOW + " AND l." + WarehouseTable.YEAR + " = f."
                + WarehouseTable.YEAR;
    }

    /** The copies as optional columns of a lines table. */
    static List<Column> columns() {
        return FORMS_COLUMNS.stream().map(c -> Column.optional(copyOf(c), STRING, "the form's " + c
                + " (forms." + c + ", copied at ingest; from the form in files written before the copies)")).toList();
    }
}
