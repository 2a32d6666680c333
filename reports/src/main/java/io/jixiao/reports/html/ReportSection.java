package io.jixiao.reports.html;

import io.jixiao.reports.charts.RenderedChart;

import java.util.List;

/** A chapter of the report: a title, charts (embedded as PNG, SVG beside) and tables. */
public record ReportSection(String title, List<RenderedChart> charts, List<ReportTable> tables) {
    public ReportSection {
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }
}
