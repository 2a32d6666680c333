package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.SnapshotManifest;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

/**
 * Rewrites the many small Parquet files a snapshot's tables accumulate (one per ingest task, table and year, and
 * more with every ingest) into few files of a sensible size, sorted by what the metrics filter, group and join on,
 * in a snapshot folder that is being written (not yet committed: its manifest is written after).
 *
 * <p>The rule, per folder of data files (a year of a partitioned table, or the whole of an unpartitioned one): a
 * file is <em>small</em> when it is under half the target size ({@link #TARGET_FILE_BYTES}, 128 MiB). A folder with
 * two or more small files has its small files rewritten into {@code max(1, round(their bytes / target))} files;
 * files of a sensible size already are left as they are. A folder with at most one small file is compact and left
 * alone, so compacting a compact snapshot writes nothing. After an ingest the bar is higher
 * ({@link #AFTER_INGEST}): a batch leaves a few files a year (one per task), which DuckDB reads as fast as one; a
 * folder is rewritten there once several ingests have added to it, so an ingest pays for a compaction only now and
 * then, and a large batch never does. On demand, a folder of fund lines or indicators with a file written before the
 * copies of their forms' columns ({@link FormColumnCopies}) is rewritten whole, with them, compact or not (after an
 * ingest it is not: the first ingest into an older warehouse would rewrite all of its lines). Rounding rather than
 * rounding up keeps every new file
 * between ¾ and 1½ times the target, so that a second compaction finds none small (a 140 MB year becomes one file,
 * not 128 MB and a 12 MB tail).
 *
 * <p>The rows are those of the files replaced, each exactly once: the new files' row counts (from their footers)
 * must add up to the old ones' before any old file is deleted. Files are written by Spark with the session's
 * Parquet settings (zstd, TIMESTAMP_MICROS), in the table's columns and nullability ({@link SparkSchemas#columnsOf}).
 */
final class TableCompaction {

    static final long TARGET_FILE_BYTES = 128L * 1024 * 1024;
    /** {@code jixiao compact}: any folder of two small files or more. */
    static final int ON_DEMAND = 2;
    /** After an ingest: a folder of more small files than two ingests' tasks leave ({@link SparkSessions}). */
    static final int AFTER_INGEST = 4 * Runtime.getRuntime().availableProcessors() + 1;

    /**
     * The forms columns the metrics filter and group on, in the order forms are written: the region levels the filters
     * and {@code --by} take, then department, unit and kind.
     */
    private static final List<String> FORMS_ORDER = List.of("province", "prefecture", "county", "region",
            "department", "unit", "kind", "project");

    /**
     * The order rows are written in. Forms: {@link #FORMS_ORDER}; fund lines and indicators likewise by their copies
     * of those columns (the metrics filter and group on the copies), each form's lines together in their order;
     * the other tables by the form (or document) their rows join on, in their order within it.
     */
    private static final Map<WarehouseTable, List<String>> SORTED_BY = Map.of(
            WarehouseTables.FORMS, Stream.concat(FORMS_ORDER.stream(), Stream.of("form_id")).toList(),
            WarehouseTables.FUNDS, Stream.concat(FORMS_ORDER.stream().map(FormColumnCopies::copyOf),
                    Stream.of("form_id", "seq")).toList(),
            WarehouseTables.INDICATORS, Stream.concat(FORMS_ORDER.stream().map(FormColumnCopies::copyOf),
                    Stream.of("form_id", "seq")).toList(),
            WarehouseTables.FINDINGS, List.of("form_id", "rule", "line"),
            WarehouseTables.DOCUMENTS, List.of("doc_id"),
            WarehouseTables.FORM_COPIES, List.of("form_id", "doc_id"),
            WarehouseTables.TARGET_DRIFT, List.of("target_form", "evaluation_form"));

    /** The temp views the copies of old lines' forms' columns are filled from ({@link #withCopiesFromForms}). */
    private static final String COMPACTED_LINES = "compacted_lines";
    private static final String FORMS_OF_COMPACTED_LINES = "forms_of_compacted_lines";

    private final Supplier<SparkSession> spark;
    private final FileSystem fs;
    private final long targetFileBytes;
    private final int smallFiles;

    /**
     * @param spark      started only when a folder is rewritten
     * @param smallFiles how many small files make a folder worth rewriting: {@link #ON_DEMAND} or
     *                   {@link #AFTER_INGEST}
     */
    TableCompaction(Supplier<SparkSession> spark, FileSystem fs, int smallFiles) {
        this(spark, fs, TARGET_FILE_BYTES, smallFiles);
    }

    TableCompaction(Supplier<SparkSession> spark, FileSystem fs, long targetFileBytes, int smallFiles) {
        this.spark = requireNonNull(spark, "spark");
        if (smallFiles < 2) {
            throw new IllegalArgumentException("a folder needs two small files or more to compact: " + smallFiles);
        }
        this.smallFiles = smallFiles;
        this.fs = requireNonNull(fs, "fs");
        if (targetFileBytes <= 0) {
            throw new IllegalArgumentException("the target file size must be positive: " + targetFileBytes);
        }
        this.targetFileBytes = targetFileBytes;
    }

    /**
     * A folder of one table whose data files are compacted together, the files it holds (paths relative to the
     * snapshot folder), and those to rewrite into {@code filesWritten} files: the small ones, or all of a folder of
     * lines written before the copies of their forms' columns.
     */
    record Folder(WarehouseTable table, String path, OptionalInt year, List<SnapshotManifest.DataFile> files,
                  List<SnapshotManifest.DataFile> small, int filesWritten) {

        long bytes() {
            return bytes(files);
        }

        long smallBytes() {
            return bytes(small);
        }

        private static long bytes(List<SnapshotManifest.DataFile> files) {
            return files.stream().mapToLong(SnapshotManifest.DataFile::bytes).sum();
        }
    }

    /** The folders of a snapshot's data files (a manifest's, or a folder's listing) that the rule rewrites. */
    List<Folder> plan(List<SnapshotManifest.DataFile> files) {
        return plan(files, Set.of());
    }

    /**
     * The folders the rule rewrites, and those of {@code withoutCopies} too, whole: the folders of fund lines or
     * indicators whose files lack the copies of their forms' columns (on demand only: {@link #plan(Path, List)}).
     */
    List<Folder> plan(List<SnapshotManifest.DataFile> files, Set<String> withoutCopies) {
        Map<String, List<SnapshotManifest.DataFile>> byFolder = new LinkedHashMap<>();
        for (SnapshotManifest.DataFile file : files) {
            int slash = file.path().lastIndexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : file.path().substring(0, slash), f -> new ArrayList<>())
                    .add(file);
        }
        List<Folder> folders = new ArrayList<>();
        byFolder.forEach((path, inFolder) -> {
            WarehouseTable table = SORTED_BY.keySet().stream()
                    .filter(t -> t.name().equals(inFolder.get(0).table())).findFirst().orElse(null);
            OptionalInt year = year(path);
            if (table == null || table.partitionedByYear() != year.isPresent()) {
                return;  // not a table's folder: not ours to rewrite
            }
            boolean fillCopies = withoutCopies.contains(path);
            List<SnapshotManifest.DataFile> small = fillCopies ? List.copyOf(inFolder) : inFolder.stream()
                    .filter(f -> f.bytes() < targetFileBytes / 2).toList();
            if (small.size() >= smallFiles || fillCopies) {
                long bytes = Folder.bytes(small);
                int written = (int) Math.max(1, Math.round((double) bytes / targetFileBytes));
                folders.add(new Folder(table, path, year, List.copyOf(inFolder), small, written));
            }
        });
        folders.sort(Comparator.comparing((Folder f) -> WarehouseTables.ALL.indexOf(f.table()))
                .thenComparing(f -> f.year().orElse(-1)));
        return folders;
    }

    /**
     * Compacts the tables of a snapshot folder being written, by the rule above; what it rewrote, empty when every
     * folder was compact. A failure leaves new files beside the old in a folder that must then not be committed.
     */
    List<CompactedFiles> compact(Path snapshotFolder) {
        Path folder = fs.makeQualified(snapshotFolder);
        List<Folder> plan = plan(folder, FileTree.dataFiles(fs, folder, folder));
        Map<WarehouseTable, List<Folder>> byTable = new LinkedHashMap<>();
        plan.forEach(f -> byTable.computeIfAbsent(f.table(), t -> new ArrayList<>()).add(f));
        List<CompactedFiles> compacted = new ArrayList<>();
        byTable.forEach((table, folders) -> {
            Path tableFolder = new Path(folder, table.name());
            Set<String> before = new HashSet<>(names(FileTree.dataFiles(fs, folder, tableFolder)));
            // the usual case, a year into one file, in one job for all such years; a year of many files in its own
            List<Folder> intoOne = folders.stream().filter(f -> f.filesWritten() == 1).toList();
            if (!intoOne.isEmpty()) {
                write(tableFolder, table, intoOne);
            }
            folders.stream().filter(f -> f.filesWritten() > 1).forEach(f -> write(tableFolder, table, List.of(f)));
            List<SnapshotManifest.DataFile> written = FileTree.dataFiles(fs, folder, tableFolder).stream()
                    .filter(f -> !before.contains(f.path())).toList();
            for (Folder rewritten : folders) {
                compacted.add(replace(folder, rewritten, written.stream()
                        .filter(f -> f.path().startsWith(rewritten.path() + "/")).toList()));
            }
        });
        return compacted;
    }

    /** The folders the rule rewrites of a snapshot folder's files (paths relative to it), their footers read. */
    List<Folder> plan(Path snapshotFolder, List<SnapshotManifest.DataFile> files) {
        return plan(files, smallFiles == ON_DEMAND ? foldersWithoutCopies(snapshotFolder, files) : Set.of());
    }

    /**
     * The folders of fund lines and indicators with a file that lacks the copies of their forms' columns (written
     * before them): read from the files' footers, without Spark.
     */
    private Set<String> foldersWithoutCopies(Path snapshotFolder, List<SnapshotManifest.DataFile> files) {
        Set<String> linesTables = new HashSet<>();
        WarehouseTables.ALL.stream().filter(t -> t.column(FormColumnCopies.MARKER).isPresent())
                .forEach(t -> linesTables.add(t.name()));
        Map<String, List<Path>> lines = new LinkedHashMap<>();
        for (SnapshotManifest.DataFile file : files) {
            if (linesTables.contains(file.table())) {
                lines.computeIfAbsent(file.path().substring(0, file.path().lastIndexOf('/')), f -> new ArrayList<>())
                        .add(new Path(snapshotFolder, file.path()));
            }
        }
        Set<String> without = new HashSet<>();
        lines.forEach((path, inFolder) -> {
            if (!ParquetSchemaCheck.everyRowHoldsFormColumnCopies(inFolder, fs.getConf())) {
                without.add(path);
            }
        });
        return without;
    }

    /** Writes the rows of the folders' small files anew into the table's folder, sorted, beside the old ones. */
    private void write(Path tableFolder, WarehouseTable table, List<Folder> folders) {
        String[] files = folders.stream().flatMap(f -> f.small().stream())
                .map(f -> new Path(tableFolder.getParent(), f.path()).toString()).toArray(String[]::new);
        // files written before the form key gain it here (FormKeyColumns)
        Dataset<Row> rows = FormKeyColumns.filled(spark.get().read().schema(SparkSchemas.of(table))
                .option("basePath", tableFolder.toString())
                .parquet(files), table);
        if (table.column(FormColumnCopies.MARKER).isPresent() && !ParquetSchemaCheck.everyRowHoldsFormColumnCopies(
                Arrays.stream(files).map(Path::new).toList(), fs.getConf())) {
            rows = withCopiesFromForms(rows, table, tableFolder.getParent());
        }
        // first: the sort must be on the columns as they are written, or the writer sorts them again
        rows = rows.select(SparkSchemas.columnsOf(table));
        List<Column> order = new ArrayList<>();
        if (table.partitionedByYear()) {
            order.add(col(WarehouseTable.YEAR));  // the writer's own order: one file per year and task
        }
        SORTED_BY.get(table).forEach(name -> order.add(col(name)));
        Column[] sortColumns = order.toArray(Column[]::new);
        int filesWritten = folders.get(0).filesWritten();
        if (filesWritten > 1) {
            rows = rows.repartitionByRange(filesWritten, sortColumns);
        } else if (table.partitionedByYear()) {
            rows = rows.repartition(folders.size(), col(WarehouseTable.YEAR));  // each year whole in one task
        } else {
            rows = rows.repartition(1);
        }
        var writer = rows.sortWithinPartitions(sortColumns).write().mode(SaveMode.Append);
        if (table.partitionedByYear()) {
            writer = writer.partitionBy(WarehouseTable.YEAR);
        }
        writer.parquet(tableFolder.toString());
    }

    /**
     * Lines of files written before the copies of their forms' columns, given them from the forms of the snapshot
     * folder ({@link FormColumnCopies#filledSql}), so that the files written hold them.
     */
    private Dataset<Row> withCopiesFromForms(Dataset<Row> lines, WarehouseTable table, Path snapshotFolder) {
        Path formsFolder = new Path(snapshotFolder, WarehouseTables.FORMS.name());
        String[] formFiles = FileTree.dataFiles(fs, snapshotFolder, formsFolder).stream()
                .map(f -> new Path(snapshotFolder, f.path()).toString()).toArray(String[]::new);
        Dataset<Row> forms = formFiles.length == 0
                ? spark.get().createDataFrame(List.of(), SparkSchemas.of(WarehouseTables.FORMS))
                : FormKeyColumns.filled(spark.get().read().schema(SparkSchemas.of(WarehouseTables.FORMS))
                        .option("basePath", formsFolder.toString()).parquet(formFiles), WarehouseTables.FORMS);
        lines.createOrReplaceTempView(COMPACTED_LINES);
        forms.createOrReplaceTempView(FORMS_OF_COMPACTED_LINES);
        return spark.get().sql(FormColumnCopies.filledSql(table, COMPACTED_LINES, FORMS_OF_COMPACTED_LINES));
    }

    /** Deletes a folder's rewritten files, once the new ones are known to hold exactly their rows. */
    private CompactedFiles replace(Path snapshotFolder, Folder folder, List<SnapshotManifest.DataFile> written) {
        long rowsBefore = rows(snapshotFolder, folder.small());
        long rowsAfter = rows(snapshotFolder, written);
        if (rowsAfter != rowsBefore) {
            throw new IllegalStateException("the compaction of " + new Path(snapshotFolder, folder.path()) + " wrote "
                    + rowsAfter + " rows in " + names(written) + " for the " + rowsBefore + " rows of "
                    + names(folder.small()) + "; the old files are kept and the snapshot must not be committed");
        }
        for (SnapshotManifest.DataFile file : folder.small()) {
            Path path = new Path(snapshotFolder, file.path());
            try {
                if (!fs.delete(path, false)) {
                    throw new IOException("the delete was refused");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the compacted file " + path + ": " + e.getMessage(), e);
            }
        }
        long bytesAfter = folder.bytes() - folder.smallBytes() + Folder.bytes(written);
        return new CompactedFiles(folder.table().name(), folder.year(), folder.files().size(), folder.bytes(),
                folder.files().size() - folder.small().size() + written.size(), bytesAfter);
    }

    /** The rows of data files, from their footers. */
    private long rows(Path snapshotFolder, List<SnapshotManifest.DataFile> files) {
        long rows = 0;
        for (SnapshotManifest.DataFile file : files) {
            Path path = new Path(snapshotFolder, file.path());
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, fs.getConf()))) {
                rows += reader.getRecordCount();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the footer of " + path + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private static OptionalInt year(String folder) {
        if (folder.indexOf('/') < 0 || folder.indexOf('/') != folder.lastIndexOf('/')) {
            return OptionalInt.empty();  // a year is the one folder under its table's
        }
        return WarehouseTable.yearOfFolder(folder.substring(folder.lastIndexOf('/') + 1))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private static List<String> names(List<SnapshotManifest.DataFile> files) {
        return files.stream().map(SnapshotManifest.DataFile::path).toList();
    }
}
