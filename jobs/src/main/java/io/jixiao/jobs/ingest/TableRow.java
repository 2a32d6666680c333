package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.ColumnType;
import io.jixiao.schema.warehouse.WarehouseTable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Values for one row of a warehouse table, set by column name and laid out in the table's column order. */
final class TableRow {

    private final WarehouseTable table;
    private final Map<String, Object> values = new HashMap<>();

    private TableRow(WarehouseTable table) {
        this.table = table;
    }

    static TableRow of(WarehouseTable table) {
        return new TableRow(table);
    }

    TableRow set(String column, Object value) {
        if (table.column(column).isEmpty()) {
            throw new IllegalArgumentException("table " + table.name() + " has no column " + column);
        }
        values.put(column, value instanceof BigDecimal decimal ? fitDecimal(decimal) : value);
        return this;
    }

    /**
     * Decimals are stored as DECIMAL(18,4); a value beyond that (a phone number read as a target, say) is
     * dropped rather than failing the whole batch under Spark's ANSI mode.
     */
    private static BigDecimal fitDecimal(BigDecimal value) {
        BigDecimal scaled = value.setScale(ColumnType.DECIMAL_SCALE, RoundingMode.HALF_UP);
        return scaled.precision() > ColumnType.DECIMAL_PRECISION ? null : scaled;
    }

    Object[] toArray() {
        List<Column> columns = table.columns();
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            Column column = columns.get(i);
            Object value = values.get(column.name());
            if (value == null && !column.nullable()) {
                throw new IllegalStateException(table.name() + "." + column.name() + " may not be null");
            }
            row[i] = value;
        }
        return row;
    }
}
