package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.SnapshotManifest;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;

import static java.util.Objects.requireNonNull;

/**
 * Data files of one snapshot made part of another without copying their bytes where the file system allows it: a
 * hard link on a local file system, a copy elsewhere (HDFS, S3). Every snapshot folder stays self-contained, since
 * the snapshots a new one supersedes are deleted, folder and all; a hard link keeps the bytes for as long as one
 * snapshot names them.
 */
final class SnapshotFiles {

    private SnapshotFiles() {
    }

    /**
     * Makes {@code from} also reachable as {@code to} (its folders created); {@code to} must not exist. A local file
     * system that refuses hard links (another device, a file system without them) gets a copy.
     */
    static void link(FileSystem fs, Path from, Path to) {
        requireNonNull(fs, "fs");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        makeFolder(fs, to.getParent());
        try {
            if ("file".equals(fs.getScheme()) && hardLink(fs, from, to)) {
                return;
            }
            if (fs.exists(to)) {
                throw new IOException(to + " already exists");
            }
            if (!FileUtil.copy(fs, from, fs, to, false, false, fs.getConf())) {
                throw new IOException("the copy was refused");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link " + from + " as " + to + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes a folder of a snapshot and the folders above it, as far as they are missing. Local folders are made with
     * java.nio: without its native library, Hadoop's local file system starts a {@code chmod} process for every folder
     * it creates (some fifty a snapshot: a folder per table and year).
     */
    static void makeFolder(FileSystem fs, Path folder) {
        try {
            if ("file".equals(fs.getScheme())) {
                Files.createDirectories(local(fs, folder));
            } else if (!fs.mkdirs(folder)) {
                throw new IOException("the file system refused");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Links every data file of a manifest from one snapshot folder into another, at the same relative paths. */
    static void linkAll(FileSystem fs, SnapshotManifest manifest, Path fromFolder, Path toFolder) {
        for (SnapshotManifest.DataFile file : manifest.files()) {
            link(fs, new Path(fromFolder, file.path()), new Path(toFolder, file.path()));
        }
    }

    /** A hard link; false when the file system cannot make one here. */
    private static boolean hardLink(FileSystem fs, Path from, Path to) throws IOException {
        java.nio.file.Path source = local(fs, from);
        java.nio.file.Path target = local(fs, to);
        try {
            Files.createLink(target, source);
            return true;
        } catch (FileAlreadyExistsException e) {
            throw new IOException(to + " already exists", e);
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (FileSystemException e) {
            if (!Files.isRegularFile(source)) {
                throw e;  // nothing to copy either: name the missing file
            }
            return false;  // EXDEV, EPERM, EMLINK: the bytes can still be copied
        }
    }

    private static java.nio.file.Path local(FileSystem fs, Path path) {
        return java.nio.file.Path.of(fs.makeQualified(path).toUri());
    }
}
