package io.jixiao.jobs.ingest;

import io.jixiao.jobs.ingest.parquet.TableFiles;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

/**
 * The new documents of one ingest as the parse leaves them in the staging folder: the tables' files, written by the
 * task attempts (and by the driver, for the documents it rejected) in the tables' own layout ({@link TableFiles}),
 * and what each attempt reported ({@link AttemptResult}). A clean batch joins a snapshot by moving those files: the
 * parsed rows are converted and encoded once.
 *
 * <p>Settled here: the files of task attempts whose result Spark did not keep are deleted; a form read from two
 * documents of the batch, or from a document of the batch and one already in the warehouse, is taken from the copy
 * {@link CopyPrecedence} keeps, the other copies recorded in {@code form_copies}. The forms held twice are found from
 * the attempts' 64-bit form keys (and the warehouse's form ids, read without Spark); only where keys meet are the
 * tables read with Spark to settle them exactly. The usual batch has none, and needs no Spark job after the parse.
 */
final class StagedBatch {

    /** The tables whose rows the attempts write, in the order a snapshot adds them. */
    static final List<WarehouseTable> FORM_TABLES = List.of(
            WarehouseTables.FORMS, WarehouseTables.FUNDS, WarehouseTables.INDICATORS, WarehouseTables.FINDINGS);

    private static final StructType FORM_COPIES = new StructType()
            .add("form_id", DataTypes.StringType, false)
            .add("doc_id", DataTypes.StringType, false);
    private static final int FINDING_FORM = TableRow.position(WarehouseTables.FINDINGS, "form_id");
    private static final int FINDING_DOC = TableRow.position(WarehouseTables.FINDINGS, "doc_id");
    private static final int FINDING_SEVERITY = TableRow.position(WarehouseTables.FINDINGS, "severity");

    private final Supplier<SparkSession> spark;
    private final FileSystem fs;
    private final Path staging;
    private final List<AttemptResult> results;
    /** The copies of forms superseded in this batch (the batch's own, or the warehouse's). */
    private final FormCopies.Settled copies;

    private StagedBatch(Supplier<SparkSession> spark, FileSystem fs, Path staging, List<AttemptResult> results,
                        FormCopies.Settled copies) {
        this.spark = spark;
        this.fs = fs;
        this.staging = staging;
        this.results = List.copyOf(results);
        this.copies = copies;
    }

    /**
     * The batch the attempts (and the driver, {@link DocumentIngestor#driver}) staged, with the files of attempts
     * not kept deleted and the forms it holds twice, or shares with the warehouse, settled.
     *
     * @param warehouseForms the 64-bit keys of the warehouse's forms, sorted
     * @param old            the warehouse's tables, read with Spark only when a form is held twice
     */
    static StagedBatch settle(Supplier<SparkSession> spark, FileSystem fs, Path staging, List<AttemptResult> results,
                              long[] warehouseForms, Supplier<Map<WarehouseTable, Dataset<Row>>> old, String runId) {
        Set<String> kept = new HashSet<>(List.of(DocumentIngestor.driver(runId)));
        results.forEach(result -> kept.add(result.attempt()));
        deleteAttemptsNotKept(fs, staging, kept);
        StagedBatch batch = new StagedBatch(spark, fs, staging, results, FormCopies.Settled.NONE);
        FormKeys.Candidates candidates = FormKeys.candidates(results, warehouseForms);
        if (candidates.isEmpty()) {
            return batch;
        }
        Dataset<Row> forms = batch.staged(WarehouseTables.FORMS);
        Dataset<Row> documents = batch.staged(WarehouseTables.DOCUMENTS);
        FormCopies.Settled settled = candidates.withinBatch().isEmpty() ? FormCopies.Settled.NONE
                : formsReadTwice(candidates.withinBatch().filter(forms), documents, runId);
        if (!candidates.withWarehouse().isEmpty()) {
            Map<WarehouseTable, Dataset<Row>> tables = old.get();
            settled = settled.with(settledAgainst(candidates.withWarehouse().filter(forms), documents,
                    candidates.withWarehouse().filter(tables.get(WarehouseTables.FORMS)),
                    tables.get(WarehouseTables.DOCUMENTS), runId));
        }
        return new StagedBatch(spark, fs, staging, results, settled);
    }

    /** Whether the batch lost rows of its own to other copies: then its tables are rewritten, not moved. */
    private boolean rewritten() {
        return !copies.losers().isEmpty();
    }

    /** The years of the warehouse's forms whose copies this batch superseded: their files are rewritten. */
    Set<Integer> supersededYears() {
        Set<Integer> years = new HashSet<>();
        int year = TableRow.position(WarehouseTables.FORM_COPIES, "year");
        for (Row row : copies.superseded()) {
            years.add(row.isNullAt(year) ? WarehouseTable.UNKNOWN_YEAR : row.getInt(year));
        }
        return years;
    }

    /** (form_id, doc_id) of every copy this batch superseded, its own or the warehouse's: no snapshot keeps them. */
    Dataset<Row> supersededCopies() {
        return spark.get().createDataFrame(copies.losers(), FORM_COPIES).distinct();
    }

    /** The {@code form_copies} rows this batch adds. */
    List<Object[]> formCopies() {
        return copies.superseded().stream().map(StagedBatch::values).toList();
    }

    /**
     * The findings on the kept copies, one per superseded copy; none on a copy of the batch that itself lost to the
     * warehouse's.
     */
    List<Object[]> copyFindings() {
        Set<List<String>> losers = new HashSet<>();
        copies.losers().forEach(row -> losers.add(List.of(row.getString(0), row.getString(1))));
        return copies.findings().stream().map(StagedBatch::values)
                .filter(row -> !losers.contains(List.of((String) row[FINDING_FORM], (String) row[FINDING_DOC])))
                .toList();
    }

    /** One line per superseded copy, for the ingest summary. */
    List<String> copyMessages() {
        return copies.messages();
    }

    /** What each attempt reported. */
    List<AttemptResult> results() {
        return results;
    }

    /** The rows the batch adds to each form table, and its findings (with the copies') by severity. */
    BatchCounts counts() {
        Map<String, Long> findings = new TreeMap<>();
        for (Object[] finding : copyFindings()) {
            findings.merge((String) finding[FINDING_SEVERITY], 1L, Long::sum);
        }
        if (rewritten()) {
            for (Row row : rows(WarehouseTables.FINDINGS).groupBy("severity").count().collectAsList()) {
                findings.merge(row.getString(0), row.getLong(1), Long::sum);
            }
            return new BatchCounts(rows(WarehouseTables.FORMS).count(), rows(WarehouseTables.FUNDS).count(),
                    rows(WarehouseTables.INDICATORS).count(), findings);
        }
        long forms = 0;
        long funds = 0;
        long indicators = 0;
        for (AttemptResult result : results) {
            forms += result.forms();
            funds += result.funds();
            indicators += result.indicators();
            result.findings().forEach((severity, count) -> findings.merge(severity, count, Long::sum));
        }
        return new BatchCounts(forms, funds, indicators, findings);
    }

    /** Rows added to each form table, and findings by severity. */
    record BatchCounts(long forms, long funds, long indicators, Map<String, Long> findings) {
    }

    /** The new rows of a form table (forms, funds, indicators or findings), without the superseded copies'. */
    private Dataset<Row> rows(WarehouseTable table) {
        Dataset<Row> rows = staged(table);
        if (rewritten()) {
            rows = rows.join(broadcast(supersededCopies()), new String[] {"form_id", "doc_id"}, "left_anti");
        }
        return rows;
    }

    /**
     * Adds the batch's rows of a table to a snapshot's table folder: moves the staged files, or, for a form table
     * of a batch that lost copies, writes its rows without the losing ones.
     */
    void addTo(Path tableDirectory, WarehouseTable table) {
        if (rewritten() && FORM_TABLES.contains(table)) {
            TableWrites.write(tableDirectory, table, rows(table), SaveMode.Append);
            return;
        }
        Path folder = new Path(staging, table.name());
        try {
            fs.mkdirs(tableDirectory);
            if (!fs.exists(folder)) {
                return;
            }
            String prefix = folder.toUri().getPath() + "/";
            for (FileStatus status : FileTree.files(fs, folder)) {
                Path file = status.getPath();
                Path target = new Path(tableDirectory, file.toUri().getPath().substring(prefix.length()));
                fs.mkdirs(target.getParent());
                if (!fs.rename(file, target)) {
                    throw new IOException("rename to " + target + " refused");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the staged " + table.name() + " files from " + folder
                    + " to " + tableDirectory, e);
        }
    }

    /** The staged files of a table, as they are. */
    private Dataset<Row> staged(WarehouseTable table) {
        Path folder = new Path(staging, table.name());
        try {
            if (!fs.exists(folder)) {
                return spark.get().createDataFrame(List.of(), SparkSchemas.of(table));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + folder, e);
        }
        return spark.get().read().schema(SparkSchemas.of(table))
                .option("recursiveFileLookup", String.valueOf(!table.partitionedByYear()))
                .parquet(folder.toString());
    }

    /** A form table's copies with the path of their document and what {@link FormCopies} reads of them. */
    private static Dataset<Row> copiesOf(Dataset<Row> forms, Dataset<Row> documents) {
        Dataset<Row> paths = documents.groupBy("doc_id").agg(min("path").as("path"));
        return forms.join(paths, "doc_id").select(FormCopies.COLUMNS[0],
                Arrays.copyOfRange(FormCopies.COLUMNS, 1, FormCopies.COLUMNS.length)).distinct();
    }

    /**
     * The forms two or more documents of the batch hold, settled ({@link CopyPrecedence}), among the forms given
     * (those whose keys met).
     */
    private static FormCopies.Settled formsReadTwice(Dataset<Row> forms, Dataset<Row> documents, String runId) {
        List<Row> twice = forms.groupBy("form_id").agg(countDistinct("doc_id").as("documents"))
                .where(col("documents").gt(1)).select("form_id").collectAsList();
        if (twice.isEmpty()) {
            return FormCopies.Settled.NONE;
        }
        Dataset<Row> formIds = forms.sparkSession().createDataFrame(twice,
                new StructType().add("form_id", DataTypes.StringType, false));
        List<Row> rows = copiesOf(forms.join(broadcast(formIds), "form_id"), documents)
                .withColumn("earlier", lit(false)).collectAsList();
        return FormCopies.settle(rows, runId);
    }

    /**
     * The batch's forms that the warehouse holds too, settled: where the warehouse's copy wins, the batch's is left
     * out; where the batch's wins, the warehouse's is.
     */
    private static FormCopies.Settled settledAgainst(Dataset<Row> batchForms, Dataset<Row> batchDocuments,
                                                     Dataset<Row> oldForms, Dataset<Row> oldDocuments,
                                                     String runId) {
        Dataset<Row> batchCopies = copiesOf(batchForms, batchDocuments);
        Dataset<Row> clashing = copiesOf(oldForms, oldDocuments)
                .join(batchCopies.select("form_id").distinct(), "form_id");
        List<Row> rows = clashing.withColumn("earlier", lit(true))
                .unionByName(batchCopies.join(clashing.select("form_id").distinct(), "form_id")
                        .withColumn("earlier", lit(false)))
                .collectAsList();
        return rows.isEmpty() ? FormCopies.Settled.NONE : FormCopies.settle(rows, runId);
    }

    /** Deletes the table files of attempts whose result the driver did not receive: failed or superseded tasks. */
    private static void deleteAttemptsNotKept(FileSystem fs, Path staging, Set<String> kept) {
        List<WarehouseTable> tables = new ArrayList<>(FORM_TABLES);
        tables.add(WarehouseTables.DOCUMENTS);
        try {
            for (WarehouseTable table : tables) {
                Path folder = new Path(staging, table.name());
                if (!fs.exists(folder)) {
                    continue;
                }
                for (FileStatus file : FileTree.files(fs, folder)) {
                    if (TableFiles.attemptOf(file.getPath().getName()).filter(kept::contains).isEmpty()) {
                        fs.delete(file.getPath(), false);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the staged table files under " + staging, e);
        }
    }

    private static Object[] values(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return values;
    }
}
