package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.LockHolder;
import io.jixiao.schema.warehouse.LockState;
import io.jixiao.schema.warehouse.WarehouseLayout;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * One ingest at a time per warehouse: a lock file created exclusively, naming its holder ({@link LockHolder}). A
 * second ingest stops with a message naming the holder. A stale lock ({@link LockState}: its process on this host
 * is gone, or it names no holder and is old) is taken over.
 */
final class WarehouseLock implements AutoCloseable {

    private final FileSystem fs;
    private final Path path;

    private WarehouseLock(FileSystem fs, Path path) {
        this.fs = fs;
        this.path = path;
    }

    static WarehouseLock acquire(FileSystem fs, Path warehouse, String runId) {
        Path path = new Path(warehouse, WarehouseLayout.LOCK);
        LockHolder holder = LockHolder.thisProcess(runId);
        String host = holder.host();
        try {
            LockState state = null;
            for (int attempt = 0; attempt < 2; attempt++) {
                try (FSDataOutputStream out = fs.create(path, false)) {
                    out.write(holder.text().getBytes(StandardCharsets.UTF_8));
                    return new WarehouseLock(fs, path);
                } catch (FileAlreadyExistsException e) {
                    Optional<String> existing = read(fs, path);
                    if (existing.isEmpty()) {
                        continue;  // released meanwhile
                    }
                    state = LockState.of(existing.get(), modified(fs, path), host, Instant.now());
                    if (!state.stale()) {
                        throw new WarehouseLockedException(warehouse, state.description());
                    }
                    // another ingest may have taken the stale lock over since it was read: only that text goes
                    if (read(fs, path).equals(existing)) {
                        fs.delete(path, false);
                    }
                }
            }
            throw new WarehouseLockedException(warehouse, state == null ? "taken again at once" : state.description());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock warehouse " + warehouse + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            fs.delete(path, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock " + path, e);
        }
    }

    private static Optional<String> read(FileSystem fs, Path path) throws IOException {
        try (var in = fs.open(path)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> modified(FileSystem fs, Path path) throws IOException {
        try {
            return Optional.of(Instant.ofEpochMilli(fs.getFileStatus(path).getModificationTime()));
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }
}
