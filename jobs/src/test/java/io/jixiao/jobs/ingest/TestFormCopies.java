package io.jixiao.jobs.ingest;

import static io.jixiao.jobs.ingest.SharedSpark.ingest;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.Samples;
import io.jixiao.schema.finding.FindingArguments;
import io.jixiao.schema.finding.FindingText;
import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.SnapshotManifest;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: two documents holding the same form. The copies are the real fragment rw_01 (填报日期 2023年3月20日, 年度
 * 财政资金总额 278.4449 万元) and edits of it that change only its date and that amount, so that which copy was kept
 * shows in the warehouse's figure.
 */
class TestFormCopies {

    @TempDir
    Path temp;

    @Test
    void theLaterFilledDateThenACorrectionMarkThenTheLaterIngestKeepsItsCopyAndTheOtherStaysQueryable()
            throws IOException {
        String original = Files.readString(Samples.dataDir().resolve("realworld/rw_01_yunnan-longyang_2022.txt"));
        Path first = Files.createDirectories(temp.resolve("first"));
        Files.writeString(first.resolve("original.txt"), original);
        Files.writeString(first.resolve("later.txt"), copy(original, "2023年4月1日", "278.5"));
        Path warehouse = temp.resolve("warehouse");

        // one batch: the later 填报日期 wins, whatever the order of the files
        IngestSummary summary = ingest(warehouse, first);
        assertThat(summary.forms()).isEqualTo(1);
        assertThat(summary.superseded()).singleElement().asString().contains("original.txt", "later.txt",
                "later filled date");
        assertThat(keptBudget(warehouse)).isEqualByComparingTo("278.5");
        assertThat(copies(warehouse)).containsExactly("later_filled_date original.txt 2023-03-20 278.4449 later.txt");

        // a later ingest of an earlier-dated copy: the warehouse's copy stays, the new one is recorded
        Path second = Files.createDirectories(temp.resolve("second"));
        Files.writeString(second.resolve("earlier.txt"), copy(original, "2023年1月2日", "270"));
        assertThat(ingest(warehouse, second).forms()).isZero();
        assertThat(keptBudget(warehouse)).isEqualByComparingTo("278.5");

        // a corrected copy without a date: its 修订 mark wins over the dated one
        Path third = Files.createDirectories(temp.resolve("third"));
        Files.writeString(third.resolve("隆阳区自评表（修订）.txt"), copy(original, "", "280"));
        assertThat(ingest(warehouse, third).forms()).isEqualTo(1);
        assertThat(keptBudget(warehouse)).isEqualByComparingTo("280");

        // a copy identical in date and mark, ingested later: the later ingest wins
        Path fourth = Files.createDirectories(temp.resolve("fourth"));
        Files.writeString(fourth.resolve("隆阳区自评表（修订）.txt"), copy(original, "", "281"));
        assertThat(ingest(warehouse, fourth).forms()).isEqualTo(1);
        assertThat(keptBudget(warehouse)).isEqualByComparingTo("281");

        assertThat(copies(warehouse)).containsExactlyInAnyOrder(
                "later_filled_date original.txt 2023-03-20 278.4449 later.txt",
                "later_filled_date earlier.txt 2023-01-02 270.0000 later.txt",
                "revision_mark later.txt 2023-04-01 278.5000 隆阳区自评表（修订）.txt",
                "later_ingest 隆阳区自评表（修订）.txt null 280.0000 隆阳区自评表（修订）.txt");
        // the kept copy carries one finding per copy it superseded and still holds: the last, whose figures differ
        List<Row> findings = WarehouseReader.table(warehouse, WarehouseTables.FINDINGS)
                .where("rule = 'superseded_copy'").select("severity", "expected", "actual", "message", "arguments")
                .collectAsList();
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.getString(0)).isEqualTo("warning");
            assertThat(finding.getString(1)).startsWith("全年预算数 281,");
            assertThat(finding.getString(2)).startsWith("全年预算数 280,");
            assertThat(finding.getString(3)).contains("third", "the later ingest");
            // the values its message names are stored, so that it reads in either language
            assertThat(FindingArguments.fromJson(finding.getString(4))).containsEntry("copy_rule", "later_ingest")
                    .hasEntrySatisfying("path", path -> assertThat(path).contains("third"));
            assertThat(FindingText.chinese().message("superseded_copy", finding.getString(1), finding.getString(2),
                    FindingArguments.fromJson(finding.getString(4)), finding.getString(3))).contains("third", "导入较晚");
        });
        // the forms table holds one copy of the form, with its funds and indicators
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.FORMS).count()).isEqualTo(1);
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.FUNDS).select("doc_id").distinct().count())
                .isEqualTo(1);
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.INDICATORS).select("doc_id").distinct().count())
                .isEqualTo(1);
    }

    /**
     * Issue 19: a batch holding two copies of a form the warehouse holds too. The batch settles its own two first
     * (the later 填报日期), and only its winner meets the warehouse's copy (the later ingest): two copies recorded, the
     * batch's loser once.
     */
    @Test
    void twoCopiesInOneBatchAndOneInTheWarehouseAreSettledOnceEach() throws IOException {
        String original = Files.readString(Samples.dataDir().resolve("realworld/rw_01_yunnan-longyang_2022.txt"));
        Path first = Files.createDirectories(temp.resolve("first"));
        Files.writeString(first.resolve("original.txt"), original);
        Path warehouse = temp.resolve("warehouse");
        assertThat(ingest(warehouse, first).forms()).isEqualTo(1);

        Path second = Files.createDirectories(temp.resolve("second"));
        Files.writeString(second.resolve("april.txt"), copy(original, "2023年4月1日", "278.5"));
        Files.writeString(second.resolve("may.txt"), copy(original, "2023年5月1日", "279"));
        IngestSummary summary = ingest(warehouse, second);

        assertThat(summary.forms()).isEqualTo(1);
        assertThat(keptBudget(warehouse)).isEqualByComparingTo("279");
        assertThat(copies(warehouse)).containsExactlyInAnyOrder(
                "later_filled_date april.txt 2023-04-01 278.5000 may.txt",
                "later_filled_date original.txt 2023-03-20 278.4449 may.txt");
        assertThat(WarehouseReader.table(warehouse, WarehouseTables.INDICATORS).select("doc_id").distinct().count())
                .isEqualTo(1);
    }

    /**
     * Issue 19: the ingest writes a year's fund lines and indicators again when a copy in it is superseded. Those of a
     * warehouse written before the copies of their forms' columns ({@link FormColumnCopies}) are written with them,
     * from their forms, so that no file holds the copies empty.
     */
    @Test
    void linesWrittenAgainForASupersededCopyGainTheCopiesOfTheirFormsColumns() throws IOException {
        String original = Files.readString(Samples.dataDir().resolve("realworld/rw_01_yunnan-longyang_2022.txt"));
        Path first = Files.createDirectories(temp.resolve("first"));
        Files.writeString(first.resolve("original.txt"), original);
        Files.copy(Samples.dataDir().resolve("realworld/rw_13_hubei-huangshi_2022.txt"), first.resolve("other.txt"));
        Path warehouse = temp.resolve("warehouse");
        assertThat(ingest(warehouse, first).forms()).isEqualTo(2);
        // as a warehouse written before the copies: its lines' files without them (and without a manifest)
        Path snapshot = warehouse.resolve(WarehouseLayout.SNAPSHOTS)
                .resolve(WarehouseLayout.currentSnapshot(warehouse).orElseThrow());
        Files.delete(snapshot.resolve(SnapshotManifest.FILE_NAME));
        for (Path file : lineFiles(snapshot)) {
            Path older = Files.createTempDirectory(temp, "older").resolve("rows");
            SharedSpark.session().read().parquet(file.toString())
                    .drop(FormColumnCopies.names().toArray(String[]::new)).coalesce(1).write().parquet(older.toString());
            try (Stream<Path> written = Files.list(older)) {
                Files.move(written.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow(), file,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }

        Path second = Files.createDirectories(temp.resolve("second"));
        Files.writeString(second.resolve("later.txt"), copy(original, "2023年4月1日", "278.5"));
        assertThat(ingest(warehouse, second).superseded()).hasSize(1);

        Path rewritten = warehouse.resolve(WarehouseLayout.SNAPSHOTS)
                .resolve(WarehouseLayout.currentSnapshot(warehouse).orElseThrow());
        assertThat(ParquetSchemaCheck.everyRowHoldsFormColumnCopies(lineFiles(rewritten).stream()
                .map(f -> new org.apache.hadoop.fs.Path(f.toUri())).toList(), new Configuration())).isTrue();
        for (WarehouseTable lines : List.of(WarehouseTables.FUNDS, WarehouseTables.INDICATORS)) {
            Dataset<Row> joined = WarehouseReader.table(warehouse, lines).alias("l")
                    .join(WarehouseReader.table(warehouse, WarehouseTables.FORMS).alias("f"), "form_id");
            assertThat(joined.count()).as(lines.name()).isEqualTo(WarehouseReader.table(warehouse, lines).count());
            assertThat(joined.select("f.unit").distinct().count()).as("both forms' lines").isEqualTo(2);
            for (String column : FormColumnCopies.FORMS_COLUMNS) {
                assertThat(joined.where("NOT (l." + FormColumnCopies.copyOf(column) + " <=> f." + column + ")").count())
                        .as(lines.name() + "." + FormColumnCopies.copyOf(column)).isZero();
            }
        }
    }

    private static List<Path> lineFiles(Path snapshot) throws IOException {
        try (Stream<Path> files = Files.walk(snapshot)) {
            return files.filter(f -> f.toString().endsWith(".parquet") && !f.getFileName().toString().startsWith(".")
                    && (f.toString().contains("/funds/") || f.toString().contains("/indicators/"))).toList();
        }
    }

    private static String copy(String original, String date, String amount) {
        String changed = original.replace("填报日期:2023年3月20日", date.isEmpty() ? "" : "填报日期:" + date)
                .replace("278.4449", amount);
        assertThat(changed).isNotEqualTo(original);
        return changed;
    }

    private static BigDecimal keptBudget(Path warehouse) {
        List<Row> rows = WarehouseReader.table(warehouse, WarehouseTables.FORMS).select("full_year_budget")
                .collectAsList();
        assertThat(rows).hasSize(1);
        return rows.get(0).getDecimal(0);
    }

    /** rule, superseded file, its date, its budget, kept file. */
    private static List<String> copies(Path warehouse) {
        return WarehouseReader.table(warehouse, WarehouseTables.FORM_COPIES)
                .select("rule", "path", "filled_date", "full_year_budget", "kept_path").collectAsList().stream()
                .map(row -> row.getString(0) + " " + fileName(row.getString(1)) + " " + row.get(2) + " "
                        + row.getDecimal(3).toPlainString() + " " + fileName(row.getString(4)))
                .toList();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
