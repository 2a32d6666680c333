package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * data-quality and data-quality-league on the sample warehouse. By hand from data/samples/002_13d1e6413ad98fbc.txt:
 * two totals that differ from 10 + Σ 得分 (成本性支出 98.8 vs 98.3, line 218; 设备购置及维护 98.2 vs 92.8, line 649)
 * and three scores below their weight with "/" for a reason (lines 149–154, 179–184, 548–553);
 * 000_672dbaea54929c24.txt 仪器设备购置经费 states 99.95 (line 47) where 10 × 159.30 / 160.00 + 90 = 99.96. RULE NAMES are those of the transcription: when SampleWarehouse becomes a real ingest,
 * align them with the ingest's rules (the counts stay).
 */
class TestDataQualityMetric {

    private final MetricEngine engine = SampleEngine.get();

    @Test
    void findingsPerRuleErrorsFirst() {
        MetricTable table = engine.run("data-quality", new MetricQuery(
                MetricFilters.NONE.withUnits("昌吉回族自治州计量检定所"), GroupBy.UNIT));

        assertThat(table.column("severity")).containsExactly("error", "warning");
        Map<String, Object> errors = MetricRows.only(table, "severity", "error");
        assertThat(errors.get("findings")).isEqualTo(2L);
        assertThat(errors.get("forms")).isEqualTo(2L);
        Map<String, Object> warnings = MetricRows.only(table, "severity", "warning");
        assertThat(warnings.get("findings")).isEqualTo(3L);
        assertThat(warnings.get("forms")).isEqualTo(2L);
    }

    @Test
    void leagueTableIncludesCleanUnits() {
        MetricTable table = engine.run("data-quality-league", MetricQuery.DEFAULT);

        Map<String, Object> changji = MetricRows.only(table, "unit", "昌吉回族自治州计量检定所", "year", 2020);
        assertThat(changji.get("place")).isEqualTo(1L);
        assertThat(changji.get("forms")).isEqualTo(4L);
        assertThat(changji.get("errors")).isEqualTo(2L);
        assertThat(changji.get("warnings")).isEqualTo(3L);
        assertThat(changji.get("findings")).isEqualTo(5L);
        Map<String, Object> shanghai = MetricRows.only(table, "unit", "上海市计量测试技术研究院", "year", 2023);
        assertThat(shanghai.get("errors")).isEqualTo(1L);
        assertThat(shanghai.get("place")).isEqualTo(1L);
        Map<String, Object> jiangsu = MetricRows.only(table, "unit", "江苏省计量科学研究院（江苏省能源计量数据中心）", "year", 2023);
        assertThat(jiangsu.get("findings")).isEqualTo(0L);
        assertThat(jiangsu.get("place")).isEqualTo(2L);
        assertThat(shanghai.get("forms")).isEqualTo(5L);
    }
}
