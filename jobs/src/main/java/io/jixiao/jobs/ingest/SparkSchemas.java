package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.ColumnType;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/** Spark schemas derived from the warehouse table definitions in {@code schema/}. */
public final class SparkSchemas {

    /** The column of a staged documents row naming the attempt that parsed it and wrote its table files. */
    static final String ATTEMPT = "attempt";

    /** A new document's {@code documents} row, as its parse stages it: the table's columns and the attempt. */
    static final StructType STAGED_DOCUMENT = of(WarehouseTables.DOCUMENTS)
            .add(ATTEMPT, DataTypes.StringType, false);

    private SparkSchemas() {
    }

    public static StructType of(WarehouseTable table) {
        return new StructType(table.columns().stream().map(SparkSchemas::field).toArray(StructField[]::new));
    }

    /**
     * The table's columns in order, as a projection that restores its non-null columns: file sources and unions
     * make every column nullable, and Parquet would then write REQUIRED columns as OPTIONAL. Wrapping a column in
     * {@code coalesce} with a literal is how Spark's analyser learns it is non-null; the literal is never used,
     * since {@link TableRow} refuses a null in these columns when the row is made and old snapshots hold none.
     */
    static org.apache.spark.sql.Column[] columnsOf(WarehouseTable table) {
        return table.columns().stream()
                .map(c -> c.nullable() ? col(c.name()) : coalesce(col(c.name()), never(c.type())).as(c.name()))
                .toArray(org.apache.spark.sql.Column[]::new);
    }

    private static org.apache.spark.sql.Column never(ColumnType type) {
        return lit(switch (type) {
            case STRING -> "";
            case INT -> 0;
            case LONG -> 0L;
            case DECIMAL -> java.math.BigDecimal.ZERO;
            case BOOLEAN -> false;
            case TIMESTAMP -> new java.sql.Timestamp(0);
        }).cast(type(type));
    }

    static DataType type(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DECIMAL -> DataTypes.createDecimalType(ColumnType.DECIMAL_PRECISION, ColumnType.DECIMAL_SCALE);
            case BOOLEAN -> DataTypes.BooleanType;
            case TIMESTAMP -> DataTypes.TimestampType;
        };
    }

    private static StructField field(Column column) {
        return DataTypes.createStructField(column.name(), type(column.type()), column.nullable());
    }
}
