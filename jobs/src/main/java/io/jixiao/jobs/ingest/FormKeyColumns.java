package io.jixiao.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import io.jixiao.schema.warehouse.FormKey;
import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@link FormKey} columns of rows read with Spark: as stored, or, in files written before them (read as null),
 * derived from {@code form_id} as {@link FormKey#of} does. {@code conv} to base −10 reads the 16 digits as a
 * two's-complement long, as {@link Long#parseUnsignedLong} does.
 */
final class FormKeyColumns {

    private FormKeyColumns() {
    }

    static Dataset<Row> filled(Dataset<Row> rows, WarehouseTable table) {
        if (table.column(FormKey.HIGH).isEmpty()) {
            return rows;
        }
        Dataset<Row> filled = rows;
        for (String column : FormKey.JOIN_COLUMNS) {
            filled = filled.withColumn(column, coalesce(col(column), expr("CAST(conv(substr(form_id, "
                    + FormKey.firstDigit(column) + ", " + FormKey.digitsPerHalf() + "), 16, -10) AS BIGINT)")));
        }
        return filled;
    }
}
