package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * data-quality and data-quality-league on the sample warehouse. By hand from data/samples/002_13d1e6413ad98fbc.txt
 * (Changji 2020, 4 forms), warnings: two totals that differ from 10 + Σ 得分 (成本性支出 98.8 vs 98.3;
 * 设备购置及维护 98.2 vs 92.8) and three scores below their weight with "/" for a reason (lines 149–154,
 * 179–184, 547–553) — 5 warnings in 2 forms; info: no 评分等级 on any of the 4 forms, and an empty 年初预算数
 * on 设备购置及维护's total row (line 449) — 5 in 4 forms. The Shanghai and Jiangsu forms raise none:
 * 000 仪器设备购置经费 states no execution weight, so its total (99.95) is not recomputed.
 */
class TestDataQualityMetric {

    private final MetricEngine engine = SampleEngine.get();

    @Test
    void findingsPerRuleErrorsFirst() {
        MetricTable table = engine.run("data-quality", new MetricQuery(
                MetricFilters.NONE.withUnits("昌吉回族自治州计量检定所"), GroupBy.UNIT));

        assertThat(table.column("rule")).containsExactly("deduction_without_reason", "total_score_mismatch",
                "grade_missing", "initial_budget_missing");
        Map<String, Object> totals = MetricRows.only(table, "rule", "total_score_mismatch");
        assertThat(totals.get("severity")).isEqualTo("warning");
        assertThat(totals.get("findings")).isEqualTo(2L);
        assertThat(totals.get("forms")).isEqualTo(2L);
        Map<String, Object> deductions = MetricRows.only(table, "rule", "deduction_without_reason");
        assertThat(deductions.get("findings")).isEqualTo(3L);
        assertThat(deductions.get("forms")).isEqualTo(2L);
        Map<String, Object> grades = MetricRows.only(table, "rule", "grade_missing");
        assertThat(grades.get("severity")).isEqualTo("info");
        assertThat(grades.get("findings")).isEqualTo(4L);
        assertThat(grades.get("forms")).isEqualTo(4L);
    }

    @Test
    void leagueTableIncludesCleanUnits() {
        MetricTable table = engine.run("data-quality-league", MetricQuery.DEFAULT);

        Map<String, Object> changji = MetricRows.only(table, "unit", "昌吉回族自治州计量检定所", "year", 2020);
        assertThat(changji.get("place")).isEqualTo(1L);
        assertThat(changji.get("forms")).isEqualTo(4L);
        assertThat(changji.get("errors")).isEqualTo(0L);
        assertThat(changji.get("warnings")).isEqualTo(5L);
        assertThat(changji.get("findings")).isEqualTo(10L);
        Map<String, Object> shanghai = MetricRows.only(table, "unit", "上海市计量测试技术研究院", "year", 2023);
        assertThat(shanghai.get("findings")).isEqualTo(0L);
        assertThat(shanghai.get("forms")).isEqualTo(5L);
        Map<String, Object> jiangsu = MetricRows.only(table, "unit", "江苏省计量科学研究院（江苏省能源计量数据中心）", "year", 2023);
        assertThat(jiangsu.get("findings")).isEqualTo(0L);
        assertThat(jiangsu.get("forms")).isEqualTo(9L);
    }
}
