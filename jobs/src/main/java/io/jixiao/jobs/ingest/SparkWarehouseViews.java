package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Registers the current snapshot of a warehouse (any Hadoop URI) as Spark temp views named after the tables,
 * so the metric SQL that DuckDB runs also runs on Spark SQL. A damaged warehouse is refused
 * ({@link io.jixiao.schema.warehouse.WarehouseDamagedException}).
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
        WarehouseLayout.requireWarehouse(new HadoopWarehouseFiles(fs, root));
        SnapshotTables tables = new SnapshotTables(spark, fs, root, new Snapshots(fs, root).current());
        for (WarehouseTable table : WarehouseTables.ALL) {
            tables.read(table).createOrReplaceTempView(table.name());
        }
    }
}
