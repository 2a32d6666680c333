package io.jixiao.jobs.ingest;

import io.jixiao.jobs.ingest.parquet.ParquetRows;
import io.jixiao.jobs.ingest.parquet.TableFiles;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.schema.JixiaoVersion;
import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.Snapshot;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * The ingest job: finds documents under the inputs, parses each new one once on the executors, runs the
 * data-quality rules, and writes a new snapshot of the warehouse that holds the previous data plus the new
 * documents' rows (a form read again under the same natural key replaces the old one).
 *
 * <p>What is new is decided on the driver before any Spark job ({@link DocumentTriage}): documents already ingested
 * (same bytes, same path) are not read again, and a run with nothing new starts no Spark session at all. The
 * parse is one Spark job whose tasks write the table files themselves and report their figures
 * ({@link AttemptResult}); the snapshot carries the previous one's files over by link, and rewrites only the years
 * whose forms a new copy superseded.
 */
public final class IngestJob {


    private final SparkOnDemand spark;

    /** An ingest in a running session. */
    public IngestJob(SparkSession spark) {
        this(SparkOnDemand.running(spark));
    }

    /** An ingest that starts its session only when there is something to parse or rewrite. */
    public IngestJob(SparkOnDemand spark) {
        this.spark = requireNonNull(spark, "spark");
    }

    public IngestSummary run(IngestOptions options, IngestProgress progress) {
        long started = System.nanoTime();
        Instant now = Instant.now();
        String runId = Snapshots.newId(now);
        Configuration conf = spark.hadoopConfiguration();
        Path warehouse = new Path(options.warehouse());
        FileSystem fs = fileSystem(warehouse, conf);
        warehouse = fs.makeQualified(warehouse);
        WarehouseLayout.requireWritable(new HadoopWarehouseFiles(fs, warehouse));
        try (WarehouseLock lock = WarehouseLock.acquire(fs, warehouse, runId)) {
            Snapshots snapshots = new Snapshots(fs, warehouse);
            // a damaged warehouse stops the ingest here, before anything is written or deleted
            Optional<Snapshot> inForce = snapshots.current();
            String previous = inForce.map(Snapshot::id).orElse(null);
            SnapshotTableFiles old = new SnapshotTableFiles(fs, warehouse, inForce);

            progress.stage("listing documents");
            DocumentListing listing = DocumentListing.of(options.inputs(), warehouse, conf);
            long found = listing.found();
            progress.started(found);
            RejectedDocuments rejections = new RejectedDocuments(runId, Timestamp.from(now),
                    DocumentLimits.DEFAULT.maxBytes());
            Map<String, String> known = WarehouseContents.documents(old, conf);
            DocumentTriage.Outcome triage = DocumentTriage.of(listing, known, conf, rejections);
            if (triage.nothingNew()) {
                progress.advanced(found, 0);
                IngestSummary summary = new IngestSummary(runId, found, found, 0, 0, 0, 0, 0, 0, Map.of(),
                        List.of(), List.of(), elapsed(started), false);
                keepPointer(snapshots, inForce, previous);
                writeRun(fs, warehouse, conf, options, summary, now);
                return summary;
            }

            Path staging = new Path(warehouse, WarehouseLayout.STAGING);
            Path runStaging = new Path(staging, runId);
            try {
                delete(fs, staging);  // a killed run's leftovers; the lock is ours
                try (TableFiles driver = new TableFiles(runStaging, DocumentIngestor.driver(runId), conf)) {
                    driver.append(WarehouseTables.DOCUMENTS, triage.rejected().stream()
                            .map(RejectedDocuments.Rejection::row).toList());
                }
                List<AttemptResult> results = parse(triage.toParse(), runStaging, runId, now, rejections, found,
                        triage.unchanged() + triage.rejected().size(), progress);
                long[] warehouseForms = previous == null || results.stream().allMatch(r -> r.forms() == 0)
                        ? new long[0] : WarehouseContents.formKeys(old, conf);
                StagedBatch batch = StagedBatch.settle(fs, conf, runStaging, results, old, warehouseForms,
                        known, runId);

                List<DocumentIssue> issues = new ArrayList<>();
                triage.rejected().forEach(rejection -> issues.add(rejection.issue()));
                results.forEach(result -> issues.addAll(result.issues()));
                issues.sort(Comparator.comparing(DocumentIssue::path));
                long newDocuments = triage.rejected().size() + results.stream().mapToLong(AttemptResult::documents)
                        .sum();
                long rejected = issues.stream().filter(DocumentIssue::rejected).count();
                long partial = issues.size() - rejected;
                StagedBatch.BatchCounts counts = batch.counts();
                boolean commit = !(options.strict() && rejected > 0);
                if (commit) {
                    progress.stage("writing snapshot " + runId);
                    try {
                        writeSnapshot(fs, conf, snapshots.directory(runId), runId, old, batch);
                        // no Spark job for the drift: the years the batch changed lose their stored drift, which
                        // the views compute from the forms until jixiao compact settles it again
                        TargetDriftTable drift = new TargetDriftTable(spark, fs);
                        drift.unsettle(snapshots.directory(runId),
                                drift.yearsToSettle(snapshots.directory(runId), old.relativePaths()));
                        new TableCompaction(spark, fs, TableCompaction.AFTER_INGEST).compact(
                                snapshots.directory(runId));
                    } catch (RuntimeException e) {
                        throw UnreadableSnapshot.explain(e, warehouse, runId);
                    }
                    snapshots.commit(runId, previous);
                    snapshots.deleteSuperseded(runId);
                } else {
                    keepPointer(snapshots, inForce, previous);
                }
                IngestSummary summary = new IngestSummary(runId, found, found - newDocuments,
                        newDocuments - partial - rejected, partial, rejected, counts.forms(), counts.funds(),
                        counts.indicators(), counts.findings(), issues, batch.copyMessages(), elapsed(started),
                        commit);
                writeRun(fs, warehouse, conf, options, summary, now);
                return summary;
            } finally {
                delete(fs, staging);
            }
        }
    }

    /** Where {@code CURRENT} named nothing readable and no snapshot is written: it is made to name what is read. */
    private static void keepPointer(Snapshots snapshots, Optional<Snapshot> inForce, String previous) {
        if (inForce.flatMap(Snapshot::brokenPointer).isPresent()) {
            snapshots.pointTo(previous);
        }
    }

    /**
     * Parses the new documents in one Spark job: packed into partitions as Spark packs a file source's, read and
     * parsed on the executors, each task writing its table files and returning its figures.
     */
    private List<AttemptResult> parse(List<NewDocument> documents, Path runStaging, String runId, Instant now,
                                      RejectedDocuments rejections, long found, long settled,
                                      IngestProgress progress) {
        if (documents.isEmpty()) {
            return List.of();
        }
        progress.stage("parsing documents");
        SparkSession session = spark.get();
        LongAccumulator documentsRead = session.sparkContext().longAccumulator("documents read");
        LongAccumulator formsRead = session.sparkContext().longAccumulator("forms read");
        FileSystem fs = fileSystem(runStaging, session.sparkContext().hadoopConfiguration());
        DocumentIngestor ingestor = new DocumentIngestor(
                SerializableConfiguration.broadcast(session.sparkContext()),
                // qualified here: an executor resolves a relative path against its own working folder
                fs.makeQualified(runStaging), runId, Timestamp.from(now), rejections, documentsRead, formsRead);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ingest-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> progress.advanced(settled + documentsRead.value(), formsRead.value()),
                200, 200, TimeUnit.MILLISECONDS);
        try {
            List<List<NewDocument>> partitions = ParsePartitions.of(session, documents);
            List<AttemptResult> results = JavaSparkContext.fromSparkContext(session.sparkContext())
                    .parallelize(partitions, Math.max(1, partitions.size()))
                    .flatMap(List::iterator)
                    .mapPartitions(ingestor)
                    .collect();
            progress.advanced(settled + documentsRead.value(), formsRead.value());
            return results;
        } finally {
            ticker.shutdownNow();
        }
    }

    private static long elapsed(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /**
     * Writes the new snapshot's folder: the previous snapshot's files carried over by link, but those of the years
     * whose forms a copy of the batch superseded (written again without the superseded rows), then the batch's
     * files, then the rows of the copies settled. No Spark: the rows rewritten are a few years' of one batch's.
     */
    private static void writeSnapshot(FileSystem fs, Configuration conf, Path directory, String runId,
                                      SnapshotTableFiles old, StagedBatch batch) {
        Set<Integer> rewrittenYears = batch.supersededYears();
        Map<String, Object[]> keptForms = new HashMap<>();
        try (TableFiles rewritten = new TableFiles(directory, runId + "-kept", conf)) {
            for (WarehouseTable table : List.of(WarehouseTables.DOCUMENTS, WarehouseTables.FORMS,
                    WarehouseTables.FUNDS, WarehouseTables.INDICATORS, WarehouseTables.FINDINGS,
                    WarehouseTables.FORM_COPIES, WarehouseTables.TARGET_DRIFT)) {
                Path tableDirectory = new Path(directory, table.name());
                SnapshotFiles.makeFolder(fs, tableDirectory);
                for (SnapshotTableFiles.TableFile file : old.of(table)) {
                    if (StagedBatch.FORM_TABLES.contains(table)
                            && file.year().filter(rewrittenYears::contains).isPresent()) {
                        rewrite(file, table, batch, rewritten, conf, keptForms);
                    } else {
                        SnapshotFiles.link(fs, file.path(), new Path(tableDirectory, file.relative()));
                    }
                }
                if (StagedBatch.FORM_TABLES.contains(table) || table == WarehouseTables.DOCUMENTS) {
                    batch.addTo(directory, table, runId + "-batch");
                }
            }
        }
        try (TableFiles settled = new TableFiles(directory, runId + "-settled", conf)) {
            settled.append(WarehouseTables.FORM_COPIES, batch.formCopies());
            settled.append(WarehouseTables.FINDINGS, batch.copyFindings());
        }
    }

    /**
     * Writes the rows of a previous snapshot's file again, without those of the copies the batch superseded. The forms
     * come first and are kept by id in {@code keptForms}: a line of a file written before the copies of its form's
     * columns ({@link FormColumnCopies}) gets them from its form there, so that every row written holds them.
     */
    private static void rewrite(SnapshotTableFiles.TableFile file, WarehouseTable table, StagedBatch batch,
                                TableFiles into, Configuration conf, Map<String, Object[]> keptForms) {
        int formId = TableRow.position(table, "form_id");
        int marker = table.column(FormColumnCopies.MARKER).isPresent()
                ? TableRow.position(table, FormColumnCopies.MARKER) : -1;
        ParquetRows.rows(file.path(), table, file.year().orElse(null), conf, row -> {
            if (batch.superseded(table, row)) {
                return;
            }
            String id = (String) row[formId];
            if (table == WarehouseTables.FORMS) {
                keptForms.put(id, row);
            } else if (marker >= 0 && row[marker] == null && keptForms.containsKey(id)) {
                TableRow.copyFormColumns(keptForms.get(id), table, row);
            }
            into.append(table, row);
        });
    }

    /** Records the run in the append-only {@code runs} log, written beside and renamed into place. */
    private static void writeRun(FileSystem fs, Path warehouse, Configuration conf, IngestOptions options,
                                 IngestSummary summary, Instant started) {
        Object[] row = TableRow.of(WarehouseTables.RUNS)
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
                .toArray();
        Path runs = new Path(warehouse, WarehouseLayout.RUNS);
        Path staging = new Path(runs, "." + summary.runId());
        try {
            try (TableFiles files = new TableFiles(staging, summary.runId(), conf)) {
                files.append(WarehouseTables.RUNS, row);
            }
            if (!fs.rename(new Path(staging, WarehouseTables.RUNS.name()), new Path(runs, summary.runId()))) {
                throw new IOException("rename refused");
            }
            fs.delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record run " + summary.runId() + " under " + runs, e);
        }
    }

    private static void delete(FileSystem fs, Path path) {
        try {
            fs.delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    private static FileSystem fileSystem(Path path, Configuration conf) {
        try {
            return path.getFileSystem(conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the file system of " + path, e);
        }
    }
}
