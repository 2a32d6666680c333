package io.jixiao.schema.warehouse;

import static java.util.Objects.requireNonNull;

/**
 * One change that makes a warehouse consistent again, none of which deletes data: point {@code CURRENT} at an intact
 * snapshot, remove a stale lock (only if it still reads {@code seen}), remove a dead ingest's staging folder.
 */
public record RepairStep(Kind kind, String target, String seen) {

    public enum Kind { POINT_CURRENT, REMOVE_STALE_LOCK, REMOVE_STAGING }

    public RepairStep {
        requireNonNull(kind, "kind");
        requireNonNull(target, "target");
        requireNonNull(seen, "seen");
    }

    public String describe() {
        return switch (kind) {
            case POINT_CURRENT -> "write " + target + " into " + WarehouseLayout.CURRENT;
            case REMOVE_STALE_LOCK -> "delete the stale " + WarehouseLayout.LOCK;
            case REMOVE_STAGING -> "delete " + WarehouseLayout.STAGING + "/, the files of an ingest that never "
                    + "finished (no snapshot holds them)";
        };
    }
}
