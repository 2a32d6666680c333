package io.jixiao.jobs.ingest;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Makes a data file of one snapshot part of another without writing it again: a hard link on a local file system,
 * a copy elsewhere. Each snapshot folder stays whole on its own, so the older one can be deleted; data files are
 * never changed in place, so the two names of a linked file always hold the same bytes.
 */
final class SnapshotFileLinks {

    private SnapshotFileLinks() {
    }

    static void link(FileSystem fs, Path from, Path to) {
        try {
            if ("file".equals(fs.getScheme())) {
                java.nio.file.Path target = java.nio.file.Path.of(fs.makeQualified(to).toUri());
                Files.createDirectories(target.getParent());
                Files.createLink(target, java.nio.file.Path.of(fs.makeQualified(from).toUri()));
                return;
            }
            if (!FileUtil.copy(fs, from, fs, to, false, fs.getConf())) {
                throw new IOException("copy refused");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot carry " + from + " into " + to, e);
        }
    }
}
