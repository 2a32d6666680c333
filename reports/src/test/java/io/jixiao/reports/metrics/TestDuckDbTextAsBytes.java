package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.reports.SampleWarehouse;
import io.jixiao.reports.warehouse.DuckDbWarehouse;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19: a metric's text leaves DuckDB as UTF-8 bytes and is decoded back; every metric gives the same values in
 * the same order as its SQL run as it is (ad-hoc SQL keeps the driver's own strings).
 */
class TestDuckDbTextAsBytes {

    private final DuckDbMetricEngine engine = SampleEngine.get();

    static Stream<String> metrics() {
        return MetricCatalog.load().names().stream();
    }

    @ParameterizedTest
    @MethodSource("metrics")
    void sameRowsAsTheDriversOwnStrings(String metric) {
        MetricQuery query = new MetricQuery(MetricFilters.NONE, GroupBy.REGION);
        MetricSql sql = MetricSql.expand(engine.catalog().get(metric), query);
        assertThat(sql.parameters()).isEmpty();

        MetricTable asBytes = engine.run(metric, query);
        MetricTable asStrings = engine.runSql(sql.sql());

        assertThat(asBytes.columns()).hasSameSizeAs(asStrings.columns());
        assertThat(asBytes.rows()).isEqualTo(asStrings.rows());
    }

    @Test
    void chineseTextComesBack() {
        MetricTable table = engine.run("execution-rate", new MetricQuery(MetricFilters.NONE, GroupBy.UNIT));
        List<Object> units = table.rows().stream().map(row -> row.get(table.columns().indexOf("unit"))).toList();

        assertThat(units).contains("上海市计量测试技术研究院");
    }

    @Test
    void theSameSqlWithOtherFilterValuesGivesItsOwnRows() {
        List<Object> units = engine.formValues("unit").rows().stream().map(row -> row.get(0)).toList();
        int unitsWithRows = 0;
        for (Object unit : units) {
            MetricTable table = engine.run("funds", new MetricQuery(
                    MetricFilters.NONE.withUnits((String) unit), GroupBy.UNIT));

            assertThat(table.rows()).allSatisfy(row ->
                    assertThat(row.get(table.columns().indexOf("unit"))).isEqualTo(unit));
            unitsWithRows += table.rows().isEmpty() ? 0 : 1;
        }
        assertThat(unitsWithRows).isGreaterThan(1);
    }

    @Test
    void theTextColumnsAreTheOnesReselected() throws Exception {
        MetricSql sql = MetricSql.expand(engine.catalog().get("funds"), MetricQuery.DEFAULT);
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(SampleWarehouse.path());
             PreparedStatement statement = warehouse.prepareSelect(sql.sql())) {
            DuckDbTextAsBytes transfer = DuckDbTextAsBytes.of(statement.getMetaData());

            assertThat(transfer.textColumns()).containsExactlyInAnyOrder("group_key", "side", "source");
            assertThat(transfer.applyTo(sql).sql()).startsWith("SELECT encode(\"group_key\") AS \"group_key\", \"year\", "
                    + "encode(\"side\") AS \"side\", encode(\"source\") AS \"source\", \"forms\",");
        }
    }

    @Test
    void theMetricBecomesASubqueryWithItsOrderAfter() {
        MetricSql sql = MetricSql.expand(engine.catalog().get("funds"), MetricQuery.DEFAULT)
                .page(MetricPage.first(5), MetricQuery.DEFAULT.levelColumns());
        MetricSql reselected = sql.reselect("encode(\"group_key\") AS \"group_key\"");

        assertThat(reselected.sql()).startsWith("SELECT encode(\"group_key\") AS \"group_key\"\nFROM (\n")
                .endsWith(") metric\nORDER BY group_key NULLS LAST, year, side, source\nLIMIT ?");
        assertThat(reselected.parameters()).isEqualTo(sql.parameters());
    }
}
