package io.jixiao.jobs.ingest;

import static io.jixiao.jobs.ingest.SharedSpark.ingest;

import io.jixiao.read.Samples;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestIngestJob {

    /** Forms per sample, counted by hand in the documents: 5 + 9 + 4 + 6. */
    private static final int SAMPLE_FORMS = 24;

    @TempDir
    Path temp;

    @Test
    void mixedBatchIngestsTheDocumentsAndRejectsTheRestWithReasons() throws IOException {
        Path inbox = Samples.copyTo(temp.resolve("inbox"));
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Files.write(inbox.resolve("scan.pdf"), binary);
        Files.writeString(inbox.resolve("minutes.txt"), "会议纪要\n\n会议讨论了下一阶段的工作安排。\n");
        Path gbk = Files.createDirectories(inbox.resolve("gbk"));
        Files.write(gbk.resolve("shanghai-2024-gbk.txt"),
                Files.readString(Samples.file("003")).getBytes(Charset.forName("GBK")));
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.documentsFound()).isEqualTo(8);
        assertThat(summary.ok() + summary.partial() + summary.rejected() + summary.unchanged()).isEqualTo(8);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(summary.rejections()).hasSize(3).anySatisfy(r -> assertThat(r).contains("empty.txt", "empty"))
                .anySatisfy(r -> assertThat(r).contains("scan.pdf", "binary"))
                .anySatisfy(r -> assertThat(r).contains("minutes.txt", "line 1"));
        // the GBK copy of sample 003 holds the same six forms: same natural keys, so no new form ids
        assertThat(summary.forms()).isEqualTo(SAMPLE_FORMS);

        Map<String, String> statusByFile = WarehouseReader.table(warehouse, WarehouseTables.DOCUMENTS)
                .collectAsList().stream().collect(Collectors.toMap(
                        r -> r.getString(r.fieldIndex("file_name")), r -> r.getString(r.fieldIndex("status"))));
        assertThat(statusByFile).hasSize(8).containsEntry("empty.txt", "rejected")
                .containsEntry("scan.pdf", "rejected").containsEntry("minutes.txt", "rejected");
        assertThat(statusByFile.get("shanghai-2024-gbk.txt")).isIn("ok", "partial");
        Row gbkDocument = WarehouseReader.table(warehouse, WarehouseTables.DOCUMENTS)
                .where(col("file_name").equalTo("shanghai-2024-gbk.txt")).first();
        assertThat(gbkDocument.getString(gbkDocument.fieldIndex("encoding"))).containsIgnoringCase("GB");
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.FORMS).count()).isEqualTo(SAMPLE_FORMS);
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.FORMS)
                .groupBy("year").count().collectAsList())
                .extracting(r -> r.getInt(0) + ":" + r.getLong(1))
                .containsExactlyInAnyOrder("2020:4", "2023:14", "2024:6");
    }

    @Test
    void ingestingTheSameDocumentsAgainChangesNothing() {
        Path warehouse = temp.resolve("warehouse");
        IngestSummary first = ingest(warehouse, Samples.folder());
        String snapshot = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();
        Map<WarehouseTable, List<String>> before = contents(warehouse);

        IngestSummary second = ingest(warehouse, Samples.folder());

        assertThat(first.committed()).isTrue();
        assertThat(second.committed()).isFalse();
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(WarehouseLayout.currentSnapshot(warehouse)).contains(snapshot);
        assertThat(contents(warehouse)).isEqualTo(before);
        assertThat(before.get(WarehouseTables.FORMS)).hasSize(SAMPLE_FORMS);
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.RUNS).count()).isEqualTo(2);
    }

    @Test
    void aCorrectedDocumentReplacesItsFormsAndLeavesOtherYearsAlone() throws IOException {
        Path warehouse = temp.resolve("warehouse");
        ingest(warehouse, Samples.folder());
        Map<WarehouseTable, List<String>> before = contents(warehouse);
        // The unit re-publishes its 2023 self-evaluations with one executed amount corrected:
        // 时频实验室运维经费, 全年执行数 216.86 → 220.00 on the 年度资金总额 row.
        String original = Files.readString(Samples.file("000"), StandardCharsets.UTF_8);
        String corrected = original.replaceFirst("230.00\t230.00\t216.86\t10.00\t94.29\t9.43",
                "230.00\t230.00\t220.00\t10.00\t95.65\t9.57");
        assertThat(corrected).isNotEqualTo(original);
        Path correction = Files.createDirectories(temp.resolve("correction")).resolve("shanghai-2023-v2.txt");
        Files.writeString(correction, corrected);

        IngestSummary summary = ingest(warehouse, correction);

        assertThat(summary.forms()).isEqualTo(5);
        List<Row> forms = WarehouseReader.table(warehouse, WarehouseTables.FORMS).collectAsList();
        assertThat(forms).hasSize(SAMPLE_FORMS);
        Row timing = forms.stream().filter(r -> "时频实验室运维经费".equals(r.getString(r.fieldIndex("project"))))
                .findFirst().orElseThrow();
        assertThat(timing.getDecimal(timing.fieldIndex("executed"))).isEqualByComparingTo("220.00");
        assertThat(timing.getDecimal(timing.fieldIndex("execution_rate"))).isEqualByComparingTo("95.65");
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.INDICATORS).count())
                .isEqualTo(before.get(WarehouseTables.INDICATORS).size());
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.DOCUMENTS).count()).isEqualTo(5);
        for (WarehouseTable table : List.of(WarehouseTables.FORMS, WarehouseTables.INDICATORS,
                WarehouseTables.FUNDS)) {
            assertThat(yearRows(contents(warehouse).get(table), 2020, 2024))
                    .as("2020 and 2024 rows of " + table.name())
                    .isEqualTo(yearRows(before.get(table), 2020, 2024));
        }
    }

    /**
     * Both copies parsed by one task (one partition), or each by its own task: 64 KiB partitions hold one file
     * each, since every file counts its size plus the 64 KiB open cost.
     */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"spark.sql.files.minPartitionNum, 1", "spark.sql.files.maxPartitionBytes, 65536"})
    void theSameBytesUnderTwoPathsAreOneDocumentAndStagingIsCleanedUp(String partitioning, String value)
            throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("a-changji.txt"));
        Files.copy(Samples.file("002"), Files.createDirectories(inbox.resolve("copy")).resolve("b-changji.txt"));
        Files.copy(Samples.file("000"), inbox.resolve("c-shanghai.txt"));
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = withConf(partitioning, value, () -> ingest(warehouse, inbox));

        assertThat(summary.documentsFound()).isEqualTo(3);
        assertThat(summary.forms()).isEqualTo(4 + 5);
        List<Row> documents = WarehouseReader.table(warehouse, WarehouseTables.DOCUMENTS).collectAsList();
        assertThat(documents).extracting(d -> d.getString(d.fieldIndex("file_name")) + " "
                        + d.getString(d.fieldIndex("status")).equals(DocumentRecords.REJECTED))
                .containsExactlyInAnyOrder("a-changji.txt false", "b-changji.txt true", "c-shanghai.txt false");
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.FORMS).count()).isEqualTo(4 + 5);
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.FUNDS).count()).isEqualTo(summary.funds());
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.INDICATORS)
                .where(col("year").equalTo(2020)).count()).isEqualTo(46);
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.INDICATORS).count())
                .isEqualTo(summary.indicators());
        assertThat(warehouse.resolve(WarehouseLayout.STAGING)).doesNotExist();
    }

    private static <T> T withConf(String key, String value, java.util.function.Supplier<T> action) {
        var conf = SharedSpark.session().conf();
        boolean wasSet = conf.contains(key);
        String before = wasSet ? conf.get(key) : null;
        conf.set(key, value);
        try {
            return action.get();
        } finally {
            if (wasSet) {
                conf.set(key, before);
            } else {
                conf.unset(key);
            }
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedUnreadAndTheBatchGoesOn() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        try (var out = java.nio.channels.FileChannel.open(inbox.resolve("huge.txt"),
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), (32L << 20));  // 32 MiB + 1 byte, sparse
        }
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = ingest(warehouse, inbox);

        assertThat(summary.forms()).isEqualTo(4);
        assertThat(summary.rejections()).singleElement().asString()
                .contains("huge.txt", "33554433 bytes is over the limit of 33554432 bytes; not read");
        assertThat(ingest(warehouse, inbox).committed()).as("recorded once: nothing new the second time").isFalse();
    }

    @Test
    void strictModeChangesNothingWhenADocumentIsRejected() throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Samples.file("002"), inbox.resolve("changji.txt"));
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Path warehouse = temp.resolve("warehouse");

        IngestSummary summary = new IngestJob(SharedSpark.session()).run(
                new IngestOptions(List.of(inbox.toString()), warehouse.toString(), true), IngestProgress.SILENT);

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.committed()).isFalse();
        assertThat(WarehouseLayout.currentSnapshot(warehouse)).isEmpty();
    }

    @Test
    void aSecondIngestIntoALockedWarehouseStopsWithAClearMessage() throws IOException {
        Path warehouse = Files.createDirectories(temp.resolve("warehouse"));
        String holder = ProcessHandle.current().pid() + " " + java.net.InetAddress.getLocalHost().getHostName()
                + " " + java.time.Instant.now() + " run-1";
        Files.writeString(warehouse.resolve(WarehouseLayout.LOCK), holder);

        assertThatThrownBy(() -> ingest(warehouse, Samples.folder()))
                .isInstanceOf(WarehouseLockedException.class)
                .hasMessageContaining("locked by another ingest").hasMessageContaining("run-1");
        assertThat(WarehouseLayout.currentSnapshot(warehouse)).isEmpty();
    }

    @Test
    void aLockLeftByADeadProcessIsTakenOver() throws IOException {
        Path warehouse = Files.createDirectories(temp.resolve("warehouse"));
        Process dead = new ProcessBuilder("true").start();
        dead.onExit().join();
        Files.writeString(warehouse.resolve(WarehouseLayout.LOCK), dead.pid() + " "
                + java.net.InetAddress.getLocalHost().getHostName() + " 2026-11-21T10:00:00Z run-killed");

        IngestSummary summary = ingest(warehouse, Samples.file("002"));

        assertThat(summary.committed()).isTrue();
        assertThat(warehouse.resolve(WarehouseLayout.LOCK)).doesNotExist();
    }

    @Test
    void theParquetWrittenMatchesTheSchemaDefinitions() {
        Path warehouse = temp.resolve("warehouse");
        ingest(warehouse, Samples.folder());
        for (WarehouseTable table : WarehouseTables.ALL) {
            Path directory = WarehouseLayout.tableDirectory(warehouse, table).orElseThrow();
            assertThat(ParquetSchemaCheck.check(new org.apache.hadoop.fs.Path(directory.toUri()), table,
                    SharedSpark.session().sparkContext().hadoopConfiguration()))
                    .as(table.name()).isEmpty();
        }
    }

    private static Map<WarehouseTable, List<String>> contents(Path warehouse) {
        return List.of(WarehouseTables.DOCUMENTS, WarehouseTables.FORMS, WarehouseTables.FUNDS,
                        WarehouseTables.INDICATORS, WarehouseTables.FINDINGS).stream()
                .collect(Collectors.toMap(t -> t, t -> WarehouseReader.rows(warehouse, t)));
    }

    /** Rows whose last field (the year partition) is one of the years. */
    private static List<String> yearRows(List<String> rows, int... years) {
        return rows.stream().filter(r -> java.util.Arrays.stream(years).anyMatch(y -> r.endsWith("," + y + "]")))
                .toList();
    }
}
