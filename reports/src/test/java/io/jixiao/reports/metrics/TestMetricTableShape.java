package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: a composite group key split into a column per level; rows sorted by a column, empty values last. */
class TestMetricTableShape {

    @Test
    void aCompositeKeyBecomesAColumnPerLevelAnEmptyLevelNull() {
        String key = "浙江省" + MetricSql.LEVEL_SEPARATOR + "浙江省水文总站";
        String noRegion = MetricSql.LEVEL_SEPARATOR + "某单位";
        MetricTable table = ResultTables.of(List.of("group_key", "year", "forms"),
                List.of(Arrays.asList(key, 2022, 3L), Arrays.asList(noRegion, 2022, 1L)), List.of("region", "agency"));

        assertThat(table.columns()).containsExactly("region", "agency", "year", "forms");
        assertThat(table.rows()).containsExactly(List.of("浙江省", "浙江省水文总站", 2022, 3L),
                Arrays.asList(null, "某单位", 2022, 1L));
    }

    @Test
    void aLevelTheMetricListsItselfIsNotRepeated() {
        MetricTable table = ResultTables.of(List.of("group_key", "unit", "project"),
                List.of(List.of("a" + MetricSql.LEVEL_SEPARATOR + "p", "u", "p")), List.of("agency", "project"));

        assertThat(table.columns()).containsExactly("agency", "unit", "project");
        assertThat(table.rows().get(0)).containsExactly("a", "u", "p");
    }

    @Test
    void rowsSortByNumbersAsNumbersEmptyValuesLastEitherWay() {
        MetricTable table = new MetricTable(List.of("agency", "execution_rate"), List.of(
                Arrays.asList("a", new BigDecimal("99.5")), Arrays.asList("b", null), Arrays.asList("c", 100L),
                Arrays.asList("d", new BigDecimal("9.75"))));

        assertThat(table.sortedBy("-execution_rate").column("agency")).containsExactly("c", "a", "d", "b");
        assertThat(table.sortedBy("execution_rate").column("agency")).containsExactly("d", "a", "c", "b");
        assertThat(table.sortedBy("-agency").column("agency")).containsExactly("d", "c", "b", "a");
    }
}
