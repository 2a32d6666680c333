package io.jixiao.reports.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.reports.SampleWarehouse;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.FormKey;
import io.jixiao.schema.warehouse.SnapshotManifest;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestDuckDbWarehouse {

    /** Forms in the four samples, counted by hand: 5 + 9 + 4 + 6. */
    private static final long SAMPLE_FORMS = 24L;

    private static DuckDbMetricEngine engine;

    @BeforeAll
    static void open() {
        engine = DuckDbMetricEngine.open(SampleWarehouse.path());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static Stream<WarehouseTable> tables() {
        return WarehouseTables.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("tables")
    void viewHasTheSchemaColumnsAndTypes(WarehouseTable table) {
        MetricTable columns = engine.runSql("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_name = '" + table.name() + "' ORDER BY ordinal_position");

        // the forms view adds the agency, its unit's current name (issue 17), and the views of their lines their form's
        List<String> agency = table == WarehouseTables.FORMS ? List.of(WarehouseTables.AGENCY)
                : table.column(FormColumnCopies.MARKER).isPresent() ? List.of(FormColumnCopies.AGENCY) : List.of();
        assertThat(columns.column("column_name")).containsExactlyElementsOf(Stream.concat(
                table.columns().stream().map(Column::name), agency.stream()).toList());
        assertThat(columns.column("data_type")).containsExactlyElementsOf(Stream.concat(
                table.columns().stream().map(c -> DuckDbTypes.of(c.type())), agency.stream().map(a -> "VARCHAR"))
                .toList());
    }

    @Test
    void yearComesFromThePartitionFolderAsInteger() {
        MetricTable years = engine.runSql("SELECT DISTINCT year, typeof(year) AS type FROM forms ORDER BY year");

        assertThat(years.column("year")).containsExactly(2020, 2023, 2024);
        assertThat(years.column("type")).containsOnly("INTEGER");
    }

    /** Issue 15, fault 7: a table folder gone from the snapshot in force is damage, not an empty table. */
    @Test
    void missingTableFolderIsRefusedAsDamage(@TempDir Path parent) throws IOException {
        Path warehouse = parent.resolve("warehouse");
        copyTree(SampleWarehouse.path(), warehouse);
        deleteTree(WarehouseLayout.tableDirectory(warehouse, WarehouseTables.FINDINGS).orElseThrow());

        assertThatThrownBy(() -> DuckDbWarehouse.open(warehouse)).isInstanceOf(WarehouseException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("/findings/year=")
                .hasMessageContaining("is missing");
    }

    /** Issue 15, fault 1: an empty CURRENT made every view empty. */
    @Test
    void emptyCurrentIsReadAsTheNewestCompleteSnapshot(@TempDir Path parent) throws IOException {
        Path warehouse = parent.resolve("warehouse");
        copyTree(SampleWarehouse.path(), warehouse);
        Files.write(warehouse.resolve(WarehouseLayout.CURRENT), new byte[0]);

        try (DuckDbMetricEngine onIt = DuckDbMetricEngine.open(warehouse)) {
            assertThat(onIt.runSql("SELECT count(*) AS n FROM forms").rows()).containsExactly(List.of(SAMPLE_FORMS));
        }
    }

    @Test
    void folderWithoutParquetIsEmptyAndSparkMarkersAreIgnored(@TempDir Path parent) throws IOException {
        Path warehouse = parent.resolve("warehouse");
        copyTree(SampleWarehouse.path(), warehouse);
        // what a Spark write leaves beside the data, and a table folder that holds nothing yet
        Path forms = WarehouseLayout.tableDirectory(warehouse, WarehouseTables.FORMS).orElseThrow();
        Files.writeString(forms.resolve("year=2023/.part-00000.snappy.parquet.crc"), "crc");
        Path runs = warehouse.resolve(WarehouseLayout.RUNS);
        deleteTree(runs);
        Files.createDirectories(runs);
        Files.writeString(runs.resolve("_SUCCESS"), "");

        try (DuckDbWarehouse opened = DuckDbWarehouse.open(warehouse)) {
            // form_copies too: the samples hold no form twice, and an ingest writes no file for a table without rows
            assertThat(opened.emptyTables()).containsExactlyInAnyOrder("form_copies", "runs");
        }
        try (DuckDbMetricEngine onIt = DuckDbMetricEngine.open(warehouse)) {
            assertThat(onIt.runSql("SELECT count(*) AS n FROM forms").rows()).containsExactly(List.of(SAMPLE_FORMS));
            assertThat(onIt.runSql("SELECT count(*) AS n FROM runs").rows()).containsExactly(List.of(0L));
        }
    }

    /**
     * A warehouse written before columns were added to the forms table (filled_date, the region's levels) stays
     * readable: its forms read with those columns empty. The snapshot's files are rewritten without them (and without
     * its manifest, as a snapshot written before manifests).
     */
    @Test
    void columnsAddedSinceAWarehouseWasWrittenReadAsEmpty(@TempDir Path parent) throws Exception {
        Path warehouse = sampleCopyWithoutManifest(parent);
        Path forms = WarehouseLayout.tableDirectory(warehouse, WarehouseTables.FORMS).orElseThrow();
        Path older = parent.resolve("older-forms");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            statement.execute("COPY (SELECT * EXCLUDE (filled_date, region_code, province, prefecture, county) FROM "
                    + "read_parquet('" + forms + "/**/*.parquet', hive_partitioning = true)) TO '" + older
                    + "' (FORMAT parquet, PARTITION_BY (year))");
        }
        deleteTree(forms);
        copyTree(older, forms);

        try (DuckDbMetricEngine onIt = DuckDbMetricEngine.open(warehouse)) {
            assertThat(onIt.runSql("SELECT count(*) AS n, count(filled_date) AS dated, count(province) AS placed, "
                    + "count(region) AS regions FROM forms").rows())
                    .containsExactly(List.of(SAMPLE_FORMS, 0L, 0L, SAMPLE_FORMS));
        }
    }

    /**
     * Issue 19: a warehouse whose forms, funds and indicators of 2023 were written before the form key (and the funds'
     * first_of_source, and the lines' copies of their forms' columns), the other years after: the views derive the key
     * of the older rows from form_id, equal to {@link FormKey#of}, and their copies from their forms, so the metrics
     * give the figures of the warehouse as written, by unit, agency and region; funds leaves the form count of a group
     * with older lines unknown rather than counting none.
     */
    @Test
    void rowsWrittenBeforeTheFormKeyJoinOnTheKeyDerivedFromTheirId(@TempDir Path parent) throws Exception {
        Path warehouse = sampleCopyWithoutManifest(parent);
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            for (WarehouseTable table : List.of(WarehouseTables.FORMS, WarehouseTables.FUNDS,
                    WarehouseTables.INDICATORS)) {
                Path year = WarehouseLayout.tableDirectory(warehouse, table).orElseThrow()
                        .resolve(WarehouseTable.yearFolder(2023));
                String dropped = FormKey.HIGH + ", " + FormKey.LOW
                        + (table == WarehouseTables.FUNDS ? ", first_of_source" : "")
                        + (table == WarehouseTables.FORMS ? "" : ", " + String.join(", ", FormColumnCopies.names()));
                try (Stream<Path> files = Files.list(year)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
                        Path older = parent.resolve("older.parquet");
                        statement.execute("COPY (SELECT * EXCLUDE (" + dropped + ") FROM read_parquet('" + file
                                + "')) TO '" + older + "' (FORMAT parquet)");
                        Files.move(older, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }

        try (DuckDbMetricEngine onIt = DuckDbMetricEngine.open(warehouse)) {
            MetricTable keys = onIt.runSql("SELECT year, form_id, " + FormKey.HIGH + ", " + FormKey.LOW
                    + " FROM forms UNION ALL SELECT year, form_id, " + FormKey.HIGH + ", " + FormKey.LOW
                    + " FROM funds UNION ALL SELECT year, form_id, " + FormKey.HIGH + ", " + FormKey.LOW
                    + " FROM indicators");
            assertThat(keys.column("year")).contains(2023, 2024);
            for (List<Object> row : keys.rows()) {
                FormKey key = FormKey.of((String) row.get(1));
                assertThat(row.subList(2, 4)).as(row.toString()).containsExactly(key.high(), key.low());
            }

            for (String lines : List.of("funds", "indicators")) {
                String differs = Stream.concat(FormColumnCopies.FORMS_COLUMNS.stream(),
                                Stream.of(WarehouseTables.AGENCY))
                        .map(c -> "l." + FormColumnCopies.copyOf(c) + " IS DISTINCT FROM f." + c)
                        .collect(Collectors.joining(" OR "));
                MetricTable copies = onIt.runSql("SELECT l.year, count(*) AS lines, count(CASE WHEN " + differs
                        + " THEN 1 END) AS differing FROM " + lines + " l JOIN forms f ON l.form_id = f.form_id "
                        + "GROUP BY l.year ORDER BY l.year");
                assertThat(copies.column("year")).as(lines).contains(2023, 2024);
                assertThat(copies.column("differing")).as(lines + ": copies unlike their form's columns")
                        .containsOnly(0L);
            }
            for (String metric : List.of("indicator-completion", "indicator-completion-by-category",
                    "targets-by-category", "funds")) {
                for (GroupBy groupBy : List.of(GroupBy.UNIT, GroupBy.AGENCY, GroupBy.REGION)) {
                    assertSameFiguresAsWritten(onIt, metric, MetricQuery.DEFAULT.withGroupBy(groupBy));
                }
            }
        }
    }

    /** The metric on the warehouse with older rows, as on the one written whole; funds' counts of 2023 unknown. */
    private static void assertSameFiguresAsWritten(DuckDbMetricEngine onIt, String metric, MetricQuery query) {
        MetricTable before = engine.run(metric, query);
        MetricTable after = onIt.run(metric, query);
        assertThat(after.columns()).isEqualTo(before.columns());
        int formCount = before.columns().indexOf("forms");
        int year = before.columnIndex("year");
        assertThat(after.rows()).as(metric).hasSameSizeAs(before.rows());
        for (int i = 0; i < before.rows().size(); i++) {
            List<Object> expected = new ArrayList<>(before.rows().get(i));
            if (metric.equals("funds") && expected.get(year).equals(2023)) {
                expected.set(formCount, null);
            }
            assertThat(after.rows().get(i)).as(metric + " by " + query.groupBy()).isEqualTo(expected);
        }
    }

    @Test
    void missingWarehouseIsNamed(@TempDir Path parent) {
        Path missing = parent.resolve("nowhere");
        assertThatThrownBy(() -> DuckDbWarehouse.open(missing))
                .isInstanceOf(WarehouseException.class).hasMessageContaining(missing.toString());
    }

    /** Issue 15, fault 10: any folder answered every query with nothing, exit 0. */
    @Test
    void aFolderNoIngestWroteIsNotAWarehouse(@TempDir Path parent) throws IOException {
        Path empty = Files.createDirectories(parent.resolve("empty"));
        Path documents = Files.createDirectories(parent.resolve("documents"));
        Files.writeString(documents.resolve("a.txt"), "项目名称");

        for (Path folder : List.of(empty, documents)) {
            assertThatThrownBy(() -> DuckDbWarehouse.open(folder)).isInstanceOf(WarehouseException.class)
                    .hasMessage(folder + " is not a warehouse: it has no CURRENT, snapshots/ or runs/ (give "
                            + "--warehouse the folder an ingest wrote)");
        }
    }

    /** Issue 15, fault 10: a file given as the warehouse. */
    @Test
    void aFileIsNotAWarehouse(@TempDir Path parent) throws IOException {
        Path file = Files.writeString(parent.resolve("warehouse"), "not a folder");

        assertThatThrownBy(() -> DuckDbWarehouse.open(file)).isInstanceOf(WarehouseException.class)
                .hasMessage(file + " is a file, not a warehouse folder");
    }

    /** A warehouse whose only run committed nothing (no new document) has a run log and answers with nothing. */
    @Test
    void aWarehouseWithNothingCommittedAnswersQueries(@TempDir Path parent) throws IOException {
        Path warehouse = Files.createDirectories(parent.resolve("warehouse").resolve(WarehouseLayout.RUNS)).getParent();
        try (DuckDbMetricEngine onEmpty = DuckDbMetricEngine.open(warehouse)) {
            assertThat(onEmpty.runSql("SELECT count(*) AS n FROM forms").rows()).containsExactly(List.of(0L));
            assertThat(onEmpty.catalog().names()).allSatisfy(metric ->
                    assertThat(onEmpty.run(metric, MetricQuery.DEFAULT).rows()).isEmpty());
        }
    }

    @Test
    void warehousePathWithAQuoteIsReadLiterally(@TempDir Path parent) throws IOException {
        Path odd = parent.resolve("o'brien warehouse");
        copyTree(SampleWarehouse.path(), odd);

        try (DuckDbMetricEngine onOdd = DuckDbMetricEngine.open(odd)) {
            assertThat(onOdd.runSql("SELECT count(*) AS n FROM forms").rows()).containsExactly(List.of(SAMPLE_FORMS));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "COPY (SELECT * FROM forms) TO '/tmp/jixiao-stolen.csv'",
        "COPY forms TO 'forms-copy.parquet'",
        "CREATE TABLE t AS SELECT 1",
        "INSERT INTO forms (form_id) VALUES ('x')",
        "DELETE FROM forms",
        "DROP VIEW forms",
        "ATTACH '/tmp/jixiao-other.duckdb' AS other",
        "INSTALL spatial",
        "LOAD spatial",
        "SET enable_external_access = true",
        "PRAGMA enable_profiling",
        "SELECT 1; DROP VIEW forms",
        "CALL pragma_version()",
    })
    void anythingButOneSelectIsRefused(String sql) {
        assertThatThrownBy(() -> engine.runSql(sql))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("refused");
        assertThat(engine.runSql("SELECT count(*) AS n FROM forms").rows()).containsExactly(List.of(SAMPLE_FORMS));
        assertThat(Path.of("/tmp/jixiao-stolen.csv")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM query('DROP VIEW forms')",
        "SELECT * FROM query('COPY (SELECT 1) TO ''/tmp/jixiao-stolen.csv''')",
    })
    void statementsSmuggledIntoTheQueryFunctionFail(String sql) {
        assertThatThrownBy(() -> engine.runSql(sql))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("single SELECT");
        assertThat(engine.runSql("SELECT count(*) AS n FROM forms").rows()).containsExactly(List.of(SAMPLE_FORMS));
        assertThat(Path.of("/tmp/jixiao-stolen.csv")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM glob('/etc/*')",
    })
    void filesOutsideTheWarehouseCannotBeRead(String sql) {
        assertThatThrownBy(() -> engine.runSql(sql))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("disabled by configuration");
    }

    @Test
    void invalidSqlSaysSo() {
        assertThatThrownBy(() -> engine.runSql("SELEKT 1"))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("invalid SQL");
    }

    @Test
    void selectAndWithAreAllowed() {
        MetricTable result = engine.runSql(
                "WITH s AS (SELECT unit, count(*) AS n FROM forms GROUP BY unit) SELECT n FROM s WHERE unit = '上海市计量测试技术研究院'");

        assertThat(result.rows()).containsExactly(List.of(5L));
    }

    @Test
    void sqlLiteralEscapesQuotesAndRefusesControlsAndGlobs() {
        assertThat(SqlLiteral.quote("it's")).isEqualTo("'it''s'");
        assertThat(SqlLiteral.quote("'); DROP VIEW forms; --")).isEqualTo("'''); DROP VIEW forms; --'");
        assertThatThrownBy(() -> SqlLiteral.quote("a\u0000b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlLiteral.quote("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlLiteral.quoteGlob("/data/*", "/**/*.parquet"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'*'");
        assertThat(SqlLiteral.quoteGlob("/data/w", "/**/*.parquet")).isEqualTo("'/data/w/**/*.parquet'");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A copy of the sample warehouse under parent, its snapshot's manifest removed (as one written before them). */
    private static Path sampleCopyWithoutManifest(Path parent) throws IOException {
        Path warehouse = parent.resolve("warehouse");
        copyTree(SampleWarehouse.path(), warehouse);
        Path forms = WarehouseLayout.tableDirectory(warehouse, WarehouseTables.FORMS).orElseThrow();
        Files.delete(forms.getParent().resolve(SnapshotManifest.FILE_NAME));
        return warehouse;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
