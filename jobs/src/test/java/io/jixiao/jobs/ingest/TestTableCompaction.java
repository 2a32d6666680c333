package io.jixiao.jobs.ingest;

import io.jixiao.read.Samples;
import io.jixiao.schema.warehouse.CurrentSnapshot;
import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.SnapshotManifest;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 19: the small files of a snapshot's tables are rewritten into one per year (or a few of a sensible size),
 * sorted, with exactly the rows they held; a compact snapshot is left alone.
 */
class TestTableCompaction {

    private static final long MIB = 1024 * 1024;

    @TempDir
    java.nio.file.Path temp;

    /** Two ingests (a 2023 sample, then the 2020, 2023 and 2024 ones): 2023's folders hold files of both. */
    @TempDir
    static java.nio.file.Path shared;
    private static java.nio.file.Path severalIngests;

    private static synchronized java.nio.file.Path severalIngests() {
        if (severalIngests == null) {
            java.nio.file.Path warehouse = shared.resolve("several-ingests");
            assertThat(SharedSpark.ingest(warehouse, Samples.file("000")).committed()).isTrue();
            assertThat(SharedSpark.ingest(warehouse, Samples.file("001"), Samples.file("002"), Samples.file("003"))
                    .committed()).isTrue();
            severalIngests = warehouse;
        }
        return severalIngests;
    }

    @Test
    void theSmallFilesOfEachYearBecomeOneSortedFileWithTheSameRows() throws IOException {
        java.nio.file.Path snapshot = linkedCopyOfCurrent(severalIngests(), temp.resolve("compacted"));
        java.nio.file.Path original = currentFolder(severalIngests());
        Map<String, Integer> filesBefore = filesPerFolder(snapshot);
        assertThat(filesBefore.get("forms/year=2023")).as("the fixture has years of many files").isGreaterThan(1);

        List<CompactedFiles> compacted = compaction(TableCompaction.TARGET_FILE_BYTES).compact(path(snapshot));

        Map<String, Integer> filesAfter = filesPerFolder(snapshot);
        for (CompactedFiles folder : compacted) {
            String path = folder.table() + (folder.year().isPresent() ? "/year=" + folder.year().getAsInt() : "");
            assertThat(folder.filesBefore()).as(path).isEqualTo(filesBefore.get(path)).isGreaterThan(1);
            assertThat(folder.filesAfter()).as(path).isEqualTo(1).isEqualTo(filesAfter.get(path));
            assertThat(folder.bytesAfter()).as(path).isEqualTo(bytes(snapshot.resolve(path)));
        }
        assertThat(compacted).extracting(CompactedFiles::folder)
                .contains("forms year=2023", "funds year=2023", "indicators year=2023", "documents");
        assertThat(filesAfter).allSatisfy((folder, files) -> assertThat(files).as(folder).isEqualTo(1));
        for (WarehouseTable table : tables()) {
            assertThat(rows(snapshot, table)).as(table.name()).isNotEmpty()
                    .containsExactlyElementsOf(rows(original, table));
            assertThat(ParquetSchemaCheck.check(path(snapshot.resolve(table.name())), table, new Configuration()))
                    .as(table.name()).isEmpty();
        }
        assertThat(codecs(snapshot)).containsOnly(CompressionCodecName.ZSTD);
        assertThat(original.resolve(SnapshotManifest.FILE_NAME)).as("the snapshot it came from is intact").exists();
        assertThat(CurrentSnapshot.damage(new io.jixiao.schema.warehouse.LocalWarehouseFiles(severalIngests()),
                manifest(severalIngests()))).isEmpty();
    }

    /**
     * Files of fund lines and indicators written before the copies of their forms' columns (2023's here) are rewritten
     * with them, from their forms: the lines read back as those of a warehouse written whole.
     */
    @Test
    void linesWrittenBeforeTheCopiesOfTheirFormsColumnsGainThem() throws IOException {
        java.nio.file.Path snapshot = linkedCopyOfCurrent(severalIngests(), temp.resolve("compacted"));
        for (WarehouseTable table : List.of(WarehouseTables.FUNDS, WarehouseTables.INDICATORS)) {
            List<java.nio.file.Path> files = parquetFiles(snapshot.resolve(table.name()).resolve("year=2023"));
            assertThat(files).as(table.name()).hasSizeGreaterThan(1);
            for (java.nio.file.Path file : files) {
                writeWithoutCopies(file);
            }
            assertThat(ParquetSchemaCheck.everyRowHoldsFormColumnCopies(files.stream().map(TestTableCompaction::path)
                    .toList(), new Configuration())).isFalse();
        }

        compaction(TableCompaction.TARGET_FILE_BYTES).compact(path(snapshot));

        for (WarehouseTable table : List.of(WarehouseTables.FUNDS, WarehouseTables.INDICATORS)) {
            assertThat(rows(snapshot, table)).as(table.name())
                    .containsExactlyElementsOf(rows(currentFolder(severalIngests()), table));
            assertThat(ParquetSchemaCheck.check(path(snapshot.resolve(table.name())), table, new Configuration()))
                    .as(table.name()).isEmpty();
        }
    }

    /**
     * On demand, a folder of lines with a file written before the copies of their forms' columns is rewritten with
     * them even when it is compact (one file); after an ingest it is left alone.
     */
    @Test
    void onDemandACompactFolderOfLinesWithoutTheCopiesIsRewrittenWithThem() throws IOException {
        java.nio.file.Path snapshot = linkedCopyOfCurrent(severalIngests(), temp.resolve("compacted"));
        compaction(TableCompaction.TARGET_FILE_BYTES).compact(path(snapshot));
        List<java.nio.file.Path> year = parquetFiles(snapshot.resolve("funds/year=2023"));
        assertThat(year).hasSize(1);
        writeWithoutCopies(year.get(0));
        TableCompaction afterIngest = new TableCompaction(SharedSpark::session,
                FileSystem.getLocal(new Configuration()), TableCompaction.AFTER_INGEST);

        assertThat(afterIngest.compact(path(snapshot))).isEmpty();
        List<CompactedFiles> compacted = compaction(TableCompaction.TARGET_FILE_BYTES).compact(path(snapshot));

        assertThat(compacted).extracting(CompactedFiles::folder).containsExactly("funds year=2023");
        assertThat(rows(snapshot, WarehouseTables.FUNDS))
                .containsExactlyElementsOf(rows(currentFolder(severalIngests()), WarehouseTables.FUNDS));
        assertThat(ParquetSchemaCheck.everyRowHoldsFormColumnCopies(parquetFiles(snapshot.resolve("funds")).stream()
                .map(TestTableCompaction::path).toList(), new Configuration())).isTrue();
        assertThat(compaction(TableCompaction.TARGET_FILE_BYTES).compact(path(snapshot))).isEmpty();
    }

    @Test
    void formsAndTheirLinesAreWrittenInTheOrderTheMetricsFilterAndGroupOn() throws IOException {
        java.nio.file.Path snapshot = linkedCopyOfCurrent(severalIngests(), temp.resolve("compacted"));
        List<CompactedFiles> compacted = compaction(TableCompaction.TARGET_FILE_BYTES).compact(path(snapshot));

        assertThat(compacted).extracting(CompactedFiles::table).contains("forms", "indicators");
        for (java.nio.file.Path file : written(snapshot, compacted, "forms")) {
            List<String> keys = SharedSpark.session().read().parquet(file.toString())
                    .select("province", "prefecture", "county", "region", "department", "unit", "kind", "project",
                            "form_id")
                    .collectAsList().stream().map(TestTableCompaction::sortKey).toList();
            assertThat(keys).as(file.toString()).hasSizeGreaterThan(1).isSorted();
        }
        // the lines in their forms' order by their copies of the forms' columns, each form's lines in their order
        for (java.nio.file.Path file : written(snapshot, compacted, "indicators")) {
            List<String> keys = SharedSpark.session().read().parquet(file.toString())
                    .selectExpr("form_province", "form_prefecture", "form_county", "form_region", "form_department",
                            "form_unit", "form_kind", "form_project", "form_id", "lpad(CAST(seq AS STRING), 10, '0')")
                    .collectAsList().stream().map(TestTableCompaction::sortKey).toList();
            assertThat(keys).as(file.toString()).hasSizeGreaterThan(1).isSorted();
        }
    }

    @Test
    void aCompactSnapshotIsLeftAloneAndNothingIsWritten() throws IOException {
        java.nio.file.Path snapshot = linkedCopyOfCurrent(severalIngests(), temp.resolve("compacted"));
        TableCompaction compaction = compaction(TableCompaction.TARGET_FILE_BYTES);
        assertThat(compaction.compact(path(snapshot))).isNotEmpty();
        Map<String, FileTime> files = everyFile(snapshot);

        assertThat(compaction.compact(path(snapshot))).isEmpty();

        assertThat(everyFile(snapshot)).isEqualTo(files);
    }

    @Test
    void aYearOverTheTargetSizeIsWrittenIntoFilesOfAboutThatSize() throws IOException {
        java.nio.file.Path snapshot = linkedCopyOfCurrent(severalIngests(), temp.resolve("compacted"));
        java.nio.file.Path indicators2023 = snapshot.resolve("indicators/year=2023");
        // the year's files three times over (its rows too), under a target of half their bytes: two files
        FileSystem fs = FileSystem.getLocal(new Configuration());
        for (java.nio.file.Path file : parquetFiles(indicators2023)) {
            for (String copy : List.of("part-copy1-", "part-copy2-")) {
                SnapshotFiles.link(fs, path(file), path(file.resolveSibling(copy + file.getFileName())));
            }
        }
        long target = bytes(indicators2023) / 2;
        assertThat(parquetFiles(indicators2023)).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(f -> assertThat(Files.size(f)).isLessThan(target / 2));
        List<String> before = rows(snapshot, WarehouseTables.INDICATORS);

        List<CompactedFiles> compacted = compaction(target).compact(path(snapshot));

        assertThat(compacted).filteredOn(c -> c.folder().equals("indicators year=2023"))
                .extracting(CompactedFiles::filesAfter).containsExactly(2);
        assertThat(parquetFiles(indicators2023)).hasSize(2);
        assertThat(rows(snapshot, WarehouseTables.INDICATORS)).containsExactlyElementsOf(before);
    }

    @Test
    void theSampleWarehouseKeepsItsRows() throws IOException {
        java.nio.file.Path warehouse = temp.resolve("samples");
        assertThat(SharedSpark.ingest(warehouse, Samples.dataDir().resolve("samples")).committed()).isTrue();
        java.nio.file.Path snapshot = linkedCopyOfCurrent(warehouse, temp.resolve("compacted"));

        compaction(TableCompaction.TARGET_FILE_BYTES).compact(path(snapshot));

        assertThat(filesPerFolder(snapshot)).allSatisfy((folder, files) -> assertThat(files).as(folder).isEqualTo(1));
        for (WarehouseTable table : tables()) {
            assertThat(rows(snapshot, table)).as(table.name())
                    .containsExactlyElementsOf(rows(currentFolder(warehouse), table));
        }
    }

    @Test
    void compactCommitsASnapshotBuiltFromTheCurrentOneWithTheSameRowsAndThenHasNothingToDo() throws IOException {
        java.nio.file.Path warehouse = copy(severalIngests(), temp.resolve("warehouse"));
        String previous = manifest(warehouse).snapshot();
        Map<WarehouseTable, List<String>> before = new java.util.LinkedHashMap<>();
        tables().forEach(table -> before.put(table, WarehouseReader.rows(warehouse, table)));

        CompactSummary summary = new CompactJob(SharedSpark.session()).run(warehouse.toString());

        assertThat(summary.from()).contains(previous);
        assertThat(summary.snapshot()).isPresent().isEqualTo(WarehouseLayout.currentSnapshot(warehouse));
        assertThat(summary.filesAfter()).isLessThan(summary.filesBefore());
        SnapshotManifest committed = manifest(warehouse);
        assertThat(committed.parentSnapshot()).contains(previous);
        assertThat(snapshotFolders(warehouse)).as("readers of the old snapshot keep reading it")
                .containsExactly(previous, summary.snapshot().get());
        tables().forEach(table -> assertThat(WarehouseReader.rows(warehouse, table)).as(table.name())
                .containsExactlyElementsOf(before.get(table)));
        assertThat(warehouse.resolve(WarehouseLayout.LOCK)).doesNotExist();

        CompactSummary again = new CompactJob(SharedSpark.session()).run(warehouse.toString());

        assertThat(again.committed()).isFalse();
        assertThat(again.from()).isEqualTo(summary.snapshot());
        assertThat(snapshotFolders(warehouse)).containsExactly(previous, summary.snapshot().get());
        assertThat(warehouse.resolve(WarehouseLayout.LOCK)).doesNotExist();
    }

    @Test
    void theRuleRewritesTwoOrMoreSmallFilesOfAFolderAndLeavesFilesOfASensibleSize() {
        TableCompaction compaction = compaction(128 * MIB);
        SnapshotManifest.DataFile big = file("forms/year=2023/part-big.parquet", 100 * MIB);

        assertThat(compaction.plan(List.of(big, file("forms/year=2023/part-a.parquet", MIB)))).isEmpty();
        assertThat(compaction.plan(List.of(file("forms/year=2023/part-a.parquet", MIB)))).isEmpty();
        assertThat(compaction.plan(List.of(big, file("forms/year=2023/part-a.parquet", MIB),
                        file("forms/year=2023/part-b.parquet", 2 * MIB),
                        file("forms/year=2024/part-c.parquet", MIB),
                        file("documents/part-d.parquet", MIB), file("documents/part-e.parquet", MIB),
                        file("notatable/part-f.parquet", MIB), file("notatable/part-g.parquet", MIB))))
                .extracting(f -> f.table().name(), TableCompaction.Folder::path, f -> f.small().size(),
                        TableCompaction.Folder::filesWritten)
                .containsExactly(tuple("documents", "documents", 2, 1), tuple("forms", "forms/year=2023", 2, 1));
        List<SnapshotManifest.DataFile> tenSmall = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tenSmall.add(file("funds/year=2020/part-" + i + ".parquet", 30 * MIB));
        }
        assertThat(compaction.plan(tenSmall)).extracting(TableCompaction.Folder::filesWritten)
                .as("300 MiB: two files of 150, not two of 128 and a tail of 44").containsExactly(2);
    }

    /**
     * After an ingest a year is rewritten only once more small files gathered in it than two ingests' tasks leave:
     * a batch, however large, pays for no compaction of its own.
     */
    @Test
    void afterAnIngestAFolderIsRewrittenOnceMoreSmallFilesGatheredThanTwoIngestsLeave() throws IOException {
        TableCompaction afterIngest = new TableCompaction(SharedSpark::session,
                FileSystem.getLocal(new Configuration()), TableCompaction.AFTER_INGEST);
        List<SnapshotManifest.DataFile> files = new ArrayList<>();
        for (int i = 0; i < TableCompaction.AFTER_INGEST - 1; i++) {
            files.add(file("indicators/year=2021/part-" + i + ".parquet", MIB));
        }
        assertThat(afterIngest.plan(files)).isEmpty();
        assertThat(compaction(128 * MIB).plan(files)).hasSize(1);

        files.add(file("indicators/year=2021/part-last.parquet", MIB));
        assertThat(afterIngest.plan(files)).extracting(f -> f.small().size(), TableCompaction.Folder::filesWritten)
                .containsExactly(tuple(TableCompaction.AFTER_INGEST, 1));
    }

    private static java.nio.file.Path copy(java.nio.file.Path from, java.nio.file.Path to) throws IOException {
        try (Stream<java.nio.file.Path> paths = Files.walk(from)) {
            for (java.nio.file.Path source : paths.toList()) {
                java.nio.file.Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    /** Writes a file of lines again without the copies of their forms' columns, as a Jixiao before them wrote it. */
    private void writeWithoutCopies(java.nio.file.Path file) throws IOException {
        java.nio.file.Path older = Files.createTempDirectory(temp, "older").resolve("rows");
        SharedSpark.session().read().parquet(file.toString()).drop(FormColumnCopies.names().toArray(String[]::new))
                .coalesce(1).write().parquet(older.toString());
        // replaces the link, not the file the snapshot it was linked from holds
        Files.move(parquetFiles(older).get(0), file, StandardCopyOption.REPLACE_EXISTING);
        // and the checksum Hadoop's local file system keeps beside a file Spark wrote, now of other bytes
        Files.deleteIfExists(file.resolveSibling("." + file.getFileName() + ".crc"));
    }

    private static List<String> snapshotFolders(java.nio.file.Path warehouse) throws IOException {
        try (Stream<java.nio.file.Path> folders = Files.list(warehouse.resolve(WarehouseLayout.SNAPSHOTS))) {
            return folders.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static TableCompaction compaction(long target) {
        try {
            return new TableCompaction(SharedSpark::session, FileSystem.getLocal(new Configuration()), target,
                    TableCompaction.ON_DEMAND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SnapshotManifest.DataFile file(String path, long bytes) {
        return new SnapshotManifest.DataFile(path, bytes);
    }

    private static List<WarehouseTable> tables() {
        return List.of(WarehouseTables.DOCUMENTS, WarehouseTables.FORMS, WarehouseTables.FUNDS,
                WarehouseTables.INDICATORS, WarehouseTables.FINDINGS);
    }

    private static SnapshotManifest manifest(java.nio.file.Path warehouse) {
        return CurrentSnapshot.find(new io.jixiao.schema.warehouse.LocalWarehouseFiles(warehouse)).orElseThrow()
                .checkedManifest().orElseThrow();
    }

    private static java.nio.file.Path currentFolder(java.nio.file.Path warehouse) {
        return warehouse.resolve(WarehouseLayout.SNAPSHOTS).resolve(manifest(warehouse).snapshot());
    }

    /** A snapshot folder being written: the current one's data files, linked, as compact will make it. */
    private static java.nio.file.Path linkedCopyOfCurrent(java.nio.file.Path warehouse, java.nio.file.Path folder)
            throws IOException {
        SnapshotFiles.linkAll(FileSystem.getLocal(new Configuration()), manifest(warehouse),
                path(currentFolder(warehouse)), path(folder));
        return folder;
    }

    /** A table's rows in a snapshot folder, as sorted strings: a multiset. */
    private static List<String> rows(java.nio.file.Path snapshot, WarehouseTable table) {
        return SharedSpark.session().read().schema(SparkSchemas.of(table))
                .option("recursiveFileLookup", String.valueOf(!table.partitionedByYear()))
                .option("pathGlobFilter", "*.parquet")
                .parquet(snapshot.resolve(table.name()).toString())
                .collectAsList().stream().map(Row::toString).sorted().toList();
    }

    /** The files of the folders a compaction rewrote: every file there once it is done. */
    private static List<java.nio.file.Path> written(java.nio.file.Path snapshot, List<CompactedFiles> compacted,
                                                    String table) throws IOException {
        List<java.nio.file.Path> files = new ArrayList<>();
        for (CompactedFiles folder : compacted) {
            if (folder.table().equals(table)) {
                files.addAll(parquetFiles(snapshot.resolve(table).resolve("year=" + folder.year().getAsInt())));
            }
        }
        return files;
    }

    private static String sortKey(Row row) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            // nulls first, as Spark sorts ascending
            key.append(row.isNullAt(i) ? "\u0000" : "\u0001" + row.getString(i)).append('\u0000');
        }
        return key.toString();
    }

    private static Map<String, Integer> filesPerFolder(java.nio.file.Path snapshot) throws IOException {
        Map<String, Integer> folders = new TreeMap<>();
        for (java.nio.file.Path file : parquetFiles(snapshot)) {
            folders.merge(snapshot.relativize(file.getParent()).toString(), 1, Integer::sum);
        }
        return folders;
    }

    private static long bytes(java.nio.file.Path folder) throws IOException {
        long bytes = 0;
        for (java.nio.file.Path file : parquetFiles(folder)) {
            bytes += Files.size(file);
        }
        return bytes;
    }

    private static List<java.nio.file.Path> parquetFiles(java.nio.file.Path folder) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")
                    && !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    /** Every file under the folder (checksums and markers too) with when it was last written. */
    private static Map<String, FileTime> everyFile(java.nio.file.Path folder) throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<java.nio.file.Path> paths = Files.walk(folder)) {
            for (java.nio.file.Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.getLastModifiedTime(path));
            }
        }
        return files;
    }

    private static List<CompressionCodecName> codecs(java.nio.file.Path snapshot) throws IOException {
        List<CompressionCodecName> codecs = new ArrayList<>();
        for (java.nio.file.Path file : parquetFiles(snapshot)) {
            try (ParquetFileReader reader = ParquetFileReader.open(
                    HadoopInputFile.fromPath(path(file), new Configuration()))) {
                for (BlockMetaData block : reader.getFooter().getBlocks()) {
                    block.getColumns().stream().map(ColumnChunkMetaData::getCodec).forEach(codecs::add);
                }
            }
        }
        return codecs;
    }

    private static Path path(java.nio.file.Path file) {
        return new Path(file.toUri());
    }
}
