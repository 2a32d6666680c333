package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Filter values are data: SQL in them matches nothing and changes nothing. */
class TestSqlInjection {

    @ParameterizedTest
    @ValueSource(strings = {
        "x' OR '1'='1",
        "'); DROP VIEW forms; --",
        "上海市计量测试技术研究院' OR unit IS NOT NULL --",
        "\\'; COPY forms TO '/tmp/jixiao-injected.csv'; --",
    })
    void hostileFilterValuesMatchNothingAndBreakNothing(String hostile) {
        MetricEngine engine = SampleEngine.get();
        for (String metric : MetricCatalog.load().names()) {
            MetricTable byUnit = engine.run(metric, new MetricQuery(MetricFilters.NONE.withUnits(hostile), GroupBy.UNIT));
            MetricTable byRegion = engine.run(metric, new MetricQuery(
                    MetricFilters.NONE.withRegions(hostile).withDepartments(hostile).withKinds(hostile), GroupBy.REGION));

            assertThat(byUnit.rows()).as(metric).isEmpty();
            assertThat(byRegion.rows()).as(metric).isEmpty();
        }
        assertThat(engine.runSql("SELECT count(*) AS n FROM forms").rows()).containsExactly(List.of(17L));
        assertThat(engine.run("execution-rate", MetricQuery.DEFAULT).rows()).hasSize(3);
        assertThat(Path.of("/tmp/jixiao-injected.csv")).doesNotExist();
    }
}
