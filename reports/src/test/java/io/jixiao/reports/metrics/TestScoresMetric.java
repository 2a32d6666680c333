package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * scores on the sample warehouse. By hand: data/samples/000_672dbaea54929c24.txt states totals 99.43, 99.95,
 * 99.92, 99.94, 99.91 and grade 优 five times (lines 24–25, 47–48, 73–74, 96–97, 123–124).
 * 002_13d1e6413ad98fbc.txt states totals 98.8, 96.7, 98.2, 99.5 (lines 218, 410, 649, 856) and no grade;
 * 10 for execution plus the indicator scores gives 98.3, 96.7, 92.8, 99.5: two totals do not add up.
 */
class TestScoresMetric {

    private final MetricEngine engine = SampleEngine.get();

    @Test
    void shanghaiMetrologyInstitute2023() {
        MetricTable table = engine.run("scores", new MetricQuery(
                MetricFilters.NONE.withUnits("上海市计量测试技术研究院"), GroupBy.UNIT));

        Map<String, Object> row = MetricRows.only(table, "year", 2023);
        assertThat(row.get("forms")).isEqualTo(5L);
        // (99.43 + 99.95 + 99.92 + 99.94 + 99.91) / 5 = 99.83
        assertThat((BigDecimal) row.get("average_total")).isEqualByComparingTo("99.83");
        assertThat((BigDecimal) row.get("lowest_total")).isEqualByComparingTo("99.43");
        assertThat((BigDecimal) row.get("highest_total")).isEqualByComparingTo("99.95");
        assertThat(row.get("grade_excellent")).isEqualTo(5L);
        assertThat(row.get("grade_good")).isEqualTo(0L);
        assertThat(row.get("grade_fair")).isEqualTo(0L);
        assertThat(row.get("grade_poor")).isEqualTo(0L);
        assertThat(row.get("grade_mismatches")).isEqualTo(0L);
        // 仪器设备购置经费 states no execution score: 10 × 159.30 / 160.00 = 9.96, + 90 = 99.96, stated 99.95
        assertThat(row.get("total_mismatches")).isEqualTo(1L);
        assertThat(row.get("inflated_indicators")).isEqualTo(0L);
    }

    @Test
    void changjiTotalsThatDoNotAddUp() {
        MetricTable table = engine.run("scores", new MetricQuery(
                MetricFilters.NONE.withUnits("昌吉回族自治州计量检定所"), GroupBy.UNIT));

        Map<String, Object> row = MetricRows.only(table, "year", 2020);
        assertThat(row.get("forms")).isEqualTo(4L);
        // (98.8 + 96.7 + 98.2 + 99.5) / 4 = 98.30
        assertThat((BigDecimal) row.get("average_total")).isEqualByComparingTo("98.30");
        assertThat((BigDecimal) row.get("lowest_total")).isEqualByComparingTo("96.7");
        assertThat((BigDecimal) row.get("highest_total")).isEqualByComparingTo("99.5");
        assertThat(row.get("grade_missing")).isEqualTo(4L);
        assertThat(row.get("grade_excellent")).isEqualTo(0L);
        // 成本性支出 98.8 vs 98.3, 设备购置及维护 98.2 vs 92.8
        assertThat(row.get("total_mismatches")).isEqualTo(2L);
        // the unmet indicators (lines 149, 329, 777) lost points: none has a full score
        assertThat(row.get("inflated_indicators")).isEqualTo(0L);
    }

    @Test
    void gradesByProject() {
        MetricTable table = engine.run("scores", new MetricQuery(MetricFilters.NONE.withYears(2024), GroupBy.PROJECT));

        // 003: six projects of 2024, each graded 优; 研发平台网络运行保障 totals 100.00 (line 125)
        assertThat(table.rows()).hasSize(6);
        Map<String, Object> row = MetricRows.only(table, "project", "研发平台网络运行保障");
        assertThat((BigDecimal) row.get("average_total")).isEqualByComparingTo("100");
        assertThat(row.get("grade_excellent")).isEqualTo(1L);
    }
}
