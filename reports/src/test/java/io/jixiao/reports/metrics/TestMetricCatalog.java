package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.schema.warehouse.TargetDrift;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TestMetricCatalog {

    private static final MetricCatalog CATALOG = MetricCatalog.load();

    static Stream<String> metrics() {
        return CATALOG.names().stream();
    }

    @Test
    void everySqlFileIsListed() throws IOException, URISyntaxException {
        Path folder = Path.of(MetricCatalog.class.getResource(MetricCatalog.FOLDER + MetricCatalog.INDEX).toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> onDisk = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".sql")).map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            assertThat(CATALOG.names()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
        assertThat(CATALOG.names()).contains("execution-rate", "funds", "indicator-completion",
                "indicator-completion-by-category", "scores", "shortfalls", "targets", "targets-by-category",
                "target-drift", "target-drift-listing", "data-quality", "data-quality-league");
    }

    @ParameterizedTest
    @MethodSource("metrics")
    void everyMetricHasADescription(String name) {
        MetricDefinition metric = CATALOG.get(name);

        assertThat(metric.description()).isNotBlank().doesNotContain("\n");
        assertThat(metric.template()).startsWith("-- description: " + metric.description());
        assertThat(metric.template()).as("its parts taken in").doesNotContain("{{part:");
    }

    @ParameterizedTest
    @MethodSource("metrics")
    void everyMetricRunsForEveryGrouping(String name) {
        for (GroupBy groupBy : GroupBy.values()) {
            MetricTable table = SampleEngine.get().run(name, new MetricQuery(
                    MetricFilters.NONE.withYears(2020, 2023, 2024), groupBy));

            assertThat(table.columns()).as(name + " by " + groupBy).contains(groupBy.column(), "year");
            assertThat(table.columns()).doesNotContain(DuckDbMetricEngine.GROUP_KEY);
        }
    }

    @ParameterizedTest
    @MethodSource("metrics")
    void everyMetricReturnsRowsOnTheSamples(String name) {
        // target-drift has no pair in the samples (TestTargetDriftMetric): its rows come from a made-up pair
        if (!name.startsWith("target-drift")) {
            assertThat(SampleEngine.get().run(name, MetricQuery.DEFAULT).rows()).as(name).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(GroupBy.class)
    void groupByParsesItsColumnName(GroupBy groupBy) {
        assertThat(GroupBy.parse(" " + groupBy.column().toUpperCase() + " ")).isEqualTo(groupBy);
    }

    @Test
    void unknownNamesAreRefused() {
        assertThatThrownBy(() -> CATALOG.get("nope")).hasMessageContaining("execution-rate");
        assertThatThrownBy(() -> GroupBy.parse("unit; DROP VIEW forms")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Issue 17: a metric with a change against the previous year filters its result rows by year, last. */
    @Test
    void theYearsOfAMetricComparingYearsFilterItsResultRows() {
        MetricSql sql = MetricSql.expand(CATALOG.get("execution-rate"), new MetricQuery(
                MetricFilters.NONE.withYears(2024).withUnits("a"), GroupBy.UNIT));

        assertThat(sql.sql()).contains("f.unit IN (?)", "WHERE (1 = 1 AND year IN (?))").doesNotContain("f.year IN")
                .doesNotContain("{{");
        assertThat(sql.parameters()).containsExactly("a", 2024);
    }

    @Test
    void theDriftCountsAndTheirListingShareOneDefinition() {
        String compared = MetricCatalog.withParts("{{part:target-drift-compared}}");

        assertThat(compared).contains("compared AS (", "'changed'");
        // the counts read the drift the ingest stored per pair by the same definition (TargetDrift.pairsSql)
        assertThat(TargetDrift.pairsSql()).contains(compared.replace("{{group}}", "''")
                .replace("{{filter}}", "(1 = 1)"));
        assertThat(CATALOG.get("target-drift").template()).contains("FROM target_drift d")
                .doesNotContain("'changed'");
        assertThat(CATALOG.get("target-drift-listing").template()).contains(compared);
        assertThat(CATALOG.get("target-drift").hasTotals()).isTrue();
        assertThat(CATALOG.get("target-drift-listing").hasTotals()).isFalse();
    }

    @Test
    void aFileWithoutDescriptionIsRefusedWithItsName() {
        assertThatThrownBy(() -> MetricCatalog.parse("broken", "SELECT 1\n"))
                .hasMessageContaining("broken.sql, line 1");
    }

    @Test
    void filtersBecomeOnePlaceholderPerValue() {
        MetricQuery query = new MetricQuery(
                MetricFilters.NONE.withYears(2023, 2024).withUnits("a", "b", "c").withKinds("project_self_evaluation"),
                GroupBy.DEPARTMENT);
        MetricSql sql = MetricSql.expand(CATALOG.get("scores"), query);

        assertThat(sql.sql()).contains("f.year IN (?, ?)", "f.unit IN (?, ?, ?)", "f.kind IN (?)", "f.department AS group_key")
                .doesNotContain("{{");
        assertThat(sql.parameters()).containsExactly(2023, 2024, "a", "b", "c", "project_self_evaluation");
        assertThat(sql.sql().chars().filter(c -> c == '?').count()).isEqualTo(6);

        // funds reads its lines alone, aliased l: the group and filters take the lines' copies of their forms' columns
        MetricSql lines = MetricSql.expand(CATALOG.get("funds"), query);

        assertThat(lines.sql()).contains("l.year IN (?, ?)", "l.form_unit IN (?, ?, ?)", "l.form_kind IN (?)",
                "l.form_department AS group_key").doesNotContain("{{", "JOIN forms");
        assertThat(lines.parameters()).isEqualTo(sql.parameters());
    }

    @Test
    void aRegionFilterOnTheLinesLooksInTheCopiesOfEveryLevel() {
        MetricSql sql = MetricSql.expand(CATALOG.get("indicator-completion"), new MetricQuery(
                MetricFilters.NONE.withRegions("浙江省"), GroupBy.AGENCY));

        assertThat(sql.sql()).contains("(i.form_region IN (?) OR i.form_province IN (?) OR i.form_prefecture IN (?) OR "
                + "i.form_county IN (?))", "i.form_agency AS group_key");
        assertThat(sql.parameters()).containsExactly("浙江省", "浙江省", "浙江省", "浙江省");
    }
}
