package io.jixiao.jobs.ingest.parquet;

import io.jixiao.jobs.ingest.DocumentRecords;
import io.jixiao.jobs.ingest.DocumentSource;
import io.jixiao.jobs.ingest.ParquetSchemaCheck;
import io.jixiao.jobs.ingest.SharedSpark;
import io.jixiao.jobs.ingest.SparkSchemas;
import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestTableFiles {

    @TempDir
    Path temp;

    /** Every column of the rows of two samples (Shanghai 2023, Changji 2020) reads back as it was set. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"forms", "funds", "indicators", "findings"})
    void rowsReadBackAsTheyWereWrittenUnderTheirYear(String tableName) throws IOException {
        WarehouseTable table = WarehouseTables.named(tableName);
        List<Object[]> written = new ArrayList<>();
        TableFiles files = new TableFiles(new org.apache.hadoop.fs.Path(temp.toUri()), "p0-t1", new Configuration());
        for (String sample : List.of("000", "002")) {
            DocumentRecords records = records(sample);
            List<Object[]> rows = switch (tableName) {
                case "forms" -> records.forms();
                case "funds" -> records.funds();
                case "indicators" -> records.indicators();
                default -> records.findings();
            };
            files.append(table, rows);
            written.addAll(rows);
        }
        files.close();

        assertThat(written).isNotEmpty();
        Path folder = temp.resolve(tableName);
        assertThat(ParquetSchemaCheck.check(new org.apache.hadoop.fs.Path(folder.toUri()), table, new Configuration()))
                .isEmpty();
        int year = table.columns().size() - 1;
        List<String> expectedFolders = written.stream().map(r -> "year=" + r[year]).distinct().toList();
        assertThat(expectedFolders).as("only Changji has findings").hasSize(tableName.equals("findings") ? 1 : 2);
        try (var years = Files.list(folder)) {
            assertThat(years.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(expectedFolders);
        }
        List<String> read = SharedSpark.session().read().schema(SparkSchemas.of(table)).parquet(folder.toString())
                .collectAsList().stream().map(TestTableFiles::text).toList();
        assertThat(read).containsExactlyInAnyOrderElementsOf(written.stream().map(TestTableFiles::text).toList());
    }

    /**
     * Rows are written a batch at a time: many batches' rows, and a last batch left incomplete, are all in the file, in
     * the order appended, and a value repeated on consecutive rows (a line's copy of its form's project) reads back on
     * each.
     */
    @Test
    void rowsOfManyBatchesAreAllWrittenInTheirOrder() throws IOException {
        WarehouseTable table = WarehouseTables.INDICATORS;
        List<Object[]> sample = records("000").indicators();
        int seq = table.columns().stream().map(Column::name).toList().indexOf("seq");
        List<Object[]> written = new ArrayList<>();
        for (int i = 0; written.size() < 2_500; i++) {
            Object[] row = sample.get(i % sample.size()).clone();
            row[seq] = i;
            written.add(row);
        }
        TableFiles files = new TableFiles(new org.apache.hadoop.fs.Path(temp.toUri()), "p0-t1", new Configuration());
        written.forEach(row -> files.append(table, row));
        files.close();

        assertThat(readBack(table)).containsExactlyElementsOf(written.stream().map(TestTableFiles::text).toList());
    }

    /** A file larger than a row group is written in several; every row reads back, in order. */
    @Test
    void rowsOfManyRowGroupsAreAllWrittenInTheirOrder() throws IOException {
        WarehouseTable table = WarehouseTables.INDICATORS;
        List<Object[]> sample = records("000").indicators();
        List<String> names = table.columns().stream().map(Column::name).toList();
        List<Object[]> written = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Object[] row = sample.get(i % sample.size()).clone();
            row[names.indexOf("seq")] = i;
            row[names.indexOf(WarehouseTable.YEAR)] = 2023;
            written.add(row);
        }
        Path file = temp.resolve(table.name()).resolve("year=2023").resolve("part-p0-t1.parquet");
        Files.createDirectories(file.getParent());
        try (TableFileWriter writer = writer(file, table, 64 * 1024)) {
            for (Object[] row : written) {
                writer.write(row);
            }
        }

        try (ParquetFileReader reader = open(file)) {
            assertThat(reader.getFooter().getBlocks()).hasSizeGreaterThan(2);
            assertThat(reader.getRecordCount()).isEqualTo(written.size());
        }
        assertThat(readBack(table)).containsExactlyElementsOf(written.stream().map(TestTableFiles::text).toList());
    }

    /** A null where the schema allows none stops the file with the table and column named. */
    @Test
    void aNullInARequiredColumnIsRefusedByName() throws IOException {
        Object[] row = records("000").indicators().get(0).clone();
        row[WarehouseTables.INDICATORS.columns().stream().map(Column::name).toList().indexOf("status")] = null;
        TableFiles files = new TableFiles(new org.apache.hadoop.fs.Path(temp.toUri()), "p0-t1", new Configuration());
        files.append(WarehouseTables.INDICATORS, List.<Object[]>of(row));
        files.append(WarehouseTables.FORMS, records("000").forms());

        assertThatThrownBy(files::close).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("indicators.status");
        // the other table's file is complete all the same
        try (var found = Files.walk(temp.resolve(WarehouseTables.FORMS.name()))) {
            Path forms = found.filter(path -> path.toString().endsWith(".parquet")).findFirst().orElseThrow();
            try (ParquetFileReader reader = open(forms)) {
                assertThat(reader.getRecordCount()).isEqualTo(records("000").forms().size());
            }
        }
    }

    /** A batch that fails part-way stops the file: no more rows, and no footer over a row group holding half a row. */
    @Test
    void aFileStopsAtABatchItCouldNotWrite() throws IOException {
        WarehouseTable table = WarehouseTables.INDICATORS;
        Object[] sample = records("000").indicators().get(0);
        int status = table.columns().stream().map(Column::name).toList().indexOf("status");
        Path file = temp.resolve("part-p0-t1.parquet");
        TableFileWriter writer = writer(file, table, 1024 * 1024);
        for (int i = 0; i < 1_023; i++) {
            Object[] row = sample.clone();
            if (i == 500) {
                row[status] = null;
            }
            writer.write(row);
        }

        assertThatThrownBy(() -> writer.write(sample)).as("the batch's last row: the batch is written")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("indicators.status");
        assertThatThrownBy(() -> writer.write(sample)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopped");
        writer.close();
        assertThatThrownBy(() -> open(file)).isInstanceOf(RuntimeException.class);
    }

    /** Columns whose values seldom recur are written without a dictionary; the others keep theirs. */
    @Test
    void mostlyDistinctColumnsHaveNoDictionary() throws IOException {
        TableFiles files = new TableFiles(new org.apache.hadoop.fs.Path(temp.toUri()), "p0-t1", new Configuration());
        files.append(WarehouseTables.INDICATORS, records("000").indicators());
        files.close();

        Path file;
        try (var found = Files.walk(temp.resolve(WarehouseTables.INDICATORS.name()))) {
            file = found.filter(path -> path.toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        try (ParquetFileReader reader = open(file)) {
            Map<String, Boolean> dictionary = new HashMap<>();
            for (ColumnChunkMetaData chunk : reader.getFooter().getBlocks().get(0).getColumns()) {
                dictionary.put(chunk.getPath().toDotString(), chunk.hasDictionaryPage());
            }
            for (Column column : WarehouseTables.INDICATORS.fileColumns()) {
                if (column.mostlyDistinct()) {
                    assertThat(dictionary).as(column.name()).containsEntry(column.name(), false);
                }
            }
            assertThat(WarehouseTables.INDICATORS.fileColumns()).filteredOn(Column::mostlyDistinct)
                    .extracting(Column::name).contains("form_id", "doc_id", "form_key_high");
            assertThat(dictionary).containsEntry("form_kind", true).containsEntry("form_project", true)
                    .containsEntry("status", true);
        }
    }

    @Test
    void theAttemptIsReadBackFromTheFileNameAndOtherNamesAreNotOurs() {
        assertThat(TableFiles.attemptOf("part-p12-t345.parquet")).contains("p12-t345");
        assertThat(TableFiles.attemptOf("part-driver.parquet")).contains("driver");
        assertThat(TableFiles.attemptOf("part-00000-5f3c.c000.zstd.parquet")).isEmpty();
        assertThatThrownBy(() -> new TableFiles(new org.apache.hadoop.fs.Path(temp.toUri()), "../x",
                new Configuration())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closedFilesTakeNoMoreRows() throws IOException {
        TableFiles files = new TableFiles(new org.apache.hadoop.fs.Path(temp.toUri()), "p0-t1", new Configuration());
        files.close();
        files.close();
        assertThatThrownBy(() -> files.append(WarehouseTables.FORMS, records("002").forms()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("p0-t1");
    }

    /** The rows of a table's folder under {@code temp}, as Spark reads them, in file order. */
    private List<String> readBack(WarehouseTable table) {
        return SharedSpark.session().read().schema(SparkSchemas.of(table))
                .parquet(temp.resolve(table.name()).toString()).collectAsList().stream()
                .map(TestTableFiles::text).toList();
    }

    private static ParquetFileReader open(Path file) throws IOException {
        return ParquetFileReader.open(
                HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()));
    }

    /** One table file with parquet-java's default encodings and row groups of about {@code rowGroupBytes}. */
    private static TableFileWriter writer(Path file, WarehouseTable table, long rowGroupBytes) throws IOException {
        return new TableFileWriter(new LocalOutputFile(file), table, ParquetProperties.builder().build(),
                new CodecFactory(new Configuration(), 64 * 1024).getCompressor(CompressionCodecName.ZSTD),
                rowGroupBytes);
    }

    private static DocumentRecords records(String sample) throws IOException {
        byte[] bytes = Files.readAllBytes(Samples.file(sample));
        DocumentSource source = DocumentSource.of(Samples.file(sample).toString(), bytes);
        return DocumentRecords.of(source, new DocumentParser().parse(source.path(), bytes), "run-1",
                Timestamp.valueOf("2026-11-21 10:00:00"));
    }

    /** A row as text, decimals without trailing zeros: what was set and what Spark reads compare equal. */
    private static String text(Object[] values) {
        return Arrays.stream(values).map(TestTableFiles::value).toList().toString();
    }

    private static String text(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return text(values);
    }

    private static String value(Object value) {
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }
}
