package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.reports.warehouse.ParquetWarehouseWriter;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * execution-rate on the sample warehouse. Expected figures worked out by hand from the documents:
 * data/samples/000_672dbaea54929c24.txt (上海 2023), lines 10, 35, 57, 82, 106 (年度资金总额 rows: 全年预算数,
 * 全年执行数); 002_13d1e6413ad98fbc.txt (昌吉 2020) lines 24–26, 244–246, 452–453, 690–692; and
 * 003_c12283996fba6272.txt (上海 2024), the six 年度资金总额 rows.
 */
class TestExecutionRateMetric {

    private static final String SHANGHAI_METROLOGY = "上海市计量测试技术研究院";

    private final MetricEngine engine = SampleEngine.get();

    @Test
    void shanghaiMetrologyInstitute2023() {
        MetricTable table = engine.run("execution-rate", new MetricQuery(
                MetricFilters.NONE.withUnits(SHANGHAI_METROLOGY).withYears(2023), GroupBy.UNIT));

        Map<String, Object> row = MetricRows.only(table, "unit", SHANGHAI_METROLOGY, "year", 2023);
        assertThat(row.get("projects")).isEqualTo(5L);
        // 230.00 + 160.00 + 197.25 + 235.78 + 341.00
        assertThat((BigDecimal) row.get("full_year_budget")).isEqualByComparingTo("1164.03");
        // 216.86 + 159.30 + 195.70 + 234.28 + 338.03
        assertThat((BigDecimal) row.get("executed")).isEqualByComparingTo("1144.17");
        // 1144.17 / 1164.03 × 100 = 98.2939
        assertThat((BigDecimal) row.get("execution_rate")).isEqualByComparingTo("98.29");
        // project rates as stored (forms.execution_rate, 2 decimals): 94.29, 99.56, 99.21, 99.36, 99.13
        // (216.86/230 = 94.2870, 159.30/160 = 99.5625, 195.70/197.25 = 99.2142, 234.28/235.78 = 99.3638, 338.03/341 = 99.1290)
        assertThat((BigDecimal) row.get("median_rate")).isEqualByComparingTo("99.21");
        assertThat((BigDecimal) row.get("min_rate")).isEqualByComparingTo("94.29");
        assertThat((BigDecimal) row.get("max_rate")).isEqualByComparingTo("99.56");
        // sample standard deviation of the five stored rates: 2.2532 (of the unrounded ones it would be 2.2557)
        assertThat((BigDecimal) row.get("stddev_rate")).isEqualByComparingTo("2.25");
        assertThat(row.get("projects_below_90")).isEqualTo(0L);
        assertThat(row.get("previous_year")).isNull();
        assertThat(row.get("rate_change")).isNull();
    }

    @Test
    void changeAgainstThePreviousYearOfTheSameGroup() {
        MetricTable table = engine.run("execution-rate", MetricQuery.DEFAULT.withGroupBy(GroupBy.KIND));

        // 2020: the four 昌吉 projects, 100 + 20 + 40 + 2.68 budgeted and executed
        Map<String, Object> y2020 = MetricRows.only(table, "kind", "project_self_evaluation", "year", 2020);
        assertThat((BigDecimal) y2020.get("full_year_budget")).isEqualByComparingTo("162.68");
        assertThat((BigDecimal) y2020.get("execution_rate")).isEqualByComparingTo("100.00");
        assertThat(y2020.get("previous_year")).isNull();

        Map<String, Object> y2023 = MetricRows.only(table, "kind", "project_self_evaluation", "year", 2023);
        assertThat((BigDecimal) y2023.get("execution_rate")).isEqualByComparingTo("98.29");
        assertThat(y2023.get("previous_year")).isEqualTo(2020);
        assertThat((BigDecimal) y2023.get("rate_change")).isEqualByComparingTo("-1.71");

        // 2024: (29.50 + 478.13 + 400.00 + 268.54 + 69.94 + 301.75) / (29.60 + 478.50 + 400.00 + 268.54 + 70.00 + 304.16)
        //     = 1547.86 / 1550.80 = 99.81 %
        Map<String, Object> y2024 = MetricRows.only(table, "kind", "project_self_evaluation", "year", 2024);
        assertThat(y2024.get("projects")).isEqualTo(6L);
        assertThat((BigDecimal) y2024.get("full_year_budget")).isEqualByComparingTo("1550.80");
        assertThat((BigDecimal) y2024.get("executed")).isEqualByComparingTo("1547.86");
        assertThat((BigDecimal) y2024.get("execution_rate")).isEqualByComparingTo("99.81");
        assertThat(y2024.get("previous_year")).isEqualTo(2023);
        assertThat((BigDecimal) y2024.get("rate_change")).isEqualByComparingTo("1.52");
    }

    /** Issue 17: the previous year is looked up before the years filter, so one year selected keeps its change. */
    @Test
    void aSingleYearSelectedKeepsItsChangeAgainstThePreviousYear() {
        MetricTable table = engine.run("execution-rate",
                new MetricQuery(MetricFilters.NONE.withYears(2024), GroupBy.KIND));

        assertThat(table.column("year")).containsOnly(2024);
        Map<String, Object> y2024 = MetricRows.only(table, "kind", "project_self_evaluation", "year", 2024);
        // as in changeAgainstThePreviousYearOfTheSameGroup: 99.81 − 98.29
        assertThat(y2024.get("previous_year")).isEqualTo(2023);
        assertThat((BigDecimal) y2024.get("rate_change")).isEqualByComparingTo("1.52");
    }

    /**
     * Issue 17: groups within outer ones (--by region,kind), ranked by weighted rate within their region and year,
     * with the change in rank; figures as in changeAgainstThePreviousYearOfTheSameGroup (上海 2023 98.29 %, 2024
     * 99.81 %; 昌吉 2020 100 %), one kind of self-evaluation per region and year, so each ranks first.
     */
    @Test
    void groupsWithinTheirRegionAreRankedAndKeepTheirChange() {
        MetricTable table = engine.run("execution-rate", MetricQuery.of(MetricFilters.NONE,
                java.util.List.of(GroupBy.REGION, GroupBy.KIND)));

        assertThat(table.columns()).startsWith("region", "kind", "year");
        Map<String, Object> shanghai = MetricRows.only(table, "region", "上海市", "year", 2024);
        assertThat(shanghai.get("kind")).isEqualTo("project_self_evaluation");
        assertThat((BigDecimal) shanghai.get("execution_rate")).isEqualByComparingTo("99.81");
        assertThat(shanghai.get("previous_year")).isEqualTo(2023);
        assertThat((BigDecimal) shanghai.get("rate_change")).isEqualByComparingTo("1.52");
        assertThat(((Number) shanghai.get("rate_rank")).intValue()).isEqualTo(1);
        assertThat(((Number) shanghai.get("rank_change")).intValue()).isZero();
        Map<String, Object> changji = MetricRows.only(table, "region", "昌吉回族自治州", "year", 2020);
        assertThat((BigDecimal) changji.get("execution_rate")).isEqualByComparingTo("100.00");
        assertThat(((Number) changji.get("rate_rank")).intValue()).isEqualTo(1);
        assertThat(changji.get("rank_change")).isNull();
    }

    /** 2020: 昌吉 100 %; 2023 and 2024 上海 alone: across regions (--by region) 2020 ranks 昌吉 first. */
    @Test
    void withoutOuterLevelsAllGroupsOfAYearAreRankedTogether() {
        MetricTable table = engine.run("execution-rate", new MetricQuery(MetricFilters.NONE, GroupBy.REGION));

        assertThat(table.columns()).startsWith("region", "year");
        assertThat(table.column("rate_rank")).allSatisfy(rank -> assertThat(((Number) rank).intValue()).isEqualTo(1));
    }

    @Test
    void targetTablesAreNotExecution() {
        MetricTable table = engine.run("execution-rate", MetricQuery.DEFAULT);

        assertThat(table.column("unit")).doesNotContain("江苏省计量科学研究院（江苏省能源计量数据中心）");
    }

    /** Forms whose year could not be read are filed under year 0: no year's previous year, and without one. */
    @Test
    void yearZeroIsNobodysPreviousYear(@TempDir Path warehouse) throws Exception {
        try (ParquetWarehouseWriter writer = new ParquetWarehouseWriter()) {
            form(writer, "unknown", 0, "100", "50");
            form(writer, "first", 2021, "100", "90");
            form(writer, "second", 2022, "100", "95");
            writer.writeTo(warehouse);
        }
        try (DuckDbMetricEngine yearless = DuckDbMetricEngine.open(warehouse)) {
            MetricTable table = yearless.run("execution-rate", MetricQuery.DEFAULT);

            assertThat(MetricRows.only(table, "year", 0)).containsEntry("previous_year", null)
                    .containsEntry("rate_change", null);
            assertThat(MetricRows.only(table, "year", 2021)).containsEntry("previous_year", null)
                    .containsEntry("rate_change", null);
            Map<String, Object> second = MetricRows.only(table, "year", 2022);
            assertThat(second.get("previous_year")).isEqualTo(2021);
            assertThat((BigDecimal) second.get("rate_change")).isEqualByComparingTo("5.00");
        }
    }

    /**
     * A form whose executed amount was not read (budget 100, executed unknown) beside one of 100 / 95: the rate is
     * 95%, not 47.5%, and the form is counted as left out.
     */
    @Test
    void aFormWithoutItsExecutedAmountDoesNotCountItsBudgetAsUnspent(@TempDir Path warehouse) throws Exception {
        try (ParquetWarehouseWriter writer = new ParquetWarehouseWriter()) {
            form(writer, "read", 2022, "100", "95");
            form(writer, "unread", 2022, "100", null);
            writer.writeTo(warehouse);
        }
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse)) {
            Map<String, Object> row = MetricRows.only(engine.run("execution-rate", MetricQuery.DEFAULT), "year", 2022);

            assertThat(row.get("projects")).isEqualTo(2L);
            assertThat(row.get("projects_without_amounts")).isEqualTo(1L);
            assertThat((BigDecimal) row.get("full_year_budget")).isEqualByComparingTo("100");
            assertThat((BigDecimal) row.get("execution_rate")).isEqualByComparingTo("95.00");
        }
    }

    private static void form(ParquetWarehouseWriter writer, String id, int year, String budget, String executed)
            throws Exception {
        Map<String, String> values = new java.util.HashMap<>(Map.of("form_id", id, "doc_id", "d-" + id,
                "kind", "project_self_evaluation", "unit", "某单位", "project", "项目" + id, "full_year_budget", budget,
                "first_line", "1", "last_line", "9", "run_id", "year-zero-test"));
        if (executed != null) {
            values.put("executed", executed);
        }
        values.put("year", String.valueOf(year));
        values.put("indicator_count", "0");
        writer.insert(WarehouseTables.FORMS, values);
    }
}
