package io.jixiao.jobs.ingest;

import io.jixiao.jobs.ingest.parquet.TableFiles;
import io.jixiao.read.DocumentParser;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.List;

/**
 * Runs on the executors: reads and parses the new documents of a partition ({@link NewDocument}), writes each
 * document's {@code documents} row, forms, fund lines, indicators and findings straight to the attempt's
 * {@link TableFiles} under the staging folder, and returns one {@link AttemptResult}. A document that cannot be
 * read, that changed since the driver hashed it, or that breaks the parser is recorded as rejected, never thrown.
 */
final class DocumentIngestor implements FlatMapFunction<Iterator<NewDocument>, AttemptResult> {

    /**
     * The attempt name of the rows the driver writes (duplicates, oversize and refused files). Every attempt's name
     * starts with the run's id: a snapshot carries the files of earlier runs over, under their names.
     */
    static String driver(String runId) {
        return runId + "-driver";
    }

    private final Broadcast<SerializableConfiguration> configuration;
    private final String staging;
    private final String runId;
    private final Timestamp startedAt;
    private final RejectedDocuments rejections;
    private final LongAccumulator documentsRead;
    private final LongAccumulator formsRead;

    DocumentIngestor(Broadcast<SerializableConfiguration> configuration, Path staging, String runId,
                     Timestamp startedAt, RejectedDocuments rejections, LongAccumulator documentsRead,
                     LongAccumulator formsRead) {
        this.configuration = configuration;
        this.staging = staging.toString();
        this.runId = runId;
        this.startedAt = startedAt;
        this.rejections = rejections;
        this.documentsRead = documentsRead;
        this.formsRead = formsRead;
    }

    @Override
    public Iterator<AttemptResult> call(Iterator<NewDocument> documents) {
        TaskContext task = TaskContext.get();
        try (Attempt attempt = new Attempt(runId + "-p" + task.partitionId() + "-t" + task.taskAttemptId())) {
            // a failed attempt's files are closed too; they are never committed
            task.addTaskCompletionListener((TaskCompletionListener) context -> attempt.close());
            documents.forEachRemaining(attempt::read);
            attempt.close();  // the table files are complete before the driver learns of them
            return List.of(attempt.result()).iterator();
        }
    }

    /** The documents parsed by one attempt, and its table files. */
    private final class Attempt implements Closeable {

        private final TableFiles files;
        private final DocumentParser parser = new DocumentParser();
        private final AttemptResult.Builder result;

        private Attempt(String name) {
            this.files = new TableFiles(new Path(staging), name, configuration.value().value());
            this.result = new AttemptResult.Builder(name);
        }

        /** Reads and ingests one document; a file that cannot be read is rejected with the reason. */
        void read(NewDocument document) {
            DocumentFile file = document.file();
            documentsRead.add(1);
            byte[] bytes;
            try {
                bytes = DocumentBytes.read(file, configuration.value().value(), rejections.maxBytes());
            } catch (IOException e) {
                rejected(rejections.refused(file.path(), DocumentBytes.reason(e)));
                return;
            }
            if (bytes.length > rejections.maxBytes()) {
                rejected(rejections.tooLarge(file.path(), bytes.length, file.modified()));
                return;
            }
            DocumentSource source = DocumentSource.of(file.path(), bytes);
            if (!source.docId().equals(document.docId())) {
                rejected(rejections.refused(file.path(), "the file changed while it was being ingested; ingest it "
                        + "again"));
                return;
            }
            DocumentRecords records = DocumentRecords.of(source, parse(source, bytes), runId, startedAt);
            formsRead.add(records.forms().size());
            files.append(WarehouseTables.DOCUMENTS, records.document());
            files.append(WarehouseTables.FORMS, records.forms());
            files.append(WarehouseTables.FUNDS, records.funds());
            files.append(WarehouseTables.INDICATORS, records.indicators());
            files.append(WarehouseTables.FINDINGS, records.findings());
            result.add(records);
        }

        private void rejected(RejectedDocuments.Rejection rejection) {
            files.append(WarehouseTables.DOCUMENTS, rejection.row());
            result.rejected(rejection);
        }

        AttemptResult result() {
            return result.build();
        }

        @Override
        public void close() {
            files.close();
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
