package io.jixiao.jobs.ingest;

/** Where a document came from: its content hash, path, file name and size. */
public record DocumentSource(String docId, String path, String fileName, long sizeBytes) {

    public static DocumentSource of(String path, byte[] bytes) {
        return new DocumentSource(DocumentRecords.sha256(bytes), path, fileName(path), bytes.length);
    }

    /** The last part of a path: what {@code documents.file_name} records. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
