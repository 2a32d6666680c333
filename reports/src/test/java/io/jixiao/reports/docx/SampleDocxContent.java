package io.jixiao.reports.docx;

import io.jixiao.reports.SampleWarehouse;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.html.DataQualityRow;
import io.jixiao.reports.html.FullTableCommands;
import io.jixiao.reports.html.ReportBuilder;
import io.jixiao.reports.html.ReportContent;
import io.jixiao.reports.html.ReportData;
import io.jixiao.reports.html.Shortfall;
import io.jixiao.reports.html.WarehouseReportData;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricFilters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of the sample warehouse (the real ingest of data/samples, read by the real DuckDB engine), with one
 * shortfall and one finding added that carry what a document may hold and the report must not pass on: the project
 * lead and phone number sample 001 gives (line 115, 项目负责人/ 联系电话 董平/86435544), markup, and a control
 * character XML cannot hold.
 */
final class SampleDocxContent {
    static final String PERSON = "董平";
    static final String PHONE = "86435544";
    static final String MARKUP_PROJECT = "<w:p>计量监督管理业务经费</w:p>";
    static final LocalDate GENERATED = LocalDate.of(2026, 11, 21);

    private static ReportData data;

    private SampleDocxContent() {
    }

    /** The report with at most {@code rowCap} rows a table. */
    static ReportContent report(Lang lang, int rowCap) {
        return new ReportBuilder(lang, 8, rowCap, new FullTableCommands("warehouse", MetricFilters.NONE))
                .build(data(), GENERATED);
    }

    private static synchronized ReportData data() {
        if (data == null) {
            ReportData real;
            try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(SampleWarehouse.path())) {
                real = new WarehouseReportData(engine).fetch(MetricFilters.NONE, Lang.ZH, false);
            }
            String unit = "江苏省计量科学研究院（江苏省能源计量数据中心）";
            List<Shortfall> shortfalls = new ArrayList<>(real.shortfalls());
            shortfalls.add(new Shortfall(unit, MARKUP_PROJECT + "\u0001", 2023, "检验检测客户满意度", "≥80%", "76%",
                    "项目负责人/ 联系电话\t" + PERSON + "/" + PHONE + "；客户需求减少", 3));
            List<DataQualityRow> findings = new ArrayList<>(real.findings());
            findings.add(new DataQualityRow(unit, MARKUP_PROJECT, 2023, "actual_not_comparable", "info",
                    "实际完成值无法与指标值比较，联系电话 " + PHONE, "≥80%", "较好", "001_8565ebd750e095f3.txt:115"));
            data = new ReportData(real.filters(), real.years(), real.synthetic(), real.rates(), real.budgets(),
                    real.indicators(), real.projects(), real.grades(), shortfalls, findings);
        }
        return data;
    }
}
