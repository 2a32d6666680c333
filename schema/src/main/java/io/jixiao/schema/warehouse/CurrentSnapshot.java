package io.jixiao.schema.warehouse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Finds the snapshot in force and checks it against its manifest, for every reader and for the ingest.
 *
 * <p>{@code CURRENT} names it. When {@code CURRENT} is missing, empty or names a snapshot that is not there, the
 * newest complete snapshot (one with a manifest; run ids sort by time) is in force: a manifest is written only
 * once every data file is, so that snapshot holds the last data an ingest finished. When there is none, an
 * empty warehouse is one that never had a run; any other is refused. A snapshot whose data files are not all
 * there with their sizes and checksums is refused, naming the first damaged file and the intact snapshot it was
 * built from.
 */
public final class CurrentSnapshot {

    private static final Pattern SNAPSHOT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int NAMED_PROBLEMS = 3;

    private CurrentSnapshot() {
    }

    /** The snapshot in force, checked; empty for a warehouse nothing was ever committed to. */
    public static Optional<Snapshot> find(WarehouseFiles files) {
        Optional<String> pointer = files.text(WarehouseLayout.CURRENT);
        String named = pointer.map(String::strip).orElse("");
        String problem;
        if (pointer.isEmpty()) {
            problem = "CURRENT is missing";
        } else if (named.isEmpty()) {
            problem = "CURRENT is empty";
        } else if (!SNAPSHOT_ID.matcher(named).matches()) {
            problem = "CURRENT does not name a snapshot";
        } else if (!files.exists(folder(named))) {
            problem = "CURRENT names snapshot " + named + ", which is not there";
        } else {
            Optional<String> manifest = files.text(manifestPath(named));
            if (manifest.isEmpty()) {
                if (completeSnapshots(files).isEmpty()) {
                    return Optional.of(new Snapshot(named, null, null));  // written before manifests
                }
                // other snapshots have theirs: this one lost its manifest, and its files cannot be checked
                throw new WarehouseDamagedException("warehouse " + files.location() + " is damaged: the "
                        + SnapshotManifest.FILE_NAME + " of snapshot " + named + " (in force) is missing, so its data"
                        + " files cannot be checked; nothing was read. jixiao repair points CURRENT back at the"
                        + " nearest intact snapshot");
            }
            return Optional.of(new Snapshot(named, checked(files, parse(files, named, manifest.get())), null));
        }
        List<SnapshotManifest> complete = completeSnapshots(files);
        if (!complete.isEmpty()) {
            SnapshotManifest newest = complete.get(0);
            return Optional.of(new Snapshot(newest.snapshot(), checked(files, newest), problem));
        }
        if (pointer.isEmpty() && (snapshotFolders(files).isEmpty() || files.names(WarehouseLayout.RUNS).isEmpty())) {
            return Optional.empty();  // nothing committed yet: no folder, or only a first run that died
        }
        throw new WarehouseDamagedException("warehouse " + files.location() + " is damaged: " + problem
                + ", and no snapshot is marked complete by a " + SnapshotManifest.FILE_NAME + " (snapshots: "
                + String.join(", ", snapshotFolders(files)) + "); nothing was read");
    }

    /** The snapshots with a whole manifest, newest first. */
    public static List<SnapshotManifest> completeSnapshots(WarehouseFiles files) {
        List<SnapshotManifest> complete = new ArrayList<>();
        for (String id : snapshotFolders(files)) {
            files.text(manifestPath(id)).ifPresent(text -> {
                try {
                    complete.add(SnapshotManifest.parse(id, text));
                } catch (IllegalArgumentException e) {
                    // a manifest cut short was never committed: the snapshot is not complete
                }
            });
        }
        complete.sort(Comparator.comparing(SnapshotManifest::snapshot).reversed());
        return complete;
    }

    /** The folders under {@code snapshots/} that may be snapshots, sorted by name (by time). */
    public static List<String> snapshotFolders(WarehouseFiles files) {
        return files.names(WarehouseLayout.SNAPSHOTS).stream().filter(n -> SNAPSHOT_ID.matcher(n).matches())
                .toList();
    }

    /**
     * What is wrong with a snapshot's data files, in the manifest's order: each missing file, each of another size,
     * each whose bytes changed since the ingest wrote them (another CRC32C; a file of a manifest written before
     * checksums is checked by size alone).
     */
    public static List<String> damage(WarehouseFiles files, SnapshotManifest manifest) {
        // every byte is read for the checksums: the files are read side by side (all cores, for a cold JVM's reads)
        return manifest.files().parallelStream()
                .map(file -> damage(files, folder(manifest.snapshot()) + "/" + file.path(), file))
                .flatMap(Optional::stream).toList();
    }

    private static Optional<String> damage(WarehouseFiles files, String path, SnapshotManifest.DataFile file) {
        OptionalLong size = files.size(path);
        if (size.isEmpty()) {
            return Optional.of(path + " is missing");
        }
        if (size.getAsLong() != file.bytes()) {
            return Optional.of(path + " has " + size.getAsLong() + " bytes, the manifest says " + file.bytes());
        }
        if (file.crc32c().isEmpty()) {
            return Optional.empty();
        }
        OptionalLong crc32c = files.crc32c(path);
        if (crc32c.isEmpty()) {
            return Optional.of(path + " is missing");
        }
        if (crc32c.getAsLong() != file.crc32c().getAsLong()) {
            return Optional.of(path + " was changed after it was written: its CRC32C is "
                    + DataFileChecksum.text(crc32c.getAsLong()) + ", the manifest says "
                    + DataFileChecksum.text(file.crc32c().getAsLong()));
        }
        return Optional.empty();
    }

    public static String manifestPath(String snapshot) {
        return folder(snapshot) + "/" + SnapshotManifest.FILE_NAME;
    }

    private static String folder(String snapshot) {
        return WarehouseLayout.SNAPSHOTS + "/" + snapshot;
    }

    private static SnapshotManifest parse(WarehouseFiles files, String snapshot, String text) {
        try {
            return SnapshotManifest.parse(snapshot, text);
        } catch (IllegalArgumentException e) {
            throw new WarehouseDamagedException("warehouse " + files.location() + " is damaged: the manifest of "
                    + "snapshot " + snapshot + " (in force) cannot be read: " + e.getMessage() + "; nothing was read");
        }
    }

    private static SnapshotManifest checked(WarehouseFiles files, SnapshotManifest manifest) {
        List<String> problems = damage(files, manifest);
        if (problems.isEmpty()) {
            return manifest;
        }
        String named = String.join("; ", problems.subList(0, Math.min(NAMED_PROBLEMS, problems.size())))
                + (problems.size() > NAMED_PROBLEMS ? "; and " + (problems.size() - NAMED_PROBLEMS) + " more" : "");
        throw new WarehouseDamagedException("warehouse " + files.location() + " is damaged: " + problems.size()
                + " of the " + manifest.files().size() + " data files of snapshot " + manifest.snapshot()
                + " (in force) are missing, short or changed: " + named + "; nothing was read. "
                + recovery(files, manifest));
    }

    /** How to get back to a consistent warehouse: the intact snapshot this one was built from, if there is one. */
    private static String recovery(WarehouseFiles files, SnapshotManifest damaged) {
        Optional<SnapshotManifest> parent = damaged.parentSnapshot()
                .flatMap(id -> files.text(manifestPath(id)).flatMap(text -> {
                    try {
                        return Optional.of(SnapshotManifest.parse(id, text));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                }))
                .filter(manifest -> damage(files, manifest).isEmpty());
        return parent.map(p -> "Snapshot " + p.snapshot() + ", the one it was built from, is intact: restore the "
                        + "files from a backup, or make it current (write " + p.snapshot() + " into "
                        + WarehouseLayout.CURRENT + ") and ingest the documents added since again.")
                .orElse("Restore the files from a backup.");
    }
}
