package io.jixiao.schema.warehouse;

import java.nio.file.Path;
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

    private WarehouseLayout() {
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
