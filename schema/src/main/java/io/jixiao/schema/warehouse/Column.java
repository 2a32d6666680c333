package io.jixiao.schema.warehouse;

/**
 * One column of a warehouse table.
 *
 * @param mostlyDistinct whether its values seldom recur within a file (ids, amounts, free text): the ingest writes such
 *                       a column plain, since a dictionary of its values would cost a look-up per value and save nothing
 */
public record Column(String name, ColumnType type, boolean nullable, String description, boolean mostlyDistinct) {

    static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, false, description, false);
    }

    static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, true, description, false);
    }

    /** This column, marked as one whose values seldom recur. */
    Column distinct() {
        return new Column(name, type, nullable, description, true);
    }
}
