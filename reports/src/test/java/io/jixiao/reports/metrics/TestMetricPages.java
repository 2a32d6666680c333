package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 19: a page of a listing is fetched alone (LIMIT in the SQL), and its rows are counted by the engine. */
class TestMetricPages {

    private final MetricEngine engine = SampleEngine.get();

    static Stream<String> metrics() {
        return MetricCatalog.load().names().stream();
    }

    @Test
    void aPageIsTheFirstRowsOfTheListing() {
        MetricTable all = engine.run("shortfalls", MetricQuery.DEFAULT);
        MetricTable page = engine.run("shortfalls", MetricQuery.DEFAULT, MetricPage.first(3));

        assertThat(all.rows()).hasSizeGreaterThan(3);
        assertThat(page.columns()).isEqualTo(all.columns());
        assertThat(page.rows()).hasSize(3).isEqualTo(all.rows().subList(0, 3));
        assertThat(engine.count("shortfalls", MetricQuery.DEFAULT)).isEqualTo(all.rows().size());
    }

    @Test
    void aSortedPageIsTheFirstRowsOfTheSortedListing() {
        MetricTable all = engine.run("shortfalls", MetricQuery.DEFAULT);
        for (String sort : new String[] {"-score", "weight", "-line", "unit"}) {
            MetricTable page = engine.run("shortfalls", MetricQuery.DEFAULT, MetricPage.first(4).sortedBy(sort));

            assertThat(page.rows()).as(sort).hasSize(4).isEqualTo(all.sortedBy(sort).rows().subList(0, 4));
        }
    }

    @Test
    void theLimitAndItsValueGoIntoTheSql() {
        MetricSql sql = MetricSql.expand(MetricCatalog.load().get("shortfalls"), new MetricQuery(
                MetricFilters.NONE.withYears(2023), GroupBy.UNIT)).page(MetricPage.first(50), MetricQuery.DEFAULT
                .levelColumns());

        assertThat(sql.sql()).endsWith("\nLIMIT ?");
        assertThat(sql.parameters()).containsExactly(2023, 50);
    }

    @ParameterizedTest
    @MethodSource("metrics")
    void everyMetricCountsItsRowsAndPagesThem(String metric) {
        MetricQuery query = new MetricQuery(MetricFilters.NONE, GroupBy.REGION);
        MetricTable all = engine.run(metric, query);

        assertThat(engine.count(metric, query)).isEqualTo(all.rows().size());
        assertThat(engine.run(metric, query, MetricPage.first(2)).rows())
                .isEqualTo(all.rows().subList(0, Math.min(2, all.rows().size())));
    }

    @Test
    void aSortIsAColumnNameAndNothingElse() {
        assertThatThrownBy(() -> engine.run("shortfalls", MetricQuery.DEFAULT,
                MetricPage.first(5).sortedBy("score; DROP VIEW forms")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column name");
        assertThatThrownBy(() -> MetricPage.first(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
