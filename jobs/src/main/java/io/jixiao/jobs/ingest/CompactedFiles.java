package io.jixiao.jobs.ingest;

import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * What a compaction did to one folder of a table: a year of a partitioned table (forms, funds, indicators,
 * findings), or the whole of one that is not (documents, form_copies). Counts and bytes are of the folder's data
 * files, before and after.
 */
public record CompactedFiles(String table, OptionalInt year, int filesBefore, long bytesBefore, int filesAfter,
                             long bytesAfter) {

    public CompactedFiles {
        requireNonNull(table, "table");
        requireNonNull(year, "year");
    }

    /** {@code forms year=2023}, or the table alone. */
    public String folder() {
        return year.isPresent() ? table + " year=" + year.getAsInt() : table;
    }
}
