package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * indicator-completion and indicator-completion-by-category on the sample warehouse, figures by hand from
 * the indicator rows of data/samples/000_672dbaea54929c24.txt (lines 17–23, 42–46, 64–72, 89–95, 113–122:
 * 38 indicators, every actual reaching its target, 分值 and 得分 equal, 90 per form) and
 * 002_13d1e6413ad98fbc.txt (昌吉 2020: 得分 of the four forms add up to 88.3, 86.7, 82.8 and 89.5 of 90 each).
 */
class TestIndicatorCompletionMetric {

    private final MetricEngine engine = SampleEngine.get();

    @Test
    void shanghaiMetrologyInstitute2023() {
        MetricTable table = engine.run("indicator-completion", new MetricQuery(
                MetricFilters.NONE.withUnits("上海市计量测试技术研究院"), GroupBy.UNIT));

        Map<String, Object> row = MetricRows.only(table, "year", 2023);
        assertThat(row.get("indicators")).isEqualTo(38L);
        assertThat(row.get("unmet")).isEqualTo(0L);
        assertThat(row.get("partial")).isEqualTo(0L);
        assertThat((BigDecimal) row.get("completion_pct")).isEqualByComparingTo("100");
        assertThat((BigDecimal) row.get("weight")).isEqualByComparingTo("450");
        assertThat((BigDecimal) row.get("score")).isEqualByComparingTo("450");
        assertThat((BigDecimal) row.get("score_attainment_pct")).isEqualByComparingTo("100");
        assertThat((Long) row.get("met") + (Long) row.get("qualitative") + (Long) row.get("unknown")
                + (Long) row.get("not_applicable")).isEqualTo(38L);
    }

    @Test
    void changjiMetrologyInstitute2020() {
        MetricTable table = engine.run("indicator-completion", new MetricQuery(
                MetricFilters.NONE.withRegions("昌吉回族自治州"), GroupBy.REGION));

        Map<String, Object> row = MetricRows.only(table, "region", "昌吉回族自治州", "year", 2020);
        // unmet: 标准仪器委托检定费… 61 → 63.54 (cost, line 149), 该设备校准合格率 ≥90% → 70% (line 329),
        // 检定覆盖率 100% → 95% (line 777)
        assertThat(row.get("unmet")).isEqualTo(3L);
        // 88.3 + 86.7 + 82.8 + 89.5 = 347.3 of 4 × 90 = 360 → 96.47 %
        assertThat((BigDecimal) row.get("weight")).isEqualByComparingTo("360");
        assertThat((BigDecimal) row.get("score")).isEqualByComparingTo("347.3");
        assertThat((BigDecimal) row.get("score_attainment_pct")).isEqualByComparingTo("96.47");
    }

    @Test
    void byCategoryGivesLevelOneAndLevelTwoRows() {
        MetricTable table = engine.run("indicator-completion-by-category", new MetricQuery(
                MetricFilters.NONE.withUnits("上海市计量测试技术研究院"), GroupBy.UNIT));

        // 产出指标: 3 + 3 + 3 + 3 + 7 indicators, weights 45 + 54 + 50 + 45 + 70 = 264, all with full scores
        Map<String, Object> output = MetricRows.only(table, "category_level", 1, "level1", "产出指标");
        assertThat(output.get("indicators")).isEqualTo(19L);
        assertThat(output.get("level2")).isNull();
        assertThat((BigDecimal) output.get("weight")).isEqualByComparingTo("264");
        assertThat((BigDecimal) output.get("score_attainment_pct")).isEqualByComparingTo("100");
        // 数量指标 under 产出指标: one each in the first four forms, five in 国能中心项目经费 (lines 113–117)
        Map<String, Object> quantity = MetricRows.only(table, "category_level", 2, "level1", "产出指标", "level2", "数量指标");
        assertThat(quantity.get("indicators")).isEqualTo(9L);
        long levelOneTotal = MetricRows.where(table, "category_level", 1).stream()
                .mapToLong(r -> (Long) r.get("indicators")).sum();
        assertThat(levelOneTotal).isEqualTo(38L);
    }
}
