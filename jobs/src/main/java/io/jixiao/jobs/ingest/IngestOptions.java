package io.jixiao.jobs.ingest;

import java.util.List;

/**
 * What to ingest and where.
 *
 * @param inputs    files, folders (read recursively) or globs; any Hadoop file system URI
 * @param warehouse the warehouse root; any Hadoop file system URI
 */
public record IngestOptions(List<String> inputs, String warehouse, boolean strict) {

    public IngestOptions {
        inputs = List.copyOf(inputs);
    }
}
