package io.jixiao.reports.html;

import io.jixiao.reports.charts.SampleChartData;
import io.jixiao.reports.metrics.MetricFilters;

import java.util.List;

/** Report data from the real samples (see {@link SampleChartData}), plus rows taken from sample 002. */
final class SampleReportData {
    static final String XSS_PROJECT = "<script>alert(1)</script>";
    /** As sample 001 writes it on line 115 (项目负责人/ 联系电话), for the redaction tests. */
    static final String PERSON = "董平";
    static final String PHONE = "86435544";

    /**
     * 002 成本性支出 (lines 149–155, 180–184): the cost indicator 61 → 63.54 (score 3.8 of 5: 1.2 points lost)
     * and 有效保护 → 90% (9.5 of 10: 0.5 lost), both with "/" as deviation reason; the third row is made up to
     * carry personal data and markup.
     */
    static final List<Shortfall> SHORTFALLS = List.of(
            new Shortfall(SampleChartData.CHANGJI, "成本性支出", 2020,
                    "标准仪器委托检定费、设备维护保养、专用试剂、耗材等成本费支出（万元）", "61", "63.54", "/", 1.2),
            new Shortfall(SampleChartData.CHANGJI, "成本性支出", 2020, "保护广大消费者和百姓的合法权益",
                    "有效保护", "90%", "/", 0.5),
            new Shortfall(SampleChartData.SHANGHAI_METROLOGY, XSS_PROJECT, 2023, "服务客户数量", "≥10家", "8家",
                    "项目负责人/ 联系电话\t" + PERSON + "/" + PHONE + "；客户需求减少", 2));

    static final List<DataQualityRow> FINDINGS = List.of(
            new DataQualityRow(SampleChartData.CHANGJI, "成本性支出", 2020, "score_below_weight_without_reason",
                    "warning", "得分 3.8 低于分值 5，未写偏差原因", "偏差原因", "/", "002_13d1e6413ad98fbc.txt:153"),
            new DataQualityRow(SampleChartData.CHANGJI, "成本性支出", 2020, "score_below_weight_without_reason",
                    "warning", "得分 9.5 低于分值 10，未写偏差原因", "偏差原因", "/", "002_13d1e6413ad98fbc.txt:183"),
            new DataQualityRow(SampleChartData.CHANGJI, "设备购置及维护", 2020, "initial_budget_missing",
                    "info", "年初预算数为空", "数值", "", "002_13d1e6413ad98fbc.txt:451"),
            new DataQualityRow(SampleChartData.SHANGHAI_METROLOGY, "时频实验室运维经费", 2023,
                    "actual_not_comparable", "info", "实际完成值无法与指标值比较，联系电话 " + PHONE, "≤±15ns",
                    "≤±15ns", "000_672dbaea54929c24.txt:20"));

    /** Full-table commands over the default warehouse folder, no filters. */
    static final FullTableCommands COMMANDS = new FullTableCommands("warehouse", MetricFilters.NONE);

    private SampleReportData() {
    }

    static ReportData real(boolean synthetic) {
        return new ReportData("", SampleChartData.YEARS, synthetic, SampleChartData.RATES, SampleChartData.BUDGETS,
                SampleChartData.INDICATORS, SampleChartData.PROJECTS, SampleChartData.GRADES, SHORTFALLS, FINDINGS);
    }
}
