package io.jixiao.jobs.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents under the inputs, listed on the driver: files, folders read recursively, and globs, on any
 * Hadoop file system (file://, hdfs://, s3a://). Only metadata is read here. Local folders are walked with
 * java.nio ({@link LocalFileTree}); what is found there but cannot be read as a document is refused with its
 * reason, so that every input ends up in {@code documents}. A path given twice (overlapping inputs) is listed
 * once; a file reached through a link has a path of its own, and the ingest records it as a duplicate.
 */
record DocumentListing(List<DocumentFile> files, List<RefusedFile> refused) {

    /** The documents under the inputs, but those in the warehouse's own folder ({@code warehouse}, qualified). */
    static DocumentListing of(List<String> inputs, Path warehouse, Configuration conf) {
        Map<String, DocumentFile> files = new LinkedHashMap<>();
        Map<String, RefusedFile> refused = new LinkedHashMap<>();
        Optional<java.nio.file.Path> localWarehouse = "file".equals(warehouse.toUri().getScheme())
                ? Optional.of(java.nio.file.Path.of(warehouse.toUri())) : Optional.empty();
        String warehouseFiles = warehouse + "/";
        LocalFileTree local = new LocalFileTree(file -> files.putIfAbsent(file.path(), file),
                file -> refused.putIfAbsent(file.path(), file), localWarehouse);
        for (String input : inputs) {
            java.nio.file.Path literal = localPath(input);
            if (literal != null) {
                // a local name taken as it is: Hadoop would read a colon as a scheme and [..] as a glob
                local.walk(literal);
                continue;
            }
            Path path = hadoopPath(input);
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("no such file or folder: " + input);
                }
                for (FileStatus match : matches) {
                    if ("file".equals(match.getPath().toUri().getScheme())) {
                        local.walk(java.nio.file.Path.of(match.getPath().toUri()));
                    } else {
                        for (FileStatus file : FileTree.files(fs, match.getPath())) {
                            if (file.getPath().toString().startsWith(warehouseFiles)) {
                                continue;
                            }
                            DocumentFile document = DocumentFile.of(file.getPath().toUri(), file.getLen(),
                                    file.getModificationTime());
                            files.putIfAbsent(document.path(), document);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input, e);
            }
        }
        return new DocumentListing(List.copyOf(files.values()), List.copyOf(refused.values()));
    }

    /** Every input found: the files to read and the ones refused. */
    long found() {
        return files.size() + refused.size();
    }

    /** Files larger than the limit: recorded as rejected from their listing, never read. */
    List<DocumentFile> overSize(long maxBytes) {
        return files.stream().filter(file -> file.length() > maxBytes).toList();
    }

    /** Files within the limit: read and parsed on the executors. */
    List<DocumentFile> toRead(long maxBytes) {
        return files.stream().filter(file -> file.length() <= maxBytes).toList();
    }

    private static Path hadoopPath(String input) {
        try {
            return new Path(input);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no such file or folder, and not a glob or URI: " + input, e);
        }
    }

    /** The input as a local file or folder when one of that very name exists (or a link to one), else null. */
    private static java.nio.file.Path localPath(String input) {
        try {
            java.nio.file.Path path = java.nio.file.Path.of(input);
            return Files.exists(path) || Files.isSymbolicLink(path) ? path.toAbsolutePath() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
