package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.CurrentSnapshot;
import io.jixiao.schema.warehouse.Snapshot;
import io.jixiao.schema.warehouse.SnapshotManifest;
import io.jixiao.schema.warehouse.WarehouseLayout;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The snapshots of a warehouse, their manifests and the {@code CURRENT} pointer that makes one of them the
 * warehouse. A snapshot is committed in two steps: its manifest, once every data file is written, then the
 * pointer.
 */
final class Snapshots {

    // Milliseconds: snapshots are ordered by their id, and two runs within one second were ordered by chance.
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final FileSystem fs;
    private final Path warehouse;
    private final HadoopWarehouseFiles files;

    Snapshots(FileSystem fs, Path warehouse) {
        this.fs = fs;
        this.warehouse = warehouse;
        this.files = new HadoopWarehouseFiles(fs, warehouse);
    }

    /** The id of a snapshot (and of the run that writes it) begun at {@code now}: its time, then a random part. */
    static String newId(Instant now) {
        return ID.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The snapshot in force, checked against its manifest; empty when nothing was ingested yet. */
    Optional<Snapshot> current() {
        return CurrentSnapshot.find(files);
    }

    Path directory(String snapshot) {
        return new Path(new Path(warehouse, WarehouseLayout.SNAPSHOTS), snapshot);
    }

    /**
     * Marks a written snapshot complete and makes it current: the manifest lists every data file under its
     * folder with its size and checksum, read back from the file system; each file is written beside and renamed
     * into place, so neither is ever seen half written.
     */
    void commit(String snapshot, String parent) {
        SnapshotManifest manifest = new SnapshotManifest(snapshot, parent, dataFiles(snapshot));
        Path directory = directory(snapshot);
        replace(new Path(directory, SnapshotManifest.FILE_NAME), manifest.text());
        pointTo(snapshot);
    }

    /** Switches {@code CURRENT} to a snapshot. */
    void pointTo(String snapshot) {
        replace(new Path(warehouse, WarehouseLayout.CURRENT), snapshot + "\n");
    }

    /**
     * Deletes what the new snapshot provably supersedes: the snapshots it descends from, by the parents their
     * manifests name, but the one it was built from (readers may still be reading it), and folders without a
     * manifest, which no ingest committed (a run that died). A complete snapshot off that line is kept.
     */
    void deleteSuperseded(String snapshot) {
        Set<String> kept = new HashSet<>(List.of(snapshot));
        Optional<String> parent = parentOf(snapshot);
        parent.ifPresent(kept::add);
        Set<String> ancestors = new HashSet<>();
        Optional<String> ancestor = parent.flatMap(this::parentOf);
        // a cycle of parents (hand-made manifests) stops at the first repeat
        while (ancestor.isPresent() && ancestors.add(ancestor.get())) {
            ancestor = parentOf(ancestor.get());
        }
        Set<String> complete = new HashSet<>();
        CurrentSnapshot.completeSnapshots(files).forEach(m -> complete.add(m.snapshot()));
        for (String id : CurrentSnapshot.snapshotFolders(files)) {
            if (!kept.contains(id) && (ancestors.contains(id) || !complete.contains(id))) {
                delete(directory(id));
            }
        }
    }

    private Optional<String> parentOf(String snapshot) {
        return files.text(CurrentSnapshot.manifestPath(snapshot)).flatMap(text -> {
            try {
                return SnapshotManifest.parse(snapshot, text).parentSnapshot();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private List<SnapshotManifest.DataFile> dataFiles(String snapshot) {
        Path directory = fs.makeQualified(directory(snapshot));
        List<SnapshotManifest.DataFile> dataFiles = new ArrayList<>();
        for (SnapshotManifest.DataFile file : FileTree.dataFiles(fs, directory, directory)) {
            String fromRoot = WarehouseLayout.SNAPSHOTS + "/" + snapshot + "/" + file.path();
            long crc32c = files.crc32c(fromRoot).orElseThrow(() -> new UncheckedIOException(new IOException(
                    new Path(directory, file.path()) + " vanished while the manifest was written")));
            dataFiles.add(new SnapshotManifest.DataFile(file.path(), file.bytes(), crc32c));
        }
        dataFiles.sort(Comparator.comparing(SnapshotManifest.DataFile::path));
        return dataFiles;
    }

    /** Writes a small file beside its target and renames it over the target, atomically. */
    private void replace(Path target, String text) {
        Path next = new Path(target.getParent(), "." + target.getName() + ".next");
        // no .crc beside CURRENT and MANIFEST: both are small enough to check by reading, and may be written by hand
        FileSystem raw = fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
        try {
            try (FSDataOutputStream out = raw.create(next, true)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            FileContext.getFileContext(warehouse.toUri(), fs.getConf()).rename(next, target, Options.Rename.OVERWRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private void delete(Path path) {
        try {
            fs.delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the superseded snapshot " + path, e);
        }
    }
}
