package io.jixiao.reports.html;

import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.RenderedChart;
import io.jixiao.reports.charts.UnitBudget;
import io.jixiao.reports.charts.UnitYearRate;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.SampleEngine;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the report says first: the worst agencies by money, how they moved, and no trend where there is none. */
class TestReportBuilder {
    private static final LocalDate GENERATED = LocalDate.of(2026, 12, 2);

    @Test
    void aReportOfOneYearDrawsNoTrendAndSaysWhy() {
        ReportData data = new WarehouseReportData(SampleEngine.get())
                .fetch(MetricFilters.NONE.withYears(2023), Lang.ZH, false);

        ReportContent content = build(data);

        ReportSection trend = content.sections().get(1);
        assertThat(trend.title()).isEqualTo("是否在好转");
        assertThat(trend.charts()).isEmpty();
        assertThat(trend.scope()).contains("年度：2023").endsWith("只有一个年度的数据：不画趋势图。");
        assertThat(content.headlines()).contains("数据只有 2023 一个年度，无法看出变化趋势。");
    }

    /**
     * 甲 executed 50% of 1,000 in 2023 and 100% of 10 in 2024: 75% on average of its years, 50.50% by money, and so
     * below 乙 (65% either way): the chart, the table and the headline rank 甲 first.
     */
    @Test
    void theWorstAgencyIsTheWorstByMoney() {
        ReportData data = twoAgencies();

        ReportContent content = build(data);

        ReportSection worst = content.sections().get(0);
        RenderedChart lowest = worst.charts().get(0);
        assertThat(lowest.name()).isEqualTo("lowest-execution-rate");
        assertThat(lowest.hotspots()).extracting(spot -> spot.tip().substring(0, 1)).containsExactly("甲", "乙");
        assertThat(lowest.hotspots().get(0).tip()).startsWith("甲：执行率 50.50%（2023–2024年");
        assertThat(worst.tables().get(0).rows()).extracting(row -> row.get(1)).containsExactly("甲", "乙");
        assertThat(content.headlines().get(0))
                .isEqualTo("预算执行率最低（按金额加权，2023–2024）：甲 50.50%、乙 65.00%。");
        assertThat(content.headlines()).contains("2 家单位中有 2 家执行率低于 90%。");
    }

    /** 甲 gained 50 points in 2024, 乙 10: the movers chart draws both as gains, and the headline names them. */
    @Test
    void theMoversAreTheLatestYearsChangesAgainstEachAgencysPreviousYear() {
        ReportContent content = build(twoAgencies());

        ReportSection trend = content.sections().get(1);
        assertThat(trend.charts()).extracting(RenderedChart::name).containsExactly("execution-rate-movers",
                "execution-rate-small-multiples", "execution-rate-heatmap");
        assertThat(trend.charts().get(0).hotspots()).extracting(spot -> spot.tip()).containsExactly(
                "甲：2023 年 50.00% → 2024 年 100.00%（+50.00 个百分点）",
                "乙：2023 年 60.00% → 2024 年 70.00%（+10.00 个百分点）");
        assertThat(content.headlines())
                .contains("2024 年与上一年度相比，降幅最大：无；升幅最大：甲 +50.00、乙 +10.00。");
    }

    private static ReportData twoAgencies() {
        List<UnitBudget> budgets = List.of(new UnitBudget("甲", 2023, 1000, 500), new UnitBudget("甲", 2024, 10, 10),
                new UnitBudget("乙", 2023, 100, 60), new UnitBudget("乙", 2024, 100, 70));
        List<UnitYearRate> rates = List.of(new UnitYearRate("甲", 2023, 50), new UnitYearRate("甲", 2024, 100, 2023, 50.0),
                new UnitYearRate("乙", 2023, 60), new UnitYearRate("乙", 2024, 70, 2023, 10.0));
        return new ReportData("", List.of(2023, 2024), false, rates, budgets, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private static ReportContent build(ReportData data) {
        return new ReportBuilder(Lang.ZH, 10, 50, SampleReportData.COMMANDS).build(data, GENERATED);
    }
}
