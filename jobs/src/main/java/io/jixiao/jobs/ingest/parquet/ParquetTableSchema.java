package io.jixiao.jobs.ingest.parquet;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.ColumnType;
import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

import java.util.List;

/**
 * The Parquet schema of a table's files, as Spark's own writer lays it out for the same Spark schema: strings as
 * UTF-8 binaries, DECIMAL(18,4) as INT64, timestamps as INT64 microseconds, non-null columns REQUIRED.
 */
public final class ParquetTableSchema {

    private ParquetTableSchema() {
    }

    public static MessageType of(WarehouseTable table) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column column : table.fileColumns()) {
            message.addField(field(column));
        }
        return message.named("spark_schema");
    }

    /** The positions, in a row of all the table's columns, of the columns stored in its files. */
    static int[] filePositions(WarehouseTable table) {
        List<Column> all = table.columns();
        return table.fileColumns().stream().mapToInt(all::indexOf).toArray();
    }

    private static Type field(Column column) {
        Type.Repetition repetition = column.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
        return switch (column.type()) {
            case STRING -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
                    .as(LogicalTypeAnnotation.stringType()).named(column.name());
            case INT -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
            case LONG -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
            case DECIMAL -> Types.primitive(PrimitiveTypeName.INT64, repetition)
                    .as(LogicalTypeAnnotation.decimalType(ColumnType.DECIMAL_SCALE, ColumnType.DECIMAL_PRECISION))
                    .named(column.name());
            case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
            case TIMESTAMP -> Types.primitive(PrimitiveTypeName.INT64, repetition)
                    .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS))
                    .named(column.name());
        };
    }
}
