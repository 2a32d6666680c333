package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * shortfalls on the sample warehouse. By hand from data/samples/002_13d1e6413ad98fbc.txt: the indicators whose
 * 得分 is below 分值 start (first non-empty cell of the row) at lines 149 (3.8 of 5), 179 (9.5 of 10), 328 (7.7 of 10),
 * 338 (9 of 10), 547 (9 of 10), 557 (4 of 5), 578 (4.8 of 10), 776 (9.5 of 10); of them 328 (≥90% → 70%) and 776 miss
 * their target, with the reasons in the last column. No project executed below 90 %.
 */
class TestShortfallsMetric {

    private final MetricEngine engine = SampleEngine.get();

    @Test
    void changjiShortfallsWithReasons() {
        MetricTable table = engine.run("shortfalls", new MetricQuery(
                MetricFilters.NONE.withUnits("昌吉回族自治州计量检定所"), GroupBy.UNIT));

        assertThat(table.rows()).hasSize(8);
        assertThat(MetricRows.where(table, "shortfall", "low_execution")).isEmpty();
        Map<String, Object> calibration = MetricRows.only(table, "indicator", "该设备校准合格率（%）");
        assertThat(calibration.get("shortfall")).isEqualTo("unmet_indicator");
        assertThat(calibration.get("project")).isEqualTo("琴键开关式低热电势扫描开关");
        assertThat(calibration.get("reason")).isEqualTo("自编校准方法已经申请备案");
        assertThat(calibration.get("line")).isEqualTo(328);
        // issue 18: every row names the document it was read from
        assertThat(table.column("file")).containsOnly("002_13d1e6413ad98fbc.txt");
        Map<String, Object> coverage = MetricRows.only(table, "project", "劳务费支出", "indicator", "检定覆盖率（%）");
        assertThat(coverage.get("shortfall")).isEqualTo("unmet_indicator");
        assertThat(coverage.get("reason")).isEqualTo("因疫情原因未覆盖完全");
        List<Map<String, Object>> equipment = MetricRows.where(table, "project", "设备购置及维护");
        assertThat(equipment).extracting(r -> r.get("line")).containsExactly(547, 557, 578);
    }

    @Test
    void shanghaiMetrologyInstituteHasNone() {
        MetricTable table = engine.run("shortfalls", new MetricQuery(
                MetricFilters.NONE.withUnits("上海市计量测试技术研究院"), GroupBy.UNIT));

        assertThat(table.rows()).isEmpty();
        assertThat(table.columns()).contains("unit", "project", "shortfall", "indicator", "reason", "execution_rate");
    }
}
