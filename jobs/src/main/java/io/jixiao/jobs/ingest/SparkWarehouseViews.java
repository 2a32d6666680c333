package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Registers the current snapshot of a warehouse (any Hadoop URI) as Spark temp views named after the tables,
 * so the metric SQL that DuckDB runs also runs on Spark SQL.
 */
public final class SparkWarehouseViews {

    private SparkWarehouseViews() {
    }

    public static void register(SparkSession spark, String warehouse) {
        Path root = new Path(warehouse);
        FileSystem fs;
        try {
            fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the file system of " + warehouse, e);
        }
        String snapshot = new Snapshots(fs, root).current().orElse(null);
        for (WarehouseTable table : WarehouseTables.ALL) {
            view(spark, fs, root, snapshot, table).createOrReplaceTempView(table.name());
        }
    }

    private static Dataset<Row> view(SparkSession spark, FileSystem fs, Path root, String snapshot,
                                     WarehouseTable table) {
        Path directory = new Path(root, WarehouseLayout.tablePath(snapshot == null ? "none" : snapshot, table));
        try {
            boolean present = (snapshot != null || table == WarehouseTables.RUNS) && fs.exists(directory);
            if (present) {
                return spark.read().schema(SparkSchemas.of(table))
                        .option("recursiveFileLookup", String.valueOf(!table.partitionedByYear()))
                        .option("pathGlobFilter", "*.parquet")
                        .parquet(directory.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + directory, e);
        }
        return spark.createDataFrame(List.of(), SparkSchemas.of(table));
    }
}
