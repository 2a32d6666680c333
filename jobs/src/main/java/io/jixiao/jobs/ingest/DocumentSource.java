package io.jixiao.jobs.ingest;

/** Where a document came from: its content hash, path, file name and size. */
public record DocumentSource(String docId, String path, String fileName, long sizeBytes) {

    public static DocumentSource of(String path, byte[] bytes) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return new DocumentSource(DocumentRecords.sha256(bytes), path, fileName, bytes.length);
    }
}
