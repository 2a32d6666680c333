package io.jixiao.jobs.ingest;

import io.jixiao.jobs.ingest.parquet.ParquetRows;
import io.jixiao.jobs.ingest.parquet.TableFiles;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The new documents of one ingest as the parse leaves them in the staging folder: the tables' files, written by the
 * task attempts (and by the driver, for the documents it rejected) in the tables' own layout ({@link TableFiles}),
 * and what each attempt reported ({@link AttemptResult}). A clean batch joins a snapshot by moving those files: the
 * parsed rows are converted and encoded once.
 *
 * <p>Settled here, on the driver: the files of task attempts whose result Spark did not keep are deleted; a form read
 * from two documents of the batch, or from a document of the batch and one already in the warehouse, is taken from
 * the copy {@link CopyPrecedence} keeps, the other copies recorded in {@code form_copies}. The forms held twice are
 * found from the attempts' 64-bit form keys and the warehouse's ({@link FormKeys}); only the rows whose keys meet
 * are read back to settle them. The usual batch has none.
 */
final class StagedBatch {

    /** The tables whose rows the attempts write, in the order a snapshot adds them. */
    static final List<WarehouseTable> FORM_TABLES = List.of(
            WarehouseTables.FORMS, WarehouseTables.FUNDS, WarehouseTables.INDICATORS, WarehouseTables.FINDINGS);

    /** Where a forms row holds its form_id and doc_id. */
    private static final int FORM_ID = TableRow.position(WarehouseTables.FORMS, "form_id");
    private static final int DOC_ID = TableRow.position(WarehouseTables.FORMS, "doc_id");
    private static final int FINDING_SEVERITY = TableRow.position(WarehouseTables.FINDINGS, "severity");
    private static final int COPY_YEAR = TableRow.position(WarehouseTables.FORM_COPIES, "year");
    /** The forms columns {@link FormCopies} reads of each copy, in {@link FormCopies#COLUMNS} order (path aside). */
    private static final int[] COPY_COLUMNS = Arrays.stream(FormCopies.COLUMNS)
            .mapToInt(name -> name.equals("path") ? -1 : TableRow.position(WarehouseTables.FORMS, name)).toArray();

    private final FileSystem fs;
    private final Configuration conf;
    private final Path staging;
    private final List<AttemptResult> results;
    /** The copies of forms superseded in this batch (the batch's own, or the warehouse's). */
    private final FormCopies.Settled copies;
    /** (form_id, doc_id) of each superseded copy, as {@link #pair}. */
    private final Set<String> losers = new HashSet<>();

    private StagedBatch(FileSystem fs, Configuration conf, Path staging, List<AttemptResult> results,
                        FormCopies.Settled copies) {
        this.fs = fs;
        this.conf = conf;
        this.staging = staging;
        this.results = List.copyOf(results);
        this.copies = copies;
        copies.losers().forEach(row -> losers.add(pair(row.getString(0), row.getString(1))));
    }

    /**
     * The batch the attempts (and the driver, {@link DocumentIngestor#driver}) staged, with the files of attempts
     * not kept deleted and the forms it holds twice, or shares with the warehouse, settled.
     *
     * @param warehouse          the snapshot in force
     * @param warehouseForms     the keys of its forms, sorted
     * @param warehouseDocuments its documents: id to path
     */
    static StagedBatch settle(FileSystem fs, Configuration conf, Path staging, List<AttemptResult> results,
                              SnapshotTableFiles warehouse, long[] warehouseForms,
                              Map<String, String> warehouseDocuments, String runId) {
        Set<String> kept = new HashSet<>(List.of(DocumentIngestor.driver(runId)));
        results.forEach(result -> kept.add(result.attempt()));
        deleteAttemptsNotKept(fs, staging, kept);
        FormKeys.Candidates candidates = FormKeys.candidates(results, warehouseForms);
        if (candidates.isEmpty()) {
            return new StagedBatch(fs, conf, staging, results, FormCopies.Settled.NONE);
        }
        Map<String, String> batchDocuments = new HashMap<>();
        ParquetRows.strings(files(fs, new Path(staging, WarehouseTables.DOCUMENTS.name())), List.of("doc_id", "path"),
                conf, row -> batchDocuments.merge(row[0], row[1], StagedBatch::first));
        List<Row> batchCopies = new ArrayList<>();
        for (Path file : files(fs, new Path(staging, WarehouseTables.FORMS.name()))) {
            ParquetRows.rows(file, WarehouseTables.FORMS, yearOf(file), conf, form -> {
                long key = AttemptResult.key((String) form[FORM_ID]);
                if (candidates.withinBatch().contains(key) || candidates.withWarehouse().contains(key)) {
                    batchCopies.add(copy(form, batchDocuments, false));
                }
            });
        }

        Map<String, List<Row>> byForm = byForm(batchCopies);
        List<Row> twice = new ArrayList<>();
        byForm.values().stream().filter(rows -> rows.size() > 1).forEach(twice::addAll);
        FormCopies.Settled settled = twice.isEmpty() ? FormCopies.Settled.NONE : FormCopies.settle(twice, runId);
        Set<String> lostInBatch = new HashSet<>();
        settled.losers().forEach(row -> lostInBatch.add(pair(row.getString(0), row.getString(1))));

        if (!candidates.withWarehouse().isEmpty()) {
            List<Row> earlier = new ArrayList<>();
            for (SnapshotTableFiles.TableFile file : warehouse.of(WarehouseTables.FORMS)) {
                ParquetRows.rows(file.path(), WarehouseTables.FORMS, file.year().orElse(null), conf, form -> {
                    if (candidates.withWarehouse().contains(AttemptResult.key((String) form[FORM_ID]))
                            && byForm.containsKey((String) form[FORM_ID])) {
                        earlier.add(copy(form, warehouseDocuments, true));
                    }
                });
            }
            Set<String> clashing = new HashSet<>();
            earlier.forEach(row -> clashing.add(row.getString(0)));
            List<Row> rows = new ArrayList<>(earlier);
            batchCopies.stream().filter(row -> clashing.contains(row.getString(0))
                    && !lostInBatch.contains(pair(row.getString(0), row.getString(1)))).forEach(rows::add);
            if (!rows.isEmpty()) {
                settled = settled.with(FormCopies.settle(rows, runId));
            }
        }
        return new StagedBatch(fs, conf, staging, results, settled);
    }

    /** The years of the warehouse's forms whose copies this batch superseded: their files are rewritten. */
    Set<Integer> supersededYears() {
        Set<Integer> years = new HashSet<>();
        for (Row row : copies.superseded()) {
            years.add(row.isNullAt(COPY_YEAR) ? WarehouseTable.UNKNOWN_YEAR : row.getInt(COPY_YEAR));
        }
        return years;
    }

    /** Whether a row of a form table belongs to a superseded copy, which no snapshot keeps. */
    boolean superseded(WarehouseTable table, Object[] row) {
        return !losers.isEmpty() && losers.contains(pair((String) row[TableRow.position(table, "form_id")],
                (String) row[TableRow.position(table, "doc_id")]));
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
        return copies.findings().stream().map(StagedBatch::values)
                .filter(row -> !superseded(WarehouseTables.FINDINGS, row)).toList();
    }

    /** One line per superseded copy, for the ingest summary. */
    List<String> copyMessages() {
        return copies.messages();
    }

    /** The rows the batch adds to each form table, and its findings (with the copies') by severity. */
    BatchCounts counts() {
        Map<String, Long> findings = new TreeMap<>();
        for (Object[] finding : copyFindings()) {
            findings.merge((String) finding[FINDING_SEVERITY], 1L, Long::sum);
        }
        if (!losers.isEmpty()) {
            long[] counts = new long[FORM_TABLES.size()];
            for (int t = 0; t < counts.length; t++) {
                WarehouseTable table = FORM_TABLES.get(t);
                int index = t;
                keptRows(table, row -> {
                    counts[index]++;
                    if (table == WarehouseTables.FINDINGS) {
                        findings.merge((String) row[FINDING_SEVERITY], 1L, Long::sum);
                    }
                });
            }
            return new BatchCounts(counts[0], counts[1], counts[2], findings);
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

    /**
     * Adds the batch's rows of a table to a snapshot folder: moves the staged files, or, for a form table of a batch
     * that lost copies, writes its rows without the losing ones (as {@code attempt}).
     */
    void addTo(Path snapshotDirectory, WarehouseTable table, String attempt) {
        Path tableDirectory = new Path(snapshotDirectory, table.name());
        if (!losers.isEmpty() && FORM_TABLES.contains(table)) {
            try (TableFiles files = new TableFiles(snapshotDirectory, attempt, conf)) {
                keptRows(table, row -> files.append(table, row));
            }
            return;
        }
        Path folder = new Path(staging, table.name());
        SnapshotFiles.makeFolder(fs, tableDirectory);
        try {
            if (!fs.exists(folder)) {
                return;
            }
            String prefix = folder.toUri().getPath() + "/";
            for (FileStatus status : FileTree.files(fs, folder)) {
                Path file = status.getPath();
                Path target = new Path(tableDirectory, file.toUri().getPath().substring(prefix.length()));
                SnapshotFiles.makeFolder(fs, target.getParent());
                if (!fs.rename(file, target)) {
                    throw new IOException("rename to " + target + " refused");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the staged " + table.name() + " files from " + folder
                    + " to " + tableDirectory, e);
        }
    }

    /** The staged rows of a form table but the superseded copies'. */
    private void keptRows(WarehouseTable table, Consumer<Object[]> row) {
        for (Path file : files(fs, new Path(staging, table.name()))) {
            ParquetRows.rows(file, table, yearOf(file), conf, values -> {
                if (!superseded(table, values)) {
                    row.accept(values);
                }
            });
        }
    }

    /** A form row as {@link FormCopies} reads a copy: its columns, its document's path, and whether it is earlier. */
    private static Row copy(Object[] form, Map<String, String> paths, boolean earlier) {
        Object[] values = new Object[COPY_COLUMNS.length + 1];
        for (int i = 0; i < COPY_COLUMNS.length; i++) {
            values[i] = COPY_COLUMNS[i] < 0 ? paths.get((String) form[DOC_ID]) : form[COPY_COLUMNS[i]];
        }
        values[COPY_COLUMNS.length] = earlier;
        return RowFactory.create(values);
    }

    private static Map<String, List<Row>> byForm(List<Row> copies) {
        Map<String, List<Row>> byForm = new LinkedHashMap<>();
        copies.forEach(row -> byForm.computeIfAbsent(row.getString(0), id -> new ArrayList<>()).add(row));
        return byForm;
    }

    private static String pair(String formId, String docId) {
        return formId + "\u001f" + docId;
    }

    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The year of a file under a {@code year=…} folder; null for an unpartitioned table's. */
    private static Integer yearOf(Path file) {
        return WarehouseTable.yearOfFolder(file.getParent().getName()).orElse(null);
    }

    /** The Parquet files under a staging folder (none when it does not exist). */
    private static List<Path> files(FileSystem fs, Path folder) {
        try {
            if (!fs.exists(folder)) {
                return List.of();
            }
            return FileTree.files(fs, folder).stream().map(FileStatus::getPath)
                    .filter(path -> SnapshotTableFiles.isDataFile(path.getName())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
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
