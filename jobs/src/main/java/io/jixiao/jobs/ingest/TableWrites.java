package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** Writes rows of a warehouse table with Spark, in the table's column order and folder layout. */
final class TableWrites {

    private TableWrites() {
    }

    static void write(Path directory, WarehouseTable table, Dataset<Row> rows, SaveMode mode) {
        var writer = rows.select(SparkSchemas.columnsOf(table)).write().mode(mode);
        if (table.partitionedByYear()) {
            writer = writer.partitionBy(WarehouseTable.YEAR);
        }
        writer.parquet(directory.toString());
    }
}
