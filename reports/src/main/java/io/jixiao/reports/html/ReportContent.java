package io.jixiao.reports.html;

import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.RenderedChart;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the HTML report shows. There is deliberately no field for project leads or phone numbers.
 *
 * @param sections          the chapters with charts and tables, in order
 * @param shortfalls        indicators not met, listed with their deviation reasons after the sections
 *                          (the most points lost first when cut)
 * @param dataQuality       findings, listed last (errors first when cut)
 * @param dataQualityCharts charts drawn above the findings list
 * @param synthetic         true when the data is made up: the report then says so at the top
 * @param headlines         the answers a reader looks for first (worst agencies, movers), one sentence each
 * @param drillDown         regions → agencies → projects, for the interactive page (not drawn elsewhere)
 */
public record ReportContent(Lang lang, String title, LocalDate generatedAt, String filters, List<Integer> years,
                            List<KeyFigure> keyFigures, List<ReportSection> sections,
                            TableExcerpt<Shortfall> shortfalls, TableExcerpt<DataQualityRow> dataQuality, List<RenderedChart> dataQualityCharts,
                            boolean synthetic, List<String> headlines, DrillDown drillDown) {
    public ReportContent {
        years = List.copyOf(years);
        keyFigures = List.copyOf(keyFigures);
        sections = List.copyOf(sections);
        dataQualityCharts = List.copyOf(dataQualityCharts);
        headlines = List.copyOf(headlines);
    }
}
