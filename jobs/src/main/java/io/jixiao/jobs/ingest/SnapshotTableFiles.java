package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.Snapshot;
import io.jixiao.schema.warehouse.SnapshotManifest;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The data files of one table in the snapshot in force: those its manifest names, or, for a snapshot an older Jixiao
 * wrote without one, the Parquet files under the table's folder.
 */
final class SnapshotTableFiles {

    private final FileSystem fs;
    private final Path root;
    private final Snapshot snapshot;

    SnapshotTableFiles(FileSystem fs, Path root, Optional<Snapshot> snapshot) {
        this.fs = requireNonNull(fs, "fs");
        this.root = fs.makeQualified(requireNonNull(root, "root"));
        this.snapshot = snapshot.orElse(null);
    }

    /**
     * Whether a file in a table's folder is one of its data files, as a manifest lists them: Parquet, and neither
     * hidden nor one of Spark's markers (checksum files, {@code _SUCCESS}).
     */
    static boolean isDataFile(String name) {
        return name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_");
    }

    /** The table's folder in the snapshot; null when there is no snapshot. */
    Path folder(WarehouseTable table) {
        return snapshot == null ? null : new Path(root, snapshot.tablePath(table));
    }

    /** The table's files, each with its path relative to the table's folder ({@code year=2023/part-….parquet}). */
    List<TableFile> of(WarehouseTable table) {
        if (snapshot == null) {
            return List.of();
        }
        Path folder = folder(table);
        List<TableFile> files = new ArrayList<>();
        Optional<SnapshotManifest> manifest = snapshot.checkedManifest();
        if (manifest.isPresent()) {
            String prefix = table.name() + "/";
            for (SnapshotManifest.DataFile file : manifest.get().files(table)) {
                files.add(new TableFile(new Path(root, snapshot.filePath(file)),
                        file.path().substring(prefix.length())));
            }
            return files;
        }
        try {
            if (!fs.exists(folder)) {
                return List.of();
            }
            String prefix = folder.toUri().getPath() + "/";
            for (FileStatus status : FileTree.files(fs, folder)) {
                String name = status.getPath().getName();
                if (isDataFile(name)) {
                    files.add(new TableFile(status.getPath(),
                            status.getPath().toUri().getPath().substring(prefix.length())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of " + folder, e);
        }
        return files;
    }

    /** The data files of every table, each with its path relative to the snapshot folder ({@code forms/year=…/…}). */
    List<String> relativePaths() {
        List<String> paths = new ArrayList<>();
        for (WarehouseTable table : WarehouseTables.ALL) {
            if (table != WarehouseTables.RUNS) {
                of(table).forEach(file -> paths.add(table.name() + "/" + file.relative()));
            }
        }
        return paths;
    }

    /** A data file and its path under its table's folder. */
    record TableFile(Path path, String relative) {

        TableFile {
            requireNonNull(path, "path");
            requireNonNull(relative, "relative");
        }

        /** The year of a file of a table partitioned by year; empty for another table's. */
        Optional<Integer> year() {
            int slash = relative.indexOf('/');
            return slash < 0 ? Optional.empty() : WarehouseTable.yearOfFolder(relative.substring(0, slash));
        }
    }
}
