package io.jixiao.jobs.ingest;

import io.jixiao.jobs.read.DocumentParser;
import io.jixiao.schema.model.ParsedDocument;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * Runs on the executors: turns rows of Spark's {@code binaryFile} source (path, content) into parsed-document rows
 * of {@link SparkSchemas#PARSED_DOCUMENT}, skipping documents the warehouse already holds (same bytes, same id).
 * Each document is parsed once; a document that breaks the parser is recorded as rejected, never thrown.
 */
final class DocumentIngestor implements MapPartitionsFunction<Row, Row> {

    private final Broadcast<Set<String>> knownDocuments;
    private final String runId;
    private final Timestamp startedAt;
    private final LongAccumulator documentsRead;
    private final LongAccumulator formsRead;

    DocumentIngestor(Broadcast<Set<String>> knownDocuments, String runId, Timestamp startedAt,
                     LongAccumulator documentsRead, LongAccumulator formsRead) {
        this.knownDocuments = knownDocuments;
        this.runId = runId;
        this.startedAt = startedAt;
        this.documentsRead = documentsRead;
        this.formsRead = formsRead;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        DocumentParser parser = new DocumentParser();
        // lazily, one document at a time: a partition's parsed rows need not fit in memory together
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, Spliterator.ORDERED), false)
                .flatMap(file -> ingest(parser, file.getString(file.fieldIndex("path")), file.getAs("content"))
                        .stream())
                .iterator();
    }

    /** The parsed-document row of one document; empty when the warehouse holds it already. */
    Optional<Row> ingest(DocumentParser parser, String path, byte[] bytes) {
        DocumentSource source = DocumentSource.of(path, bytes);
        documentsRead.add(1);
        if (knownDocuments.value().contains(source.docId())) {
            return Optional.empty();
        }
        DocumentRecords records = DocumentRecords.of(source, parse(parser, source, bytes), runId, startedAt);
        formsRead.add(records.forms().size());
        return Optional.of(row(records));
    }

    /**
     * The rejected-document row of a file over the size limit, made from its listing alone. Its id derives from
     * the path, size and modification time, since the bytes are never read; empty when already recorded.
     */
    Optional<Row> tooLarge(FileStatus file, long maxBytes) {
        String path = file.getPath().toString();
        String docId = DocumentRecords.sha256(String.join("\u001f", "not read", path, String.valueOf(file.getLen()),
                String.valueOf(file.getModificationTime())).getBytes(StandardCharsets.UTF_8));
        documentsRead.add(1);
        if (knownDocuments.value().contains(docId)) {
            return Optional.empty();
        }
        DocumentSource source = new DocumentSource(docId, path, file.getPath().getName(), file.getLen());
        ParsedDocument rejected = ParsedDocument.rejected(path, null, "document of " + file.getLen()
                + " bytes is over the limit of " + maxBytes + " bytes; not read");
        return Optional.of(row(DocumentRecords.of(source, rejected, runId, startedAt)));
    }

    private static Row row(DocumentRecords records) {
        return RowFactory.create(
                RowFactory.create(records.document()),
                rows(records.forms()),
                rows(records.funds()),
                rows(records.indicators()),
                rows(records.findings()));
    }

    private static ParsedDocument parse(DocumentParser parser, DocumentSource source, byte[] bytes) {
        try {
            return parser.parse(source.path(), bytes);
        } catch (RuntimeException | StackOverflowError e) {
            return ParsedDocument.rejected(source.path(), null, "the parser failed on this document: " + e);
        }
    }

    /** Array columns of a Row are Scala sequences. */
    private static scala.collection.immutable.Seq<Row> rows(List<Object[]> values) {
        List<Row> rows = new ArrayList<>(values.size());
        for (Object[] value : values) {
            rows.add(RowFactory.create(value));
        }
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
    }
}
