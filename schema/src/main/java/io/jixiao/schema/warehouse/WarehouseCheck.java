package io.jixiao.schema.warehouse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What is wrong with a warehouse, read from its files alone, and the steps that make it consistent again.
 *
 * <p>Problems are what stops or misleads a reader or the next ingest: a {@code CURRENT} that is missing, empty or
 * names a snapshot that is not there or not intact; a stale lock; a dead ingest's staging folder. Notes are what
 * is worth knowing and needs no repair: the snapshot in force, snapshots kept because nothing proves them
 * superseded (a damaged one among them), snapshots the next ingest deletes. The repair points {@code CURRENT} at
 * the nearest intact snapshot the one named was built from, else the newest intact one; it deletes no snapshot.
 */
public record WarehouseCheck(String location, Optional<String> inForce, List<String> problems, List<String> notes,
                             List<RepairStep> repairs, List<String> unrepairable) {

    public WarehouseCheck {
        requireNonNull(location, "location");
        requireNonNull(inForce, "inForce");
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        repairs = List.copyOf(repairs);
        unrepairable = List.copyOf(unrepairable);
    }

    public boolean consistent() {
        return problems.isEmpty();
    }

    /** Whether an ingest holds the lock: the warehouse is being written and must not be repaired now. */
    public boolean lockedByLiveIngest() {
        return notes.stream().anyMatch(n -> n.startsWith(LIVE_LOCK));
    }

    private static final String LIVE_LOCK = "an ingest holds the lock: ";
    private static final byte[] PARQUET_MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    /** Checks the warehouse; one that is not a warehouse at all is refused ({@link NotAWarehouseException}). */
    public static WarehouseCheck of(WarehouseFiles files, String thisHost, Instant now) {
        WarehouseLayout.requireWarehouse(files);
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<RepairStep> repairs = new ArrayList<>();
        List<String> unrepairable = new ArrayList<>();

        boolean ingestRunning = false;
        Optional<String> lock = files.text(WarehouseLayout.LOCK);
        if (lock.isPresent()) {
            LockState state = LockState.of(lock.get(), files.modified(WarehouseLayout.LOCK), thisHost, now);
            if (state.stale()) {
                problems.add(WarehouseLayout.LOCK + " is stale: " + state.description());
                repairs.add(new RepairStep(RepairStep.Kind.REMOVE_STALE_LOCK, WarehouseLayout.LOCK, lock.get()));
            } else {
                ingestRunning = true;
                notes.add(LIVE_LOCK + state.description() + "; what it is writing is not judged");
            }
        }
        if (!ingestRunning && files.exists(WarehouseLayout.STAGING)) {
            problems.add(WarehouseLayout.STAGING + "/ holds the files of an ingest that never finished");
            repairs.add(new RepairStep(RepairStep.Kind.REMOVE_STAGING, WarehouseLayout.STAGING, ""));
        }

        Map<String, SnapshotState> snapshots = new LinkedHashMap<>();
        for (String id : CurrentSnapshot.snapshotFolders(files)) {
            snapshots.put(id, SnapshotState.of(files, id));
        }

        Optional<String> pointer = files.text(WarehouseLayout.CURRENT).map(String::strip);
        String named = pointer.orElse("");
        Optional<String> inForce = Optional.empty();
        String pointerProblem = null;
        if (pointer.isEmpty()) {
            // as readers judge it (CurrentSnapshot): no snapshot, or only a first run that died
            boolean neverCommitted = snapshots.isEmpty() || files.names(WarehouseLayout.RUNS).isEmpty()
                    && snapshots.values().stream().allMatch(s -> s.manifest == null && s.problem == null);
            if (!neverCommitted) {
                pointerProblem = WarehouseLayout.CURRENT + " is missing";
            }
        } else if (named.isEmpty()) {
            pointerProblem = WarehouseLayout.CURRENT + " is empty";
        } else if (!snapshots.containsKey(named)) {
            pointerProblem = WarehouseLayout.CURRENT + " names snapshot " + named + ", which is not there";
        } else {
            SnapshotState state = snapshots.get(named);
            boolean manifestLost = state.manifest == null && state.problem == null
                    && snapshots.values().stream().anyMatch(s -> s.manifest != null);
            if (manifestLost) {
                pointerProblem = WarehouseLayout.CURRENT + " names snapshot " + named + ", whose "
                        + SnapshotManifest.FILE_NAME + " is missing: its data files cannot be checked";
            } else if (state.intact()) {
                inForce = Optional.of(named);
                if (state.manifest == null) {
                    notes.add("snapshot " + named + " (in force) has no " + SnapshotManifest.FILE_NAME
                            + ": written by a Jixiao before manifests, read unchecked");
                }
            } else {
                pointerProblem = WarehouseLayout.CURRENT + " names snapshot " + named + ", which is damaged: "
                        + state.problem;
            }
        }
        if (pointerProblem != null) {
            problems.add(pointerProblem);
            Optional<String> target = intactAncestor(snapshots, named).or(() -> newestIntact(snapshots));
            if (target.isPresent()) {
                repairs.add(new RepairStep(RepairStep.Kind.POINT_CURRENT, target.get(), named));
                inForce = target;
            } else {
                unrepairable.add("no snapshot is intact to go back to: restore the warehouse from a backup");
            }
        }

        inForce.ifPresent(id -> notes.add("snapshot in force: " + id));
        Set<String> line = inForce.map(id -> lineOf(snapshots, id)).orElse(Set.of());
        Optional<String> parent = inForce.flatMap(id -> Optional.ofNullable(snapshots.get(id).manifest))
                .flatMap(SnapshotManifest::parentSnapshot);
        for (Map.Entry<String, SnapshotState> entry : snapshots.entrySet()) {
            String id = entry.getKey();
            SnapshotState state = entry.getValue();
            if (inForce.filter(id::equals).isPresent() || ingestRunning && state.manifest == null) {
                continue;
            }
            if (state.manifest == null && state.problem == null) {
                notes.add("snapshot " + id + " has no " + SnapshotManifest.FILE_NAME + ": no ingest committed it; "
                        + "the next ingest deletes it");
            } else if (!state.intact()) {
                notes.add("snapshot " + id + " is damaged and not read (" + state.problem + "); kept, as nothing "
                        + "proves it superseded: restore its files from a backup, or delete it by hand");
            } else if (parent.filter(id::equals).isPresent()) {
                notes.add("snapshot " + id + " is the one the snapshot in force was built from: kept for readers "
                        + "still on it");
            } else if (line.contains(id)) {
                notes.add("snapshot " + id + " is superseded by the one in force: the next ingest deletes it");
            } else {
                notes.add("snapshot " + id + " is intact but not one the snapshot in force was built from: kept, "
                        + "not proven superseded");
            }
        }
        return new WarehouseCheck(files.location(), inForce, problems, notes, repairs, unrepairable);
    }

    /** The nearest snapshot the named one was built from that is intact, by the parents the manifests name. */
    private static Optional<String> intactAncestor(Map<String, SnapshotState> snapshots, String named) {
        Set<String> seen = new HashSet<>();
        SnapshotState state = snapshots.get(named);
        while (state != null && state.manifest != null) {
            Optional<String> parent = state.manifest.parentSnapshot();
            if (parent.isEmpty() || !seen.add(parent.get())) {
                return Optional.empty();
            }
            state = snapshots.get(parent.get());
            if (state != null && state.intact() && state.manifest != null) {
                return parent;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> newestIntact(Map<String, SnapshotState> snapshots) {
        return snapshots.entrySet().stream()
                .filter(e -> e.getValue().intact() && e.getValue().manifest != null)
                .map(Map.Entry::getKey)
                .reduce((older, newer) -> newer);
    }

    /** The snapshots a snapshot descends from, by the parents the manifests name. */
    private static Set<String> lineOf(Map<String, SnapshotState> snapshots, String id) {
        Set<String> line = new HashSet<>();
        SnapshotState state = snapshots.get(id);
        while (state != null && state.manifest != null) {
            Optional<String> parent = state.manifest.parentSnapshot();
            if (parent.isEmpty() || !line.add(parent.get())) {
                break;
            }
            state = snapshots.get(parent.get());
        }
        return line;
    }

    /** A snapshot folder: its manifest when it has a whole one, and what is wrong with it, if anything. */
    private record SnapshotState(SnapshotManifest manifest, String problem) {

        static SnapshotState of(WarehouseFiles files, String id) {
            Optional<String> text = files.text(CurrentSnapshot.manifestPath(id));
            if (text.isEmpty()) {
                return new SnapshotState(null, null);
            }
            SnapshotManifest manifest;
            try {
                manifest = SnapshotManifest.parse(id, text.get());
            } catch (IllegalArgumentException e) {
                return new SnapshotState(null, "its " + SnapshotManifest.FILE_NAME + " cannot be read: "
                        + e.getMessage());
            }
            List<String> damage = CurrentSnapshot.damage(files, manifest);
            if (!damage.isEmpty()) {
                return new SnapshotState(manifest, damage.size() + " of its " + manifest.files().size()
                        + " data files are missing, short or changed, first " + damage.get(0));
            }
            List<String> notParquet = manifest.files().stream()
                    .map(file -> WarehouseLayout.SNAPSHOTS + "/" + id + "/" + file.path())
                    .filter(path -> !isParquet(files, path)).toList();
            return new SnapshotState(manifest, notParquet.isEmpty() ? null : notParquet.size() + " of its "
                    + manifest.files().size() + " data files are not Parquet (no PAR1 at their start and end: "
                    + "overwritten?), first " + notParquet.get(0));
        }

        /**
         * The magic bytes a Parquet file starts and ends with: what tells a file overwritten in place where the
         * manifest, written before checksums, has sizes alone.
         */
        private static boolean isParquet(WarehouseFiles files, String path) {
            long size = files.size(path).orElse(0);
            return size >= 2L * PARQUET_MAGIC.length && isMagic(files.bytes(path, 0, PARQUET_MAGIC.length))
                    && isMagic(files.bytes(path, size - PARQUET_MAGIC.length, PARQUET_MAGIC.length));
        }

        private static boolean isMagic(Optional<byte[]> bytes) {
            return bytes.filter(b -> Arrays.equals(b, PARQUET_MAGIC)).isPresent();
        }

        boolean intact() {
            return problem == null;
        }
    }
}
