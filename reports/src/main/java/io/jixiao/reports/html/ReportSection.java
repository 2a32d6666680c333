package io.jixiao.reports.html;

import io.jixiao.reports.charts.RenderedChart;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A chapter of the report: a title, the scope its figures cover (filters, years, how the measure is computed), charts
 * (embedded as PNG, SVG beside) and tables.
 */
public record ReportSection(String title, String scope, List<RenderedChart> charts, List<ReportTable> tables) {
    public ReportSection {
        requireNonNull(title, "title");
        requireNonNull(scope, "scope");
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    public ReportSection(String title, List<RenderedChart> charts, List<ReportTable> tables) {
        this(title, "", charts, tables);
    }
}
