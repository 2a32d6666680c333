package io.jixiao.schema.warehouse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the tables live under a warehouse folder.
 *
 * <p>Each ingest writes a complete snapshot of the data tables under {@code snapshots/<run id>/<table>} and then
 * switches the one-line pointer file {@code CURRENT} to it with an atomic rename: readers follow the pointer,
 * so a run that dies half-way leaves the previous snapshot current, complete and readable. The {@code runs} log
 * is append-only beside the snapshots ({@code runs/<run id>/}). The run holding {@code _lock} stages its parsed
 * documents under {@code _staging/<run id>}.
 */
public final class WarehouseLayout {

    public static final String CURRENT = "CURRENT";
    public static final String SNAPSHOTS = "snapshots";
    public static final String RUNS = "runs";
    public static final String LOCK = "_lock";
    /** Where the run holding the lock stages its parsed documents; readers never look here. */
    public static final String STAGING = "_staging";

    private static final int NAMED_ENTRIES = 3;

    private WarehouseLayout() {
    }

    /**
     * Refuses what a reader must not answer from: a file, a missing folder, or a folder no ingest wrote (without
     * {@code CURRENT}, {@code snapshots/} and {@code runs/}), which would otherwise answer every query with nothing.
     */
    public static void requireWarehouse(WarehouseFiles files) {
        requireNotAFile(files);
        if (!files.exists("")) {
            throw new NotAWarehouseException("warehouse folder not found: " + files.location());
        }
        if (!files.exists(CURRENT) && !files.exists(SNAPSHOTS) && !files.exists(RUNS)) {
            throw new NotAWarehouseException(files.location() + " is not a warehouse: it has no " + CURRENT + ", "
                    + SNAPSHOTS + "/ or " + RUNS + "/ (give --warehouse the folder an ingest wrote)");
        }
    }

    /**
     * Refuses what an ingest must not write into: a file, or a folder that holds other things than a warehouse
     * (a document folder given as the warehouse, say). A missing or empty folder becomes a new warehouse.
     */
    public static void requireWritable(WarehouseFiles files) {
        requireNotAFile(files);
        // hidden entries (.DS_Store, an editor's) do not make a folder someone else's
        List<String> entries = files.names("").stream().filter(name -> !name.startsWith(".")).toList();
        boolean warehouse = List.of(CURRENT, SNAPSHOTS, RUNS, LOCK, STAGING).stream().anyMatch(entries::contains);
        if (!entries.isEmpty() && !warehouse) {
            throw new NotAWarehouseException(files.location() + " is not a warehouse and not empty (it holds "
                    + String.join(", ", entries.subList(0, Math.min(NAMED_ENTRIES, entries.size())))
                    + (entries.size() > NAMED_ENTRIES ? " and " + (entries.size() - NAMED_ENTRIES) + " more" : "")
                    + "): give --warehouse a new or empty folder, or one an ingest wrote");
        }
    }

    private static void requireNotAFile(WarehouseFiles files) {
        if (files.isFile("")) {
            throw new NotAWarehouseException(files.location() + " is a file, not a warehouse folder");
        }
    }

    /** The folder of a table relative to the warehouse root, within the given snapshot. */
    public static String tablePath(String snapshot, WarehouseTable table) {
        return table.name().equals(WarehouseTables.RUNS.name())
                ? RUNS
                : SNAPSHOTS + "/" + snapshot + "/" + table.name();
    }

    /**
     * The id of the snapshot in force on a local file system ({@link CurrentSnapshot}); empty when nothing was
     * ingested yet. A damaged warehouse is refused ({@link WarehouseDamagedException}).
     */
    public static Optional<String> currentSnapshot(Path warehouse) {
        return CurrentSnapshot.find(new LocalWarehouseFiles(warehouse)).map(Snapshot::id);
    }

    /** The current folder of a table on a local file system; empty when nothing was ingested yet. */
    public static Optional<Path> tableDirectory(Path warehouse, WarehouseTable table) {
        if (table.name().equals(WarehouseTables.RUNS.name())) {
            return Optional.of(warehouse.resolve(RUNS));
        }
        return currentSnapshot(warehouse).map(snapshot -> warehouse.resolve(tablePath(snapshot, table)));
    }
}
