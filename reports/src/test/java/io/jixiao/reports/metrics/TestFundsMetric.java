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
 * funds on the sample warehouse. Expected figures by hand from data/samples/000_672dbaea54929c24.txt, the
 * fund rows of the five forms (lines 10–13, 35–38, 57–60, 82–85, 106–109), and 001_8565ebd750e095f3.txt
 * (计量检验检测能力提升经费, lines 189–198).
 */
class TestFundsMetric {

    private final MetricEngine engine = SampleEngine.get();

    @Test
    void shanghaiMetrologyInstitute2023BySource() {
        MetricTable table = engine.run("funds", new MetricQuery(
                MetricFilters.NONE.withUnits("上海市计量测试技术研究院"), GroupBy.UNIT));

        Map<String, Object> total = MetricRows.only(table, "side", "budget", "source", "total");
        assertThat(total.get("forms")).isEqualTo(5L);
        assertThat((BigDecimal) total.get("initial_budget")).isEqualByComparingTo("1164.03");
        assertThat((BigDecimal) total.get("full_year_budget")).isEqualByComparingTo("1164.03");
        assertThat((BigDecimal) total.get("executed")).isEqualByComparingTo("1144.17");
        assertThat((BigDecimal) total.get("execution_rate")).isEqualByComparingTo("98.29");

        // 当年财政拨款: 230.00 + 160.00 + 197.25 + 89.48 + 341.00, executed 216.86 + 159.30 + 195.70 + 89.48 + 338.03
        Map<String, Object> appropriation = MetricRows.only(table, "side", "budget", "source", "appropriation");
        assertThat((BigDecimal) appropriation.get("full_year_budget")).isEqualByComparingTo("1017.73");
        assertThat((BigDecimal) appropriation.get("executed")).isEqualByComparingTo("999.37");
        assertThat((BigDecimal) appropriation.get("execution_rate")).isEqualByComparingTo("98.20");

        // 其他资金: only 信息化运维项目 has some, 146.30 budgeted and 144.8 executed (line 85)
        Map<String, Object> other = MetricRows.only(table, "side", "budget", "source", "other");
        assertThat((BigDecimal) other.get("full_year_budget")).isEqualByComparingTo("146.30");
        assertThat((BigDecimal) other.get("executed")).isEqualByComparingTo("144.80");

        Map<String, Object> carryover = MetricRows.only(table, "side", "budget", "source", "carryover");
        assertThat((BigDecimal) carryover.get("full_year_budget")).isEqualByComparingTo("0");
        assertThat(carryover.get("execution_rate")).isNull();
    }

    @Test
    void targetTableIncomeAndExpense() {
        MetricTable table = engine.run("funds", new MetricQuery(MetricFilters.NONE, GroupBy.PROJECT));

        Map<String, Object> income = MetricRows.only(table, "project", "计量检验检测能力提升经费",
                "side", "income", "source", "general_public_budget");
        assertThat((BigDecimal) income.get("full_year_budget")).isEqualByComparingTo("2028");
        Map<String, Object> expense = MetricRows.only(table, "project", "计量检验检测能力提升经费",
                "side", "expense", "source", "item");
        assertThat((BigDecimal) expense.get("full_year_budget")).isEqualByComparingTo("3600");
        assertThat((BigDecimal) expense.get("half_year_plan")).isEqualByComparingTo("1800");
        assertThat(expense.get("year")).isEqualTo(2023);
    }

    /**
     * Two total lines of 2022, one of 100 / 95 and one whose executed amount was not read (100 / unknown): the rate
     * is 95.00 over the line that states both, not 47.50 (the unread line's budget is not money left unspent); the
     * sums keep what each column states.
     */
    @Test
    void aLineWithoutItsExecutedAmountDoesNotCountItsBudgetAsUnspent(@TempDir Path warehouse) throws Exception {
        try (ParquetWarehouseWriter writer = new ParquetWarehouseWriter()) {
            formWithTotal(writer, 1, "100", "95");
            formWithTotal(writer, 2, "100", null);
            writer.writeTo(warehouse);
        }
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse)) {
            Map<String, Object> total = MetricRows.only(engine.run("funds", MetricQuery.DEFAULT), "source", "total");

            assertThat(total.get("forms")).isEqualTo(2L);
            assertThat((BigDecimal) total.get("full_year_budget")).isEqualByComparingTo("200");
            assertThat((BigDecimal) total.get("executed")).isEqualByComparingTo("95");
            assertThat((BigDecimal) total.get("execution_rate")).isEqualByComparingTo("95.00");
        }
    }

    /** A form with one total line, its id the number in 32 digits (an id as the ingest makes them, and its key). */
    private static void formWithTotal(ParquetWarehouseWriter writer, int number, String budget, String executed)
            throws Exception {
        String id = "%032d".formatted(number);
        writer.insert(WarehouseTables.FORMS, Map.of("form_id", id, "doc_id", "d-" + id,
                "kind", "project_self_evaluation", "unit", "某单位", "project", "项目" + id, "first_line", "1",
                "last_line", "9", "run_id", "funds-test", "year", "2022", "indicator_count", "0"));
        Map<String, String> line = new java.util.HashMap<>(Map.of("form_id", id, "doc_id", "d-" + id, "seq", "0",
                "side", "budget", "source", "total", "first_of_source", "true", "full_year_budget", budget,
                "amount_unit", "万元", "line", "3",
                "year", "2022"));
        if (executed != null) {
            line.put("executed", executed);
        }
        writer.insert(WarehouseTables.FUNDS, line);
    }
}
