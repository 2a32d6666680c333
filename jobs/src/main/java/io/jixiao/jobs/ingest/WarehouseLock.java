package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.WarehouseLayout;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.FileAlreadyExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One ingest at a time per warehouse: a lock file created exclusively. A second ingest stops with a message
 * naming the run that holds the lock. A lock left by a process that died (kill -9) on this host is taken over.
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
        String holder = ProcessHandle.current().pid() + " " + hostName() + " " + Instant.now() + " " + runId;
        try {
            for (int attempt = 0; attempt < 2; attempt++) {
                try (FSDataOutputStream out = fs.create(path, false)) {
                    out.write(holder.getBytes(StandardCharsets.UTF_8));
                    return new WarehouseLock(fs, path);
                } catch (FileAlreadyExistsException e) {
                    String existing = read(fs, path);
                    if (!isStale(existing)) {
                        throw new WarehouseLockedException(warehouse, existing);
                    }
                    fs.delete(path, false);
                }
            }
            throw new WarehouseLockedException(warehouse, read(fs, path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock warehouse " + warehouse, e);
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

    /** A lock is stale when the process that wrote it, on this host, is gone. */
    private static boolean isStale(String holder) {
        String[] parts = holder.split(" ");
        if (parts.length < 2 || !parts[1].equals(hostName())) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[0])).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String read(FileSystem fs, Path path) throws IOException {
        try (var in = fs.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (java.io.FileNotFoundException e) {
            return "";
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
