package io.jixiao.jobs.ingest;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * A listed file whose bytes the warehouse does not hold, to be parsed: the id is its bytes' hash as the driver read
 * them, so that an executor reading other bytes (the file changed in between) can tell.
 */
record NewDocument(DocumentFile file, String docId) implements Serializable {

    NewDocument {
        requireNonNull(file, "file");
        requireNonNull(docId, "docId");
    }
}
