package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.nio.file.Path;
import java.util.List;

/** Reads the current snapshot of a local warehouse back with Spark, for assertions. */
final class WarehouseReader {

    private WarehouseReader() {
    }

    static Dataset<Row> table(Path warehouse, WarehouseTable table) {
        Path directory = WarehouseLayout.tableDirectory(warehouse, table)
                .orElseThrow(() -> new AssertionError("nothing ingested into " + warehouse));
        // runs/ holds one folder per run, not hive partitions: look into them
        return SharedSpark.session().read().schema(SparkSchemas.of(table))
                .option("recursiveFileLookup", String.valueOf(!table.partitionedByYear()))
                .parquet(directory.toString());
    }

    /** The table's rows as sorted strings, without the columns a run stamps (run id, time). */
    static List<String> rows(Path warehouse, WarehouseTable table) {
        Dataset<Row> rows = table(warehouse, table);
        for (String stamped : List.of("run_id", "ingested_at")) {
            if (table.column(stamped).isPresent()) {
                rows = rows.drop(stamped);
            }
        }
        return rows.collectAsList().stream().map(Row::toString).sorted().toList();
    }
}
