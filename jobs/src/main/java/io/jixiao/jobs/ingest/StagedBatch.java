package io.jixiao.jobs.ingest;

import io.jixiao.jobs.ingest.parquet.TableFiles;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.struct;

/**
 * The new documents of one ingest as their parse leaves them in the staging folder: the {@code documents} rows
 * (written by Spark, each tagged with the attempt that parsed it) and the form tables' files, written by the
 * attempts themselves in the tables' own layout ({@link TableFiles}). A clean batch joins a snapshot by moving
 * those files: the parsed rows are converted and encoded once.
 *
 * <p>Settled here: the files of task attempts whose output Spark did not keep are deleted; the same bytes under
 * two paths are one document (the first path wins, and one attempt's rows of it are kept; every other path is
 * recorded as rejected, {@code duplicate of} the first); a form read from two
 * documents of the batch, or from a document of the batch and one already in the warehouse, is taken from the copy
 * {@link CopyPrecedence} keeps, the other copies recorded in {@code form_copies}. Both lists come from small
 * aggregates and are empty in the usual batch; when they are not, the batch's tables are rewritten without the
 * losing rows.
 */
final class StagedBatch {

    /** The tables whose rows the attempts write, in the order a snapshot adds them. */
    static final List<WarehouseTable> FORM_TABLES = List.of(
            WarehouseTables.FORMS, WarehouseTables.FUNDS, WarehouseTables.INDICATORS, WarehouseTables.FINDINGS);

    /** Not "_documents": Spark warns that it ignores a folder named with a leading "_" as hidden. */
    private static final String DOCUMENT_ROWS = "documents";
    private static final StructType DUPLICATES = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("duplicate_of", DataTypes.StringType, false);
    private static final StructType COPIED_ROWS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add(SparkSchemas.ATTEMPT, DataTypes.StringType, false);
    private static final StructType FORM_IDS = new StructType().add("form_id", DataTypes.StringType, false);
    private static final StructType FORM_COPIES = new StructType()
            .add("form_id", DataTypes.StringType, false)
            .add("doc_id", DataTypes.StringType, false);

    private final SparkSession spark;
    private final FileSystem fs;
    private final Path staging;
    private final Dataset<Row> documents;
    /** (doc_id, attempt) of copied files' rows to leave out, or null. */
    private final Dataset<Row> copiedRows;
    /** (form_id, doc_id) of the batch's superseded copies of forms, to leave out, or null. */
    private final Dataset<Row> replacedForms;
    /** The copies of forms superseded in this batch (the batch's own, or the warehouse's). */
    private final FormCopies.Settled copies;

    private StagedBatch(SparkSession spark, FileSystem fs, Path staging, Dataset<Row> documents,
                        Dataset<Row> copiedRows, FormCopies.Settled copies) {
        this.spark = spark;
        this.fs = fs;
        this.staging = staging;
        this.documents = documents;
        this.copiedRows = copiedRows;
        this.copies = copies;
        this.replacedForms = copies.losers().isEmpty() ? null
                : spark.createDataFrame(copies.losers(), FORM_COPIES).distinct();
    }

    /**
     * Runs the parse (one Spark job), whose attempts write their table files under {@code staging}, stages the
     * documents rows beside them, and settles what the batch keeps.
     */
    static StagedBatch stage(SparkSession spark, Dataset<Row> stagedDocuments, Path staging, FileSystem fs,
                             String runId) {
        Path documentRows = new Path(staging, DOCUMENT_ROWS);
        // read a few times, then deleted: fast to write beats small
        stagedDocuments.write()
                .option("compression", "lz4_raw")
                .option("parquet.enable.dictionary", "false")
                .parquet(documentRows.toString());
        Dataset<Row> staged = spark.read().schema(SparkSchemas.STAGED_DOCUMENT).parquet(documentRows.toString());
        deleteAttemptsNotKept(fs, staging, new HashSet<>(staged.select(SparkSchemas.ATTEMPT).distinct()
                .as(Encoders.STRING()).collectAsList()));

        List<Row> duplicates = new ArrayList<>();
        Set<Row> droppedRows = new LinkedHashSet<>();
        for (Row group : staged.groupBy("doc_id")
                .agg(count("*").as("n"), min(struct("path", SparkSchemas.ATTEMPT)).as("kept"),
                        collect_list(struct("path", SparkSchemas.ATTEMPT)).as("copies"))
                .where(col("n").gt(1))
                .collectAsList()) {
            Row kept = group.getStruct(2);
            for (Row copy : group.<Row>getList(3)) {
                if (!copy.getString(0).equals(kept.getString(0))) {
                    duplicates.add(RowFactory.create(copy.getString(0), kept.getString(0)));
                }
                if (!copy.getString(1).equals(kept.getString(1))) {
                    droppedRows.add(RowFactory.create(group.getString(0), copy.getString(1)));
                }
            }
        }
        Dataset<Row> documents = staged.drop(SparkSchemas.ATTEMPT);
        if (!duplicates.isEmpty()) {
            documents = recordedAsDuplicates(documents, spark.createDataFrame(duplicates, DUPLICATES));
        }
        Dataset<Row> copiedRows = droppedRows.isEmpty() ? null
                : spark.createDataFrame(new ArrayList<>(droppedRows), COPIED_ROWS);
        return new StagedBatch(spark, fs, staging, documents, copiedRows,
                formsReadTwice(staged(spark, fs, staging, WarehouseTables.FORMS), documents, runId));
    }

    /**
     * This batch with the forms it shares with the warehouse's settled: where the warehouse's copy wins, the batch's
     * is left out; the warehouse's losing copies are in {@link #supersededCopies()}.
     */
    StagedBatch settledAgainst(Dataset<Row> oldForms, Dataset<Row> oldDocuments, String runId) {
        Dataset<Row> batchCopies = copiesOf(rows(WarehouseTables.FORMS), documents);
        Dataset<Row> clashing = copiesOf(oldForms, oldDocuments)
                .join(batchCopies.select("form_id").distinct(), "form_id");
        List<Row> rows = clashing.withColumn("earlier", lit(true))
                .unionByName(batchCopies.join(clashing.select("form_id").distinct(), "form_id")
                        .withColumn("earlier", lit(false)))
                .collectAsList();
        if (rows.isEmpty()) {
            return this;
        }
        return new StagedBatch(spark, fs, staging, documents, copiedRows,
                copies.with(FormCopies.settle(rows, runId)));
    }

    /** (form_id, doc_id) of every copy this batch superseded, its own or the warehouse's: no snapshot keeps them. */
    Dataset<Row> supersededCopies() {
        return spark.createDataFrame(copies.losers(), FORM_COPIES);
    }

    /** The {@code form_copies} rows this batch adds. */
    Dataset<Row> formCopies() {
        return spark.createDataFrame(copies.superseded(), SparkSchemas.of(WarehouseTables.FORM_COPIES));
    }

    /**
     * The findings on the kept copies, one per superseded copy; none on a copy of the batch that itself lost to the
     * warehouse's.
     */
    Dataset<Row> copyFindings() {
        if (copies.findings().isEmpty()) {
            return spark.createDataFrame(List.of(), SparkSchemas.of(WarehouseTables.FINDINGS));
        }
        return spark.createDataFrame(copies.findings(), SparkSchemas.of(WarehouseTables.FINDINGS))
                .join(supersededCopies(), new String[] {"form_id", "doc_id"}, "left_anti");
    }

    /** One line per superseded copy, for the ingest summary. */
    List<String> copyMessages() {
        return copies.messages();
    }

    /** A form table's copies with the path of their document and what {@link FormCopies} reads of them. */
    private static Dataset<Row> copiesOf(Dataset<Row> forms, Dataset<Row> documents) {
        Dataset<Row> paths = documents.groupBy("doc_id").agg(min("path").as("path"));
        return forms.join(paths, "doc_id").select(FormCopies.COLUMNS[0],
                Arrays.copyOfRange(FormCopies.COLUMNS, 1, FormCopies.COLUMNS.length)).distinct();
    }

    /** The new documents' rows of the {@code documents} table. */
    Dataset<Row> documents() {
        return documents;
    }

    /** The new rows of a form table (forms, funds, indicators or findings). */
    Dataset<Row> rows(WarehouseTable table) {
        Dataset<Row> rows = staged(spark, fs, staging, table);
        // a table no attempt wrote to (a batch without findings) has no files, so no _metadata to look at
        if (copiedRows != null && exists(fs, new Path(staging, table.name()))) {
            rows = rows.withColumn(SparkSchemas.ATTEMPT,
                            regexp_extract(col("_metadata.file_name"), TableFiles.FILE_NAME_REGEX, 1))
                    .join(broadcast(copiedRows), new String[] {"doc_id", SparkSchemas.ATTEMPT}, "left_anti")
                    .drop(SparkSchemas.ATTEMPT);
        }
        if (replacedForms != null) {
            rows = rows.join(broadcast(replacedForms), new String[] {"form_id", "doc_id"}, "left_anti");
        }
        return rows;
    }

    /**
     * Adds the batch's rows of a form table to a snapshot's table folder: moves the staged files when the batch
     * is clean, else writes its rows without the losing ones.
     */
    void addTo(Path tableDirectory, WarehouseTable table) {
        if (copiedRows != null || replacedForms != null) {
            TableWrites.write(tableDirectory, table, rows(table), SaveMode.Append);
            return;
        }
        Path folder = new Path(staging, table.name());
        try {
            fs.mkdirs(tableDirectory);
            if (!exists(fs, folder)) {
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

    /**
     * The documents rows with each copy's row turned into a rejection naming the path kept: its own id (derived
     * from the document's and the path, so that the next ingest knows it), status rejected, no forms.
     */
    private static Dataset<Row> recordedAsDuplicates(Dataset<Row> documents, Dataset<Row> duplicates) {
        Dataset<Row> joined = documents.join(broadcast(duplicates), "path", "left");
        Column duplicate = col("duplicate_of").isNotNull();
        List<Column> columns = new ArrayList<>();
        for (String name : documents.columns()) {
            Column value = switch (name) {
                case "doc_id" -> when(duplicate, sha2(concat_ws("\u001f", lit("duplicate"), col("doc_id"),
                        col("path")), 256)).otherwise(col("doc_id"));
                case "status" -> when(duplicate, lit(DocumentRecords.REJECTED)).otherwise(col("status"));
                case "message" -> when(duplicate, concat(lit("duplicate of "), col("duplicate_of")))
                        .otherwise(col("message"));
                case "forms", "problems" -> when(duplicate, lit(0)).otherwise(col(name));
                default -> col(name);
            };
            columns.add(value.as(name));
        }
        return joined.select(columns.toArray(Column[]::new));
    }

    /** The staged files of a form table, as they are. */
    private static Dataset<Row> staged(SparkSession spark, FileSystem fs, Path staging, WarehouseTable table) {
        Path folder = new Path(staging, table.name());
        if (!exists(fs, folder)) {
            return spark.createDataFrame(List.of(), SparkSchemas.of(table));
        }
        return spark.read().schema(SparkSchemas.of(table)).parquet(folder.toString());
    }

    /**
     * The forms two or more documents of the batch hold, settled ({@link CopyPrecedence}). A copied file's rows,
     * twice under one document, do not make a form read twice.
     */
    private static FormCopies.Settled formsReadTwice(Dataset<Row> forms, Dataset<Row> documents, String runId) {
        // a small aggregate first: the usual batch has no form twice and needs no more
        List<Row> twice = forms.groupBy("form_id").agg(countDistinct("doc_id").as("documents"))
                .where(col("documents").gt(1)).select("form_id").collectAsList();
        if (twice.isEmpty()) {
            return FormCopies.Settled.NONE;
        }
        Dataset<Row> formIds = forms.sparkSession().createDataFrame(twice, FORM_IDS);
        List<Row> rows = copiesOf(forms.join(broadcast(formIds), "form_id"), documents)
                .withColumn("earlier", lit(false)).collectAsList();
        return FormCopies.settle(rows, runId);
    }

    /** Deletes the table files of attempts that wrote no kept documents row: failed or superseded tasks. */
    private static void deleteAttemptsNotKept(FileSystem fs, Path staging, Set<String> kept) {
        try {
            for (WarehouseTable table : FORM_TABLES) {
                Path folder = new Path(staging, table.name());
                if (!exists(fs, folder)) {
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

    private static boolean exists(FileSystem fs, Path path) {
        try {
            return fs.exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + path, e);
        }
    }
}
