package io.jixiao.jobs.ingest;

import org.apache.hadoop.fs.Path;

import java.io.Serializable;
import java.net.URI;

import static java.util.Objects.requireNonNull;

/**
 * One document file found by the listing: the URI it is opened by, the path the warehouse records, its size and
 * modification time (milliseconds).
 * The URI, not the path's text, is what crosses to the executors: a name with a colon or a glob character is
 * not a valid Hadoop path string.
 */
record DocumentFile(URI uri, String path, long length, long modified) implements Serializable {

    DocumentFile {
        requireNonNull(uri, "uri");
        requireNonNull(path, "path");
    }

    static DocumentFile of(URI uri, long length, long modified) {
        return new DocumentFile(uri, new Path(uri).toString(), length, modified);
    }

    boolean isLocal() {
        return "file".equals(uri.getScheme());
    }
}
