package io.jixiao.reports.html;

import io.jixiao.reports.charts.Lang;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the HTML report shows. There is deliberately no field for project leads or phone numbers.
 *
 * @param synthetic true when the data is made up: the report then says so at the top
 */
public record ReportContent(Lang lang, String title, LocalDate generatedAt, String filters, List<Integer> years,
                            List<KeyFigure> keyFigures, List<ReportSection> sections, List<Shortfall> shortfalls,
                            List<DataQualityRow> dataQuality, boolean synthetic) {
    public ReportContent {
        years = List.copyOf(years);
        keyFigures = List.copyOf(keyFigures);
        sections = List.copyOf(sections);
        shortfalls = List.copyOf(shortfalls);
        dataQuality = List.copyOf(dataQuality);
    }
}
