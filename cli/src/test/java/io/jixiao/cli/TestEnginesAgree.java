package io.jixiao.cli;

import io.jixiao.cli.engine.SparkMetricEngine;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.MetricPage;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.corpus.generate.CorpusGenerator;
import io.jixiao.corpus.generate.CorpusOptions;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.SnapshotManifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every metric, by every kind of grouping, gives the same table on DuckDB and on Spark SQL over the same Parquet. */
class TestEnginesAgree {

    private static DuckDbMetricEngine duckdb;
    private static SparkMetricEngine spark;

    @BeforeAll
    static void open() {
        duckdb = DuckDbMetricEngine.open(SampleWarehouse.path());
        // not closed by the test: the Spark session is shared by the JVM's tests
        spark = new SparkMetricEngine(SampleWarehouse.spark(), SampleWarehouse.path().toString());
    }

    @AfterAll
    static void close() {
        duckdb.close();
    }

    /**
     * Each metric by three groupings, rotating through {@link GroupBy} so that every grouping meets three or four
     * metrics. The grouping is one column of the forms view put into the same place of every metric's SQL, so the
     * full product (120 Spark queries, two thirds of this test's time) would check that substitution again and again.
     */
    static Stream<Arguments> metricsAndGroupings() {
        List<String> metrics = MetricCatalog.load().names();
        GroupBy[] groupings = GroupBy.values();
        return IntStream.range(0, metrics.size()).boxed().flatMap(i -> IntStream.of(0, 3, 6)
                .mapToObj(step -> Arguments.of(metrics.get(i), groupings[(i + step) % groupings.length])));
    }

    @Test
    void theGroupingsTestedCoverEveryGroupingAndMetric() {
        List<Arguments> tested = metricsAndGroupings().toList();
        assertThat(tested.stream().map(arguments -> arguments.get()[1]).distinct())
                .containsExactlyInAnyOrder((Object[]) GroupBy.values());
        assertThat(tested.stream().map(arguments -> arguments.get()[0]).distinct())
                .containsExactlyElementsOf(MetricCatalog.load().names());
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("metricsAndGroupings")
    void sameResultOnBothEngines(String metric, GroupBy by) {
        MetricQuery query = new MetricQuery(MetricFilters.NONE, by);
        MetricTable onDuckDb = duckdb.run(metric, query);
        MetricTable onSpark = spark.run(metric, query);

        assertThat(onSpark.columns()).isEqualTo(onDuckDb.columns());
        assertThat(normalized(onSpark)).isEqualTo(normalized(onDuckDb));
    }

    @ParameterizedTest(name = "{0} filtered")
    @MethodSource("io.jixiao.cli.TestEnginesAgree#metrics")
    void sameResultWithFilters(String metric) {
        MetricQuery query = new MetricQuery(MetricFilters.NONE.withYears(2020, 2023)
                .withUnits("昌吉回族自治州计量检定所", "上海市计量测试技术研究院", "x' OR '1'='1"), GroupBy.UNIT);
        assertThat(normalized(spark.run(metric, query))).isEqualTo(normalized(duckdb.run(metric, query)));
    }

    /** Issue 17: groups within outer ones (--by region,agency), a single year selected (its change kept). */
    @ParameterizedTest(name = "{0} by region,agency in 2024")
    @MethodSource("io.jixiao.cli.TestEnginesAgree#metrics")
    void sameResultWithinOuterGroups(String metric) {
        MetricQuery query = MetricQuery.of(MetricFilters.NONE.withYears(2024), List.of(GroupBy.REGION, GroupBy.AGENCY));
        MetricTable onDuckDb = duckdb.run(metric, query);
        MetricTable onSpark = spark.run(metric, query);

        assertThat(onSpark.columns()).isEqualTo(onDuckDb.columns()).contains("region", "agency");
        assertThat(normalized(onSpark)).isEqualTo(normalized(onDuckDb));
    }

    /**
     * Issue 19: a page of a listing, in its own order (every other metric) or sorted (the others), and the count of
     * its rows.
     */
    @ParameterizedTest(name = "a page of {0}, sorted: {1}")
    @MethodSource("io.jixiao.cli.TestEnginesAgree#metricsPagedInOrderOrSorted")
    void samePageAndCountOnBothEngines(String metric, boolean sorted) {
        MetricQuery query = new MetricQuery(MetricFilters.NONE, GroupBy.UNIT);
        MetricPage page = sorted ? MetricPage.first(5).sortedBy("-year") : MetricPage.first(5);
        assertThat(normalized(spark.run(metric, query, page))).as(page.toString())
                .isEqualTo(normalized(duckdb.run(metric, query, page)));
        assertThat(spark.count(metric, query)).isEqualTo(duckdb.count(metric, query));
    }

    static Stream<Arguments> metricsPagedInOrderOrSorted() {
        List<String> metrics = MetricCatalog.load().names();
        return IntStream.range(0, metrics.size()).mapToObj(i -> Arguments.of(metrics.get(i), i % 2 == 1));
    }

    /**
     * The samples pair no target table with a self-evaluation: the drift counts and listing (and a page of it) are
     * compared on a small generated corpus (1 region × 2 units, 2023), whose target tables and self-evaluations pair
     * and differ; then the sample views come back.
     */
    @Test
    void sameTargetDriftOnGeneratedPairs(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("corpus");
        Path warehouse = temp.resolve("warehouse");
        new CorpusGenerator().generate(corpus, new CorpusOptions(1, 2, 2023, 2023, 19), false);
        new IngestJob(SampleWarehouse.spark()).run(new IngestOptions(List.of(corpus.resolve("documents").toString()),
                warehouse.toString(), true), IngestProgress.SILENT);
        try (DuckDbMetricEngine pairDuckDb = DuckDbMetricEngine.open(warehouse)) {
            SparkMetricEngine pairSpark = new SparkMetricEngine(SampleWarehouse.spark(), warehouse.toString());
            MetricTable counts = pairDuckDb.run("target-drift", MetricQuery.DEFAULT);
            MetricTable listing = pairDuckDb.run("target-drift-listing", MetricQuery.DEFAULT);

            assertThat(counts.column("pairs")).isNotEmpty().allSatisfy(n -> assertThat((Long) n).isPositive());
            assertThat(listing.rows()).hasSizeGreaterThan(3);
            assertThat(normalized(pairSpark.run("target-drift", MetricQuery.DEFAULT))).isEqualTo(normalized(counts));
            assertThat(normalized(pairSpark.run("target-drift-listing", MetricQuery.DEFAULT)))
                    .isEqualTo(normalized(listing));
        } finally {
            spark = new SparkMetricEngine(SampleWarehouse.spark(), SampleWarehouse.path().toString());
        }
    }

    /**
     * Issue 19: over fund lines and indicators of 2023 written before the copies of their forms' columns (as a
     * warehouse ingested before them holds them), the views of both engines give those lines their forms' columns:
     * the metrics that read the copies give, by agency and by region, the figures of the warehouse written whole.
     */
    @Test
    void sameResultOverLinesWrittenBeforeTheCopiesOfTheirFormsColumns(@TempDir Path temp) throws Exception {
        Path warehouse = WarehouseCopies.copy(SampleWarehouse.path(), temp.resolve("warehouse"));
        try (Stream<Path> manifests = Files.walk(warehouse.resolve("snapshots"))) {
            for (Path manifest : manifests.filter(f -> f.getFileName().toString().equals(SnapshotManifest.FILE_NAME))
                    .toList()) {
                Files.delete(manifest);  // as a snapshot written before manifests: its files may be rewritten
            }
        }
        List<Path> older;
        try (Stream<Path> files = Files.walk(warehouse.resolve("snapshots"))) {
            older = files.filter(f -> f.toString().endsWith(".parquet") && f.toString().contains("/year=2023/")
                    && (f.toString().contains("/funds/") || f.toString().contains("/indicators/"))).toList();
        }
        assertThat(older).hasSizeGreaterThanOrEqualTo(2);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (Path file : older) {
                Path rewritten = temp.resolve("older.parquet");
                statement.execute("COPY (SELECT * EXCLUDE (" + String.join(", ", FormColumnCopies.names())
                        + ") FROM read_parquet('" + file + "')) TO '" + rewritten + "' (FORMAT parquet)");
                Files.move(rewritten, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (DuckDbMetricEngine olderDuckDb = DuckDbMetricEngine.open(warehouse)) {
            SparkMetricEngine olderSpark = new SparkMetricEngine(SampleWarehouse.spark(), warehouse.toString());
            for (String metric : List.of("funds", "indicator-completion", "indicator-completion-by-category",
                    "targets-by-category")) {
                for (GroupBy by : List.of(GroupBy.AGENCY, GroupBy.REGION)) {
                    MetricQuery query = new MetricQuery(MetricFilters.NONE, by);
                    List<String> whole = normalized(duckdb.run(metric, query));
                    assertThat(whole).as(metric + " by " + by).isNotEmpty();
                    assertThat(normalized(olderDuckDb.run(metric, query))).as(metric + " by " + by + ", DuckDB")
                            .isEqualTo(whole);
                    assertThat(normalized(olderSpark.run(metric, query))).as(metric + " by " + by + ", Spark SQL")
                            .isEqualTo(whole);
                }
            }
        } finally {
            spark = new SparkMetricEngine(SampleWarehouse.spark(), SampleWarehouse.path().toString());
        }
    }

    static Stream<String> metrics() {
        return MetricCatalog.load().names().stream();
    }

    /** Rows as text, numbers compared by value to 6 decimals (engines type averages differently). */
    private static List<String> normalized(MetricTable table) {
        return table.rows().stream().map(row -> row.stream().map(TestEnginesAgree::text).toList().toString())
                .toList();
    }

    private static String text(Object value) {
        if (value instanceof Number number && !(value instanceof Integer || value instanceof Long)) {
            BigDecimal decimal = new BigDecimal(number.toString()).setScale(6, RoundingMode.HALF_UP);
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Integer || value instanceof Long) {
            return new BigDecimal(value.toString()).toPlainString();
        }
        return String.valueOf(value);
    }
}
