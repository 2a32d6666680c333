package io.jixiao.jobs.ingest;

import io.jixiao.schema.JixiaoVersion;
import io.jixiao.schema.warehouse.Snapshot;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import io.jixiao.jobs.quality.Severity;
import io.jixiao.jobs.read.binary.DocumentLimits;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

/**
 * The ingest job: finds documents under the inputs, parses each once on the executors, runs the data-quality
 * rules, and writes a new snapshot of the warehouse that holds the previous data plus the new documents' rows
 * (a form read again under the same natural key replaces the old one). Documents already ingested (same bytes)
 * are not read again, so a second run on the same inputs changes nothing.
 */
public final class IngestJob {

    // Milliseconds: snapshots are ordered by their run id, and two ingests within one second were ordered by chance.
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final SparkSession spark;

    public IngestJob(SparkSession spark) {
        this.spark = spark;
    }

    public IngestSummary run(IngestOptions options, IngestProgress progress) {
        long started = System.nanoTime();
        Instant now = Instant.now();
        String runId = RUN_ID.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path warehouse = new Path(options.warehouse());
        FileSystem fs = fileSystem(warehouse);
        WarehouseLayout.requireWritable(new HadoopWarehouseFiles(fs, warehouse));
        try (WarehouseLock lock = WarehouseLock.acquire(fs, warehouse, runId)) {
            Snapshots snapshots = new Snapshots(fs, warehouse);
            // a damaged warehouse stops the ingest here, before anything is written or deleted
            Optional<Snapshot> inForce = snapshots.current();
            String previous = inForce.map(Snapshot::id).orElse(null);
            SnapshotTables tables = new SnapshotTables(spark, fs, warehouse, inForce);
            Map<WarehouseTable, Dataset<Row>> old = new LinkedHashMap<>();
            for (WarehouseTable table : WarehouseTables.ALL) {
                if (table != WarehouseTables.RUNS) {
                    old.put(table, tables.read(table));
                }
            }

            progress.stage("listing documents");
            DocumentListing listing = DocumentListing.of(options.inputs(), fs.makeQualified(warehouse),
                    spark.sparkContext().hadoopConfiguration());
            long found = listing.found();
            progress.started(found);

            Map<String, String> known = new HashMap<>();
            if (previous != null) {
                old.get(WarehouseTables.DOCUMENTS).select("doc_id", "path").toLocalIterator()
                        .forEachRemaining(row -> known.put(row.getString(0), row.getString(1)));
            }
            Broadcast<Map<String, String>> knownDocuments = spark.sparkContext()
                    .broadcast(known, scala.reflect.ClassTag$.MODULE$.apply(Map.class));
            LongAccumulator documentsRead = spark.sparkContext().longAccumulator("documents read");
            LongAccumulator formsRead = spark.sparkContext().longAccumulator("forms read");
            Path staging = new Path(warehouse, WarehouseLayout.STAGING);
            // qualified here: an executor resolves a relative path against its own working folder
            Path runStaging = fs.makeQualified(new Path(staging, runId));
            DocumentIngestor ingestor = new DocumentIngestor(knownDocuments,
                    SerializableConfiguration.broadcast(spark.sparkContext()), runStaging, runId,
                    Timestamp.from(now), documentsRead, formsRead, DocumentLimits.DEFAULT.maxBytes());
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "ingest-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(() -> progress.advanced(documentsRead.value(), formsRead.value()),
                    200, 200, TimeUnit.MILLISECONDS);
            try {
                delete(fs, staging);  // a killed run's leftovers; the lock is ours
                progress.stage("parsing documents");
                StagedBatch staged = StagedBatch.stage(spark, parse(listing, ingestor), runStaging, fs, runId);
                StagedBatch batch = previous == null ? staged : staged.settledAgainst(
                        old.get(WarehouseTables.FORMS), old.get(WarehouseTables.DOCUMENTS), runId);
                progress.advanced(documentsRead.value(), formsRead.value());
                Dataset<Row> documents = batch.documents();
                List<DocumentIssue> issues = issues(documents, batch);
                long newDocuments = documents.count();
                long rejected = issues.stream().filter(DocumentIssue::rejected).count();
                long partial = issues.size() - rejected;

                IngestSummary summary;
                boolean commit = newDocuments > 0 && !(options.strict() && rejected > 0);
                if (newDocuments == 0) {
                    summary = new IngestSummary(runId, found, found, 0, 0, 0, 0, 0, 0, Map.of(), List.of(),
                            List.of(), elapsed(started), false);
                } else {
                    // counted before a clean batch's files move into the snapshot
                    long forms = batch.rows(WarehouseTables.FORMS).count();
                    long funds = batch.rows(WarehouseTables.FUNDS).count();
                    long indicators = batch.rows(WarehouseTables.INDICATORS).count();
                    Map<String, Long> findings = counts(batch.copyMessages().isEmpty()
                            ? batch.rows(WarehouseTables.FINDINGS)
                            : batch.rows(WarehouseTables.FINDINGS).unionByName(batch.copyFindings()), "severity");
                    if (commit) {
                        progress.stage("writing snapshot " + runId);
                        try {
                            writeSnapshot(snapshots.directory(runId), old, previous != null, batch);
                        } catch (RuntimeException e) {
                            throw UnreadableSnapshot.explain(e, warehouse, runId);
                        }
                        snapshots.commit(runId, previous);
                        snapshots.deleteSuperseded(runId);
                    }
                    summary = new IngestSummary(runId, found, found - newDocuments,
                            newDocuments - partial - rejected, partial, rejected, forms, funds, indicators,
                            findings, issues, batch.copyMessages(), elapsed(started), commit);
                }
                if (!commit && inForce.flatMap(Snapshot::brokenPointer).isPresent()) {
                    snapshots.pointTo(previous);  // CURRENT named nothing readable: it names what readers read
                }
                writeRun(fs, warehouse, options, summary, now);
                return summary;
            } finally {
                ticker.shutdownNow();
                delete(fs, staging);
            }
        }
    }

    /** The batch's documents not read in full, by path, each partial one with its data-quality errors by rule. */
    private static List<DocumentIssue> issues(Dataset<Row> documents, StagedBatch batch) {
        List<Row> notOk = documents.where(col("status").notEqual(DocumentRecords.OK))
                .select("doc_id", "path", "status", "message").orderBy("path").collectAsList();
        Map<String, List<DocumentIssue.RuleErrors>> errors = new HashMap<>();
        if (notOk.stream().anyMatch(r -> r.getString(2).equals(DocumentRecords.PARTIAL))) {
            batch.rows(WarehouseTables.FINDINGS).where(col("severity").equalTo(Severity.ERROR.code()))
                    .groupBy("doc_id", "rule").agg(min("line"), count(lit(1)))
                    .orderBy("doc_id", "rule").collectAsList()
                    .forEach(r -> errors.computeIfAbsent(r.getString(0), id -> new ArrayList<>())
                            .add(new DocumentIssue.RuleErrors(r.getString(1), r.getInt(2), r.getLong(3))));
        }
        return notOk.stream().map(r -> new DocumentIssue(r.getString(1), r.getString(2), r.getString(3),
                errors.getOrDefault(r.getString(0), List.of()))).toList();
    }

    /**
     * Parses the documents: the listed files, packed into partitions as Spark packs a file source's, are read
     * and parsed on the executors; the rows of files over the size limit and of files the listing refused are
     * made here on the driver, from the listing alone.
     */
    private Dataset<Row> parse(DocumentListing listing, DocumentIngestor ingestor) {
        long maxBytes = DocumentLimits.DEFAULT.maxBytes();
        List<List<DocumentFile>> partitions = ParsePartitions.of(spark, listing.toRead(maxBytes));
        JavaRDD<Row> parsed = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(partitions, Math.max(1, partitions.size()))
                .flatMap(List::iterator)
                .mapPartitions(ingestor);
        Dataset<Row> read = spark.createDataFrame(parsed, SparkSchemas.STAGED_DOCUMENT);
        List<Row> rows = new ArrayList<>();
        try (DocumentIngestor.Attempt driver = ingestor.attempt(DocumentIngestor.DRIVER)) {
            for (DocumentFile file : listing.overSize(maxBytes)) {
                driver.tooLarge(file).ifPresent(rows::add);
            }
            for (RefusedFile file : listing.refused()) {
                driver.refused(file).ifPresent(rows::add);
            }
        }
        if (rows.isEmpty()) {
            return read;
        }
        return read.unionByName(spark.createDataFrame(rows, SparkSchemas.STAGED_DOCUMENT));
    }

    private static long elapsed(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    private void writeSnapshot(Path directory, Map<WarehouseTable, Dataset<Row>> old, boolean hasPrevious,
                               StagedBatch batch) {
        TableWrites.write(new Path(directory, WarehouseTables.DOCUMENTS.name()), WarehouseTables.DOCUMENTS,
                old.get(WarehouseTables.DOCUMENTS).unionByName(batch.documents()), SaveMode.ErrorIfExists);
        if (hasPrevious) {
            // every old table first, without the copies the batch superseded: its files move in after
            Dataset<Row> superseded = batch.supersededCopies();
            for (WarehouseTable table : StagedBatch.FORM_TABLES) {
                TableWrites.write(new Path(directory, table.name()), table,
                        old.get(table).join(superseded, new String[] {"form_id", "doc_id"}, "left_anti"),
                        SaveMode.ErrorIfExists);
            }
        }
        TableWrites.write(new Path(directory, WarehouseTables.FORM_COPIES.name()), WarehouseTables.FORM_COPIES,
                old.get(WarehouseTables.FORM_COPIES).unionByName(batch.formCopies()), SaveMode.ErrorIfExists);
        for (WarehouseTable table : StagedBatch.FORM_TABLES) {
            batch.addTo(new Path(directory, table.name()), table);
        }
        if (!batch.copyMessages().isEmpty()) {
            TableWrites.write(new Path(directory, WarehouseTables.FINDINGS.name()), WarehouseTables.FINDINGS,
                    batch.copyFindings(), SaveMode.Append);
        }
    }

    private void writeRun(FileSystem fs, Path warehouse, IngestOptions options, IngestSummary summary,
                          Instant started) {
        Row row = RowFactory.create(TableRow.of(WarehouseTables.RUNS)
                .set("run_id", summary.runId())
                .set("started_at", Timestamp.from(started))
                .set("finished_at", Timestamp.from(Instant.now()))
                .set("inputs", String.join(" ", options.inputs()))
                .set("documents", (int) summary.documentsFound())
                .set("documents_ok", (int) summary.ok())
                .set("documents_partial", (int) summary.partial())
                .set("documents_rejected", (int) summary.rejected())
                .set("forms", (int) summary.forms())
                .set("funds", (int) summary.funds())
                .set("indicators", (int) summary.indicators())
                .set("findings", (int) summary.findingsTotal())
                .set("wall_ms", summary.wallMillis())
                .set("version", JixiaoVersion.get())
                .set("strict", options.strict())
                .toArray());
        Path runs = new Path(warehouse, WarehouseLayout.RUNS);
        Path staging = new Path(runs, "." + summary.runId());
        spark.createDataFrame(List.of(row), SparkSchemas.of(WarehouseTables.RUNS))
                .coalesce(1).write().mode(SaveMode.Overwrite).parquet(staging.toString());
        try {
            if (!fs.rename(staging, new Path(runs, summary.runId()))) {
                throw new IOException("rename refused");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record run " + summary.runId() + " under " + runs, e);
        }
    }

    private static Map<String, Long> counts(Dataset<Row> rows, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Row row : rows.groupBy(column).count().orderBy(column).collectAsList()) {
            counts.put(row.getString(0), row.getLong(1));
        }
        return counts;
    }

    private static void delete(FileSystem fs, Path path) {
        try {
            fs.delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    private FileSystem fileSystem(Path path) {
        try {
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the file system of " + path, e);
        }
    }
}
