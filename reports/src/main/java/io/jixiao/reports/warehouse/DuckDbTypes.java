package io.jixiao.reports.warehouse;

import io.jixiao.schema.warehouse.ColumnType;

/** The DuckDB type of each warehouse column type. */
public final class DuckDbTypes {

    private DuckDbTypes() {
    }

    public static String of(ColumnType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case DECIMAL -> "DECIMAL(" + ColumnType.DECIMAL_PRECISION + "," + ColumnType.DECIMAL_SCALE + ")";
            case BOOLEAN -> "BOOLEAN";
            case TIMESTAMP -> "TIMESTAMP";
        };
    }
}
