package io.jixiao.jobs.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * Reads a document's bytes, at most a limit and one byte more (a file may have grown since it was listed). Local
 * files are read with java.nio: Hadoop's local file system looks for a {@code .name.crc} beside each file and
 * fails on names it cannot make a path of (a colon), and reports a denied read as "File does not exist".
 */
final class DocumentBytes {

    private DocumentBytes() {
    }

    static byte[] read(DocumentFile file, Configuration conf, long maxBytes) throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
        if (file.isLocal()) {
            try (InputStream in = Files.newInputStream(java.nio.file.Path.of(file.uri()))) {
                return in.readNBytes(limit);
            }
        }
        Path path = new Path(file.uri());
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return in.readNBytes(limit);
        }
    }

    /** Why a file could not be read, in words: the exception's class says more than its message (the path). */
    static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "cannot read the file: permission denied";
        }
        if (failure instanceof NoSuchFileException || failure instanceof FileNotFoundException) {
            return "cannot read the file: it was removed after it was listed";
        }
        return "cannot read the file: " + failure;
    }
}
