package io.jixiao.jobs.ingest;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents under the inputs, listed on the driver through the Hadoop FileSystem API (file://, hdfs://,
 * s3a://): files, folders read recursively, and globs. Only metadata is read here.
 *
 * <p>Spark's file sources silently skip empty files and files whose names start with "_" or "."; the listing
 * names them, so that the job reads them itself and no input is dropped without a word.
 */
record DocumentListing(List<String> roots, List<FileStatus> files) {

    static DocumentListing of(List<String> inputs, org.apache.hadoop.conf.Configuration conf) {
        List<String> roots = new ArrayList<>();
        List<FileStatus> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("no such file or folder: " + input);
                }
                roots.add(input);
                for (FileStatus match : matches) {
                    files.addAll(FileTree.files(fs, match.getPath()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input, e);
            }
        }
        return new DocumentListing(List.copyOf(roots), List.copyOf(files));
    }

    /** Files larger than the limit: recorded as rejected from their listing, never read. */
    List<FileStatus> overSize(long maxBytes) {
        return files.stream().filter(file -> file.getLen() > maxBytes).toList();
    }

    /** Files within the limit that Spark's binaryFile source would pass over: empty, or hidden by "_" or ".". */
    List<FileStatus> skippedBySpark(long maxBytes) {
        return files.stream().filter(file -> file.getLen() <= maxBytes && skippedBySpark(file)).toList();
    }

    private static boolean skippedBySpark(FileStatus file) {
        if (file.getLen() == 0) {
            return true;
        }
        for (Path p = file.getPath(); p != null && !p.getName().isEmpty(); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
