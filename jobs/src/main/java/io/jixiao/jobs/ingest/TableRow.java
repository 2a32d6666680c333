package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.ColumnType;
import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.FormKey;
import io.jixiao.schema.warehouse.WarehouseTables;
import io.jixiao.schema.warehouse.ModelColumns.ModelColumn;
import io.jixiao.schema.warehouse.WarehouseTable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Values for one row of a warehouse table, set by column name and laid out in the table's column order. */
final class TableRow {

    /**
     * Positions of the forms' copied columns ({@link FormColumnCopies}) by table: in the forms, those of the columns;
     * in a table of lines, those of their copies, in the same order.
     */
    private static final Map<String, int[]> COPY_POSITIONS = new ConcurrentHashMap<>();

    private final RowLayout layout;
    private final Object[] values;

    private TableRow(WarehouseTable table) {
        this.layout = RowLayout.of(table);
        this.values = new Object[layout.columns()];
    }

    static TableRow of(WarehouseTable table) {
        return new TableRow(table);
    }

    /** Where a column sits in the table's rows. */
    static int position(WarehouseTable table, String column) {
        return RowLayout.of(table).position(column);
    }

    TableRow set(String column, Object value) {
        values[layout.position(column)] = value instanceof BigDecimal decimal ? fitDecimal(decimal) : value;
        return this;
    }

    /** The form the row belongs to: its id and the id's integer halves, the join key ({@link FormKey}). */
    TableRow setForm(String formId, FormKey key) {
        return set("form_id", formId).set(FormKey.HIGH, key.high()).set(FormKey.LOW, key.low());
    }

    /** A line's copies of its form's grouping and filter columns ({@link FormColumnCopies}), from the form's row. */
    TableRow setFormColumns(Object[] formRow) {
        copyFormColumns(formRow, layout.table(), values);
        return this;
    }

    /** Sets the copies of a form's columns in a row of a table of its lines, from the form's row. */
    static void copyFormColumns(Object[] formRow, WarehouseTable lines, Object[] lineRow) {
        int[] from = COPY_POSITIONS.computeIfAbsent(WarehouseTables.FORMS.name(), name -> FormColumnCopies
                .FORMS_COLUMNS.stream().mapToInt(column -> position(WarehouseTables.FORMS, column)).toArray());
        int[] to = COPY_POSITIONS.computeIfAbsent(lines.name(), name -> FormColumnCopies.names().stream()
                .mapToInt(copy -> position(lines, copy)).toArray());
        for (int i = 0; i < from.length; i++) {
            lineRow[to[i]] = formRow[from[i]];
        }
    }

    /** Every value of the record the mapping names, under its column. */
    <T> TableRow setAll(List<? extends ModelColumn<T, ?>> columns, T record) {
        for (ModelColumn<T, ?> column : columns) {
            set(column.name(), column.of(record));
        }
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
        layout.requireValues(values);
        return values;
    }
}
