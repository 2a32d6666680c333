package io.jixiao.schema.warehouse;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The snapshot in force: its id, its manifest (absent for a snapshot an older Jixiao wrote, which is read by
 * folder, unchecked) and, when {@code CURRENT} could not be followed, why (the snapshot was then found as the
 * newest complete one).
 */
public record Snapshot(String id, SnapshotManifest manifest, String pointerProblem) {

    public Snapshot {
        requireNonNull(id, "id");
    }

    public Optional<SnapshotManifest> checkedManifest() {
        return Optional.ofNullable(manifest);
    }

    public Optional<String> brokenPointer() {
        return Optional.ofNullable(pointerProblem);
    }

    /** The folder of a table relative to the warehouse root. */
    public String tablePath(WarehouseTable table) {
        return WarehouseLayout.tablePath(id, table);
    }

    /** The path of a data file of the manifest relative to the warehouse root. */
    public String filePath(SnapshotManifest.DataFile file) {
        return WarehouseLayout.SNAPSHOTS + "/" + id + "/" + file.path();
    }
}
