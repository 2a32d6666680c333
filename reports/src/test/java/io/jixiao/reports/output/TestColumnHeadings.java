package io.jixiao.reports.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.SampleEngine;
import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** columns.tsv and titles.tsv cover what the metrics output, on the real sample warehouse. */
class TestColumnHeadings {

    private static final DuckDbMetricEngine engine = SampleEngine.get();

    static Stream<Arguments> metricsAndGroupings() {
        return MetricCatalog.load().names().stream().flatMap(metric -> Stream.of(GroupBy.values())
                .map(by -> Arguments.of(metric, by)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("metricsAndGroupings")
    void everyColumnAMetricOutputsHasAHeadingAndAKind(String metric, GroupBy by) {
        MetricTable table = engine.run(metric, new MetricQuery(MetricFilters.NONE, by));

        assertThat(table.columns()).allSatisfy(column -> assertThat(OutputColumns.get().find(column))
                .as("%s outputs %s: give it a row in columns.tsv", metric, column).isPresent());
    }

    @Test
    void everyMetricHasAChineseSheetNameExcelTakes() {
        List<String> titles = MetricCatalog.load().names().stream()
                .map(metric -> OutputColumns.get().title(metric).orElseThrow(() -> new AssertionError(metric
                        + " has no title in titles.tsv")))
                .toList();

        assertThat(titles).doesNotHaveDuplicates().allSatisfy(title -> {
            assertThat(title).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[:\\\\/?*\\[\\]]");
            assertThat(XlsxWorkbook.sheetName(title)).isEqualTo(title);
            assertThat(title.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                    .as(title).isTrue();
        });
    }

    @Test
    void chineseHeadingsCarryTheUnitOfTheirKind() {
        for (OutputColumn column : OutputColumns.get().all()) {
            String unit = switch (column.kind()) {
                case AMOUNT -> "（万元）";
                case RATE -> "（%）";
                case POINTS -> "（百分点）";
                default -> null;
            };
            if (unit != null) {
                assertThat(column.chineseHeading()).as(column.name()).endsWith(unit);
            }
            assertThat(column.chineseHeading()).as(column.name()).isNotBlank().doesNotContain("\t");
        }
        assertThat(Headers.ZH.heading("full_year_budget")).isEqualTo("全年预算数（万元）");
        assertThat(Headers.EN.heading("full_year_budget")).isEqualTo("full_year_budget");
        assertThat(Headers.ZH.heading("made_up_by_sql")).isEqualTo("made_up_by_sql");
    }
}
