package io.jixiao.jobs.ingest;

import io.jixiao.schema.model.ParsedDocument;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The {@code documents} rows of files recorded as rejected without being parsed: a copy of a document already
 * recorded under another path, a file over the size limit, a file that cannot be read. Each row's id derives from
 * what identifies the case (never from bytes not read), so that the next ingest of the same inputs knows it and
 * records nothing new.
 */
final class RejectedDocuments implements Serializable {

    private final String runId;
    private final Timestamp startedAt;
    private final long maxBytes;

    RejectedDocuments(String runId, Timestamp startedAt, long maxBytes) {
        this.runId = requireNonNull(runId, "runId");
        this.startedAt = requireNonNull(startedAt, "startedAt");
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** A copy of the document {@code docId}, whose bytes are recorded under {@code keptPath}. */
    Rejection duplicate(String docId, String path, long size, String keptPath) {
        String id = DocumentRecords.sha256(String.join("\u001f", "duplicate", docId, path)
                .getBytes(StandardCharsets.UTF_8));
        return rejection(new DocumentSource(id, path, DocumentSource.fileName(path), size), "duplicate of " + keptPath);
    }

    /** A file over the size limit, known from its listing alone (its path, size and modification time). */
    Rejection tooLarge(String path, long length, long modified) {
        return notRead(path, length, "document of " + length + " bytes is over the limit of " + maxBytes
                + " bytes; not read", String.valueOf(length), String.valueOf(modified));
    }

    /** A file the listing refused or that could not be read, known by its path and the reason. */
    Rejection refused(String path, String reason) {
        return notRead(path, 0, reason, reason);
    }

    private Rejection notRead(String path, long size, String reason, String... identity) {
        List<String> key = new ArrayList<>(List.of("not read", path));
        key.addAll(List.of(identity));
        String id = DocumentRecords.sha256(String.join("\u001f", key).getBytes(StandardCharsets.UTF_8));
        return rejection(new DocumentSource(id, path, DocumentSource.fileName(path), size), reason);
    }

    private Rejection rejection(DocumentSource source, String reason) {
        ParsedDocument rejected = ParsedDocument.rejected(source.path(), null, reason);
        Object[] row = DocumentRecords.of(source, rejected, runId, startedAt).document();
        return new Rejection(source.docId(), row, new DocumentIssue(source.path(), DocumentRecords.REJECTED, reason,
                List.of()));
    }

    /** A rejected document: its id, its {@code documents} row and how the ingest summary lists it. */
    record Rejection(String docId, Object[] row, DocumentIssue issue) {
    }
}
