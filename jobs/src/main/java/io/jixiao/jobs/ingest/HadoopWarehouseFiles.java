package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.DataFileChecksum;
import io.jixiao.schema.warehouse.WarehouseFiles;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * A warehouse on a Hadoop file system. On the local one, files are read without Hadoop's {@code .crc} check, so
 * that a {@code CURRENT} written by hand, as the damage messages suggest, is read as it is.
 */
final class HadoopWarehouseFiles implements WarehouseFiles {

    private final FileSystem fs;
    private final Path root;

    HadoopWarehouseFiles(FileSystem fs, Path root) {
        requireNonNull(fs, "fs");
        this.fs = fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
        this.root = requireNonNull(root, "root");
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public Optional<String> text(String path) {
        Path file = path(path);
        try (var in = fs.open(file)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public List<String> names(String folder) {
        Path directory = path(folder);
        try {
            return Arrays.stream(fs.listStatus(directory)).map(s -> s.getPath().getName()).sorted().toList();
        } catch (FileNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    @Override
    public OptionalLong size(String path) {
        Path file = path(path);
        try {
            FileStatus status = fs.getFileStatus(file);
            return status.isFile() ? OptionalLong.of(status.getLen()) : OptionalLong.empty();
        } catch (FileNotFoundException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + file, e);
        }
    }

    @Override
    public OptionalLong crc32c(String path) {
        Path file = path(path);
        try (var in = fs.open(file)) {
            return OptionalLong.of(DataFileChecksum.of(in));
        } catch (FileNotFoundException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public boolean exists(String path) {
        Path file = path(path);
        try {
            return fs.exists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + file, e);
        }
    }

    @Override
    public boolean isFile(String path) {
        Path file = path(path);
        try {
            return fs.getFileStatus(file).isFile();
        } catch (FileNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + file, e);
        }
    }

    @Override
    public Optional<byte[]> bytes(String path, long offset, int length) {
        Path file = path(path);
        try (var in = fs.open(file)) {
            byte[] buffer = new byte[length];
            int read = 0;
            for (int n; read < length && (n = in.read(offset + read, buffer, read, length - read)) > 0; ) {
                read += n;
            }
            return Optional.of(Arrays.copyOf(buffer, read));
        } catch (FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public Optional<Instant> modified(String path) {
        Path file = path(path);
        try {
            return Optional.of(Instant.ofEpochMilli(fs.getFileStatus(file).getModificationTime()));
        } catch (FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + file, e);
        }
    }

    /** A path under the root; the empty path is the root (Hadoop's Path refuses an empty child). */
    private Path path(String relative) {
        return relative.isEmpty() ? root : new Path(root, relative);
    }
}
