package io.jixiao.schema.warehouse;

/** One column of a warehouse table. */
public record Column(String name, ColumnType type, boolean nullable, String description) {

    static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, false, description);
    }

    static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, true, description);
    }
}
