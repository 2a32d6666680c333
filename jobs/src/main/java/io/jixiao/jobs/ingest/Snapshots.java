package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.WarehouseLayout;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** The snapshots of a warehouse and the {@code CURRENT} pointer that makes one of them the warehouse. */
final class Snapshots {

    private final FileSystem fs;
    private final Path warehouse;

    Snapshots(FileSystem fs, Path warehouse) {
        this.fs = fs;
        this.warehouse = warehouse;
    }

    Optional<String> current() {
        Path pointer = new Path(warehouse, WarehouseLayout.CURRENT);
        try (var in = fs.open(pointer)) {
            String snapshot = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return snapshot.isEmpty() ? Optional.empty() : Optional.of(snapshot);
        } catch (FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    Path directory(String snapshot) {
        return new Path(new Path(warehouse, WarehouseLayout.SNAPSHOTS), snapshot);
    }

    /** Makes the snapshot current: the pointer is written beside and renamed over the old one, atomically. */
    void commit(String snapshot) {
        Path pointer = new Path(warehouse, WarehouseLayout.CURRENT);
        Path next = new Path(warehouse, "." + WarehouseLayout.CURRENT + "-" + snapshot);
        try {
            try (FSDataOutputStream out = fs.create(next, true)) {
                out.write((snapshot + "\n").getBytes(StandardCharsets.UTF_8));
            }
            FileContext.getFileContext(warehouse.toUri(), fs.getConf())
                    .rename(next, pointer, Options.Rename.OVERWRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch " + pointer + " to snapshot " + snapshot, e);
        }
    }

    /** Deletes every snapshot but the ones kept (the current one and the one readers may still be reading). */
    void deleteAllBut(Set<String> kept) {
        Path root = new Path(warehouse, WarehouseLayout.SNAPSHOTS);
        try {
            if (!fs.exists(root)) {
                return;
            }
            for (FileStatus status : fs.listStatus(root)) {
                if (!kept.contains(status.getPath().getName())) {
                    fs.delete(status.getPath(), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up old snapshots under " + root, e);
        }
    }
}
