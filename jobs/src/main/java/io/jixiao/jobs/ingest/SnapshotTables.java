package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.Snapshot;
import io.jixiao.schema.warehouse.SnapshotManifest;
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
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The tables of the snapshot in force, read with Spark: exactly the files its manifest names (checked before by
 * {@link io.jixiao.schema.warehouse.CurrentSnapshot}), or the table folders of a snapshot without one. The
 * append-only {@code runs} log lives outside the snapshots and is read by folder.
 */
final class SnapshotTables {

    private final SparkSession spark;
    private final FileSystem fs;
    private final Path root;
    private final Snapshot snapshot;

    SnapshotTables(SparkSession spark, FileSystem fs, Path root, Optional<Snapshot> snapshot) {
        this.spark = requireNonNull(spark, "spark");
        this.fs = requireNonNull(fs, "fs");
        this.root = requireNonNull(root, "root");
        this.snapshot = snapshot.orElse(null);
    }

    /** A table's rows, with the form key of files written before it derived ({@link FormKeyColumns}). */
    Dataset<Row> read(WarehouseTable table) {
        return FormKeyColumns.filled(stored(table), table);
    }

    private Dataset<Row> stored(WarehouseTable table) {
        if (table == WarehouseTables.RUNS) {
            return folder(new Path(root, WarehouseLayout.RUNS), table);
        }
        if (snapshot == null) {
            return empty(table);
        }
        Path directory = new Path(root, snapshot.tablePath(table));
        Optional<SnapshotManifest> manifest = snapshot.checkedManifest();
        if (manifest.isEmpty()) {
            return folder(directory, table);
        }
        List<String> files = manifest.get().files(table).stream()
                .map(file -> new Path(root, snapshot.filePath(file)).toString()).toList();
        if (files.isEmpty()) {
            return empty(table);
        }
        return spark.read().schema(SparkSchemas.of(table))
                .option("basePath", directory.toString())
                .parquet(files.toArray(String[]::new));
    }

    private Dataset<Row> folder(Path directory, WarehouseTable table) {
        try {
            if (!fs.exists(directory)) {
                return empty(table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + directory, e);
        }
        return spark.read().schema(SparkSchemas.of(table))
                .option("recursiveFileLookup", String.valueOf(!table.partitionedByYear()))
                .option("pathGlobFilter", "*.parquet")
                .parquet(directory.toString());
    }

    private Dataset<Row> empty(WarehouseTable table) {
        return spark.createDataFrame(List.of(), SparkSchemas.of(table));
    }
}
