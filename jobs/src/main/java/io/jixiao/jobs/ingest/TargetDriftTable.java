package io.jixiao.jobs.ingest;

import io.jixiao.jobs.ingest.parquet.ParquetRows;
import io.jixiao.jobs.ingest.parquet.TableFiles;
import io.jixiao.schema.warehouse.SnapshotManifest;
import io.jixiao.schema.warehouse.TargetDrift;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

/**
 * The stored target drift ({@link WarehouseTables#TARGET_DRIFT}) of a snapshot folder being written, year by year: a
 * year's drift is a function of that year's forms and indicators alone (a pair is of one year), so a year's stored
 * drift is dropped by an ingest whenever its forms or indicators files are not exactly those of the snapshot it was
 * built from (a form added, the late half of a pair, a copy superseded), without a Spark job, and the views compute
 * it until {@code jixiao compact} settles it again, whole; any other year keeps the drift files linked from that
 * snapshot. The rows are those of
 * {@link TargetDrift#pairsSql()}, run by Spark over the year's files.
 */
final class TargetDriftTable {

    private static final List<WarehouseTable> INPUTS = List.of(WarehouseTables.FORMS, WarehouseTables.INDICATORS);

    private final Supplier<SparkSession> spark;
    private final FileSystem fs;

    TargetDriftTable(Supplier<SparkSession> spark, FileSystem fs) {
        this.spark = requireNonNull(spark, "spark");
        this.fs = requireNonNull(fs, "fs");
    }

    /**
     * The years of a snapshot folder whose drift must be computed: those whose forms or indicators files differ from
     * the previous snapshot's (paths relative to the snapshot folders, files carried over by link keep theirs), and
     * those without drift files.
     *
     * @param previous the data files of the snapshot it was built from, relative to its folder (none for the first)
     */
    Set<Integer> yearsToSettle(Path snapshotFolder, List<String> previous) {
        List<String> current = dataFiles(snapshotFolder);
        Map<Integer, Set<String>> inputsNow = inputsByYear(current);
        Map<Integer, Set<String>> inputsBefore = inputsByYear(previous);
        Set<Integer> years = new TreeSet<>(TargetDrift.unsettledYears(
                tableFiles(current, WarehouseTables.FORMS), tableFiles(current, WarehouseTables.TARGET_DRIFT)));
        Set<Integer> all = new TreeSet<>(inputsNow.keySet());
        all.addAll(inputsBefore.keySet());
        for (Integer year : all) {
            if (!inputsNow.getOrDefault(year, Set.of()).equals(inputsBefore.getOrDefault(year, Set.of()))) {
                years.add(year);
            }
        }
        return years;
    }

    /**
     * Computes the drift of the years given from the folder's forms and indicators and writes it in place of the
     * drift files those years had (one file per year). A year whose forms' kinds cannot pair (no target table or no
     * self-evaluation of its level: {@link TargetDrift#kindsMayPair}) has only its mark, written on the driver from
     * the kinds stored; Spark computes the years that may pair, and no session is started when there are none.
     */
    void settle(Path snapshotFolder, Set<Integer> years) {
        if (years.isEmpty()) {
            return;
        }
        unsettle(snapshotFolder, years);
        List<String> files = dataFiles(snapshotFolder);
        Map<Integer, Set<String>> kinds = kindsByYear(snapshotFolder, files, years);
        Set<Integer> mayPair = new TreeSet<>();
        Set<Integer> markOnly = new TreeSet<>();
        kinds.forEach((year, ofYear) -> (TargetDrift.kindsMayPair(ofYear) ? mayPair : markOnly).add(year));
        writeMarks(snapshotFolder, markOnly);
        if (!mayPair.isEmpty()) {
            computeWithSpark(snapshotFolder, files, mayPair);
        }
    }

    private void computeWithSpark(Path snapshotFolder, List<String> files, Set<Integer> years) {
        Path driftFolder = new Path(snapshotFolder, WarehouseTables.TARGET_DRIFT.name());
        SparkSession session = spark.get().newSession();  // its own temporary views: the caller's stay as they are
        for (WarehouseTable table : INPUTS) {
            List<String> paths = tableFiles(files, table).stream()
                    .filter(path -> WarehouseTable.yearOfPath(path).filter(years::contains).isPresent())
                    .map(path -> new Path(snapshotFolder, path).toString()).toList();
            Dataset<Row> rows = paths.isEmpty() ? session.createDataFrame(List.of(), SparkSchemas.of(table))
                    : session.read().schema(SparkSchemas.of(table))
                            .option("basePath", new Path(snapshotFolder, table.name()).toString())
                            .parquet(paths.toArray(String[]::new));
            rows.createOrReplaceTempView(table.name());
        }
        session.sql(TargetDrift.pairsSql())
                .select(SparkSchemas.columnsOf(WarehouseTables.TARGET_DRIFT))
                .repartition(col(WarehouseTable.YEAR))
                .sortWithinPartitions(col(WarehouseTable.YEAR), col("target_form"))
                .write().mode(SaveMode.Append).partitionBy(WarehouseTable.YEAR)
                .parquet(driftFolder.toString());
    }

    /** The kinds of the forms of each year given that has any (a year without a form row has no drift, no mark). */
    private Map<Integer, Set<String>> kindsByYear(Path snapshotFolder, List<String> files, Set<Integer> years) {
        Map<Integer, Set<String>> kinds = new TreeMap<>();
        for (String path : tableFiles(files, WarehouseTables.FORMS)) {
            Integer year = WarehouseTable.yearOfPath(path).filter(years::contains).orElse(null);
            if (year != null) {
                ParquetRows.strings(List.of(new Path(snapshotFolder, path)), List.of("kind"), fs.getConf(),
                        kind -> kinds.computeIfAbsent(year, y -> new TreeSet<>()).add(kind[0]));
            }
        }
        return kinds;
    }

    /** The rows of years without a pair: each year's mark, as {@link TargetDrift#pairsSql()} gives it. */
    private void writeMarks(Path snapshotFolder, Set<Integer> years) {
        if (years.isEmpty()) {
            return;
        }
        try (TableFiles marks = new TableFiles(snapshotFolder, "drift-marks", fs.getConf())) {
            for (Integer year : years) {
                marks.append(WarehouseTables.TARGET_DRIFT,
                        TableRow.of(WarehouseTables.TARGET_DRIFT).set(WarehouseTable.YEAR, year).toArray());
            }
        }
    }

    /**
     * Deletes the stored drift of the years given from a snapshot folder being written (links to the previous
     * snapshot's files): those years are then unsettled, and the views compute their drift from the forms.
     */
    void unsettle(Path snapshotFolder, Set<Integer> years) {
        Path driftFolder = new Path(snapshotFolder, WarehouseTables.TARGET_DRIFT.name());
        try {
            for (Integer year : years) {
                fs.delete(new Path(driftFolder, WarehouseTable.yearFolder(year)), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the target drift files of " + driftFolder, e);
        }
    }

    private static Map<Integer, Set<String>> inputsByYear(List<String> files) {
        Map<Integer, Set<String>> byYear = new TreeMap<>();
        for (WarehouseTable table : INPUTS) {
            for (String path : tableFiles(files, table)) {
                WarehouseTable.yearOfPath(path).ifPresent(year ->
                        byYear.computeIfAbsent(year, y -> new TreeSet<>()).add(path));
            }
        }
        return byYear;
    }

    private static List<String> tableFiles(List<String> files, WarehouseTable table) {
        return files.stream().filter(path -> path.startsWith(table.name() + "/")).toList();
    }

    /** The data files under a snapshot folder, relative to it. */
    List<String> dataFiles(Path snapshotFolder) {
        Path folder = fs.makeQualified(snapshotFolder);
        return FileTree.dataFiles(fs, folder, folder).stream().map(SnapshotManifest.DataFile::path).toList();
    }
}
