package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * targets and targets-by-category on the sample warehouse, by hand from data/samples/001_8565ebd750e095f3.txt:
 * 计量检验检测能力提升经费 (lines 177–231): one expense line 1800 of 3600 (line 198), 29 indicators;
 * 信息化运行维护经费 (lines 528–587): expense lines 18/44.78, 11.5/34.52, 12/24, 13/40.2 (lines 549–552),
 * 54.5 of 143.5 = 37.98 %, 31 indicators.
 */
class TestTargetsMetric {

    private final MetricEngine engine = SampleEngine.get();

    @Test
    void halfYearPlannedExecution() {
        MetricTable table = engine.run("targets", new MetricQuery(MetricFilters.NONE.withYears(2023), GroupBy.PROJECT));

        Map<String, Object> capability = MetricRows.only(table, "project", "计量检验检测能力提升经费");
        assertThat(capability.get("target_forms")).isEqualTo(1L);
        assertThat(capability.get("indicators")).isEqualTo(29L);
        assertThat((BigDecimal) capability.get("expense_full_year_budget")).isEqualByComparingTo("3600");
        assertThat((BigDecimal) capability.get("expense_half_year_plan")).isEqualByComparingTo("1800");
        assertThat((BigDecimal) capability.get("half_year_plan_pct")).isEqualByComparingTo("50.00");

        Map<String, Object> operations = MetricRows.only(table, "project", "信息化运行维护经费");
        assertThat(operations.get("indicators")).isEqualTo(31L);
        assertThat((BigDecimal) operations.get("expense_full_year_budget")).isEqualByComparingTo("143.5");
        assertThat((BigDecimal) operations.get("expense_half_year_plan")).isEqualByComparingTo("54.5");
        assertThat((BigDecimal) operations.get("half_year_plan_pct")).isEqualByComparingTo("37.98");

        assertThat(table.column("project")).doesNotContain("时频实验室运维经费");
    }

    @Test
    void indicatorsByLevelOneCategory() {
        MetricTable table = engine.run("targets-by-category", new MetricQuery(MetricFilters.NONE, GroupBy.PROJECT));

        // 信息化运行维护经费: 决策 6 (557–562), 过程 5 (563–567), 成本 5 (568–572), 产出指标 10 (573–582),
        // 效益 4 (583–586), 满意度 1 (587)
        assertThat(MetricRows.only(table, "project", "信息化运行维护经费", "level1", "决策").get("indicators")).isEqualTo(6L);
        assertThat(MetricRows.only(table, "project", "信息化运行维护经费", "level1", "成本").get("indicators")).isEqualTo(5L);
        assertThat(MetricRows.only(table, "project", "信息化运行维护经费", "level1", "产出指标").get("indicators")).isEqualTo(10L);
        assertThat(MetricRows.only(table, "project", "信息化运行维护经费", "level1", "满意度").get("indicators")).isEqualTo(1L);
        // 计量检验检测能力提升经费: 产出指标 11 (215–225), 效益 5 (226–230)
        assertThat(MetricRows.only(table, "project", "计量检验检测能力提升经费", "level1", "产出指标").get("indicators")).isEqualTo(11L);
        assertThat(MetricRows.only(table, "project", "计量检验检测能力提升经费", "level1", "效益").get("indicators")).isEqualTo(5L);
    }
}
