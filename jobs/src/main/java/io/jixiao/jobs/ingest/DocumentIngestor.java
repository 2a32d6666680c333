package io.jixiao.jobs.ingest;

import io.jixiao.jobs.ingest.parquet.TableFiles;
import io.jixiao.jobs.read.DocumentParser;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * Runs on the executors: reads and parses the documents of a partition ({@link DocumentFile}), writes each
 * document's forms, fund lines, indicators and findings straight to the attempt's {@link TableFiles} under the
 * staging folder, and returns its {@code documents} row tagged with the attempt ({@link SparkSchemas#STAGED_DOCUMENT}).
 * Documents the warehouse already holds (same bytes, same id) are skipped. A document that cannot be read, or that
 * breaks the parser, is recorded as rejected, never thrown.
 */
final class DocumentIngestor implements FlatMapFunction<Iterator<DocumentFile>, Row> {

    /** The attempt name of the rows made on the driver (oversize and refused files). */
    static final String DRIVER = "driver";

    /** The documents the warehouse holds: id to the path recorded. */
    private final Broadcast<Map<String, String>> knownDocuments;
    private final Broadcast<SerializableConfiguration> configuration;
    private final String staging;
    private final String runId;
    private final Timestamp startedAt;
    private final LongAccumulator documentsRead;
    private final LongAccumulator formsRead;
    private final long maxBytes;

    DocumentIngestor(Broadcast<Map<String, String>> knownDocuments, Broadcast<SerializableConfiguration> configuration,
                     Path staging, String runId, Timestamp startedAt, LongAccumulator documentsRead,
                     LongAccumulator formsRead, long maxBytes) {
        this.knownDocuments = knownDocuments;
        this.configuration = configuration;
        this.staging = staging.toString();
        this.runId = runId;
        this.startedAt = startedAt;
        this.documentsRead = documentsRead;
        this.formsRead = formsRead;
        this.maxBytes = maxBytes;
    }

    @Override
    public Iterator<Row> call(Iterator<DocumentFile> files) {
        TaskContext task = TaskContext.get();
        Attempt attempt = attempt("p" + task.partitionId() + "-t" + task.taskAttemptId());
        // a failed attempt's files are closed too; they are never committed
        task.addTaskCompletionListener((TaskCompletionListener) context -> attempt.close());
        // lazily, one document at a time: a partition's parsed rows need not fit in memory together
        Iterator<Row> rows = StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, Spliterator.ORDERED),
                        false)
                .flatMap(file -> attempt.read(file).stream())
                .iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (rows.hasNext()) {
                    return true;
                }
                attempt.close();  // the table files are complete before Spark commits the task's output
                return false;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.next();
            }
        };
    }

    /** A new attempt writing its own table files: a task's, or the driver's ({@link #DRIVER}). */
    Attempt attempt(String name) {
        return new Attempt(name, new TableFiles(new Path(staging), name, configuration.value().value()));
    }

    /** The documents parsed by one attempt, and its table files. */
    final class Attempt implements Closeable {

        private final String name;
        private final TableFiles files;
        private final DocumentParser parser = new DocumentParser();
        private final Set<String> written = new HashSet<>();

        private Attempt(String name, TableFiles files) {
            this.name = name;
            this.files = files;
        }

        /** Reads and ingests one document; a file that cannot be read is rejected with the reason. */
        Optional<Row> read(DocumentFile file) {
            byte[] bytes;
            try {
                bytes = DocumentBytes.read(file, configuration.value().value(), maxBytes);
            } catch (IOException e) {
                return refused(new RefusedFile(file.path(), DocumentBytes.reason(e)));
            }
            if (bytes.length > maxBytes) {
                return tooLarge(new DocumentFile(file.uri(), file.path(), bytes.length, file.modified()));
            }
            return ingest(file.path(), bytes);
        }

        /** The staged documents row of one document; empty when the warehouse holds it already. */
        Optional<Row> ingest(String path, byte[] bytes) {
            DocumentSource source = DocumentSource.of(path, bytes);
            documentsRead.add(1);
            String recorded = knownDocuments.value().get(source.docId());
            if (recorded != null) {
                return recorded.equals(path) ? Optional.empty() : duplicate(source, recorded);
            }
            DocumentRecords records = DocumentRecords.of(source, parse(source, bytes), runId, startedAt);
            formsRead.add(records.forms().size());
            // the same bytes twice in one attempt: their rows once (copies across attempts are resolved later)
            if (written.add(source.docId())) {
                files.append(WarehouseTables.FORMS, records.forms());
                files.append(WarehouseTables.FUNDS, records.funds());
                files.append(WarehouseTables.INDICATORS, records.indicators());
                files.append(WarehouseTables.FINDINGS, records.findings());
            }
            return Optional.of(row(records.document()));
        }

        /**
         * The rejected-document row of a copy of a document an earlier run recorded under another path, as a copy
         * within one batch is recorded ({@link StagedBatch}): its id derives from the document's and the path, so
         * the next ingest knows it; empty when already recorded.
         */
        private Optional<Row> duplicate(DocumentSource copy, String recorded) {
            String docId = DocumentRecords.sha256(String.join("\u001f", "duplicate", copy.docId(), copy.path())
                    .getBytes(StandardCharsets.UTF_8));
            if (knownDocuments.value().containsKey(docId)) {
                return Optional.empty();
            }
            DocumentSource source = new DocumentSource(docId, copy.path(), copy.fileName(), copy.sizeBytes());
            ParsedDocument rejected = ParsedDocument.rejected(copy.path(), null, "duplicate of " + recorded);
            return Optional.of(row(DocumentRecords.of(source, rejected, runId, startedAt).document()));
        }

        /**
         * The rejected-document row of a file over the size limit, made from its listing alone. Its id derives
         * from the path, size and modification time, since the bytes are never read; empty when already recorded.
         */
        Optional<Row> tooLarge(DocumentFile file) {
            return notRead(file.path(), file.length(), "document of " + file.length()
                    + " bytes is over the limit of " + maxBytes + " bytes; not read",
                    String.valueOf(file.length()), String.valueOf(file.modified()));
        }

        /**
         * The rejected-document row of a file the listing refused or that could not be read. Its id derives from
         * the path and the reason; empty when already recorded.
         */
        Optional<Row> refused(RefusedFile file) {
            return notRead(file.path(), 0, file.reason(), file.reason());
        }

        private Optional<Row> notRead(String path, long size, String reason, String... identity) {
            List<String> key = new ArrayList<>(List.of("not read", path));
            key.addAll(List.of(identity));
            String docId = DocumentRecords.sha256(String.join("\u001f", key).getBytes(StandardCharsets.UTF_8));
            documentsRead.add(1);
            if (knownDocuments.value().containsKey(docId)) {
                return Optional.empty();
            }
            DocumentSource source = new DocumentSource(docId, path, path.substring(path.lastIndexOf('/') + 1), size);
            ParsedDocument rejected = ParsedDocument.rejected(path, null, reason);
            return Optional.of(row(DocumentRecords.of(source, rejected, runId, startedAt).document()));
        }

        @Override
        public void close() {
            files.close();
        }

        private Row row(Object[] document) {
            Object[] values = Arrays.copyOf(document, document.length + 1);
            values[document.length] = name;
            return RowFactory.create(values);
        }

        private ParsedDocument parse(DocumentSource source, byte[] bytes) {
            try {
                return parser.parse(source.path(), bytes);
            } catch (RuntimeException | StackOverflowError e) {
                return ParsedDocument.rejected(source.path(), null, "the parser failed on this document: " + e);
            }
        }
    }
}
