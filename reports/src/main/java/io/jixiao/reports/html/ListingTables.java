package io.jixiao.reports.html;

import io.jixiao.reports.charts.ChartText;
import io.jixiao.reports.charts.Lang;

import io.jixiao.schema.finding.FindingText;
import io.jixiao.schema.warehouse.WarehouseTable;

import java.util.List;
import java.util.Locale;

/**
 * The two listings every report format prints after its sections, as plain tables: the unmet indicators with their
 * deviation reasons, and the data-quality findings. Document text passes the personal-data redactor here, once for
 * every format.
 */
public final class ListingTables {
    private ListingTables() {
    }

    public static ReportTable shortfalls(TableExcerpt<Shortfall> shortfalls, ReportMessages messages) {
        List<String> columns = List.of(messages.get("unit"), messages.get("project"), messages.get("year"),
                messages.get("indicator"), messages.get("target"), messages.get("actual"),
                messages.get("deviationReason"), messages.get("source"));
        return new ReportTable(messages.get("shortfalls"), columns, shortfalls.map(s -> List.of(s.unit(),
                s.project(), year(s.year()), s.indicator(), s.target(), s.actual(),
                PersonalDataRedactor.redact(s.deviationReason()), s.source())));
    }

    /** Each finding's rule by its name and its message in the report's language (FindingText, zh and en). */
    public static ReportTable findings(TableExcerpt<DataQualityRow> findings, ReportMessages messages, Lang lang) {
        FindingText text = new FindingText(Locale.forLanguageTag(lang.code()));
        List<String> columns = List.of(messages.get("unit"), messages.get("project"), messages.get("year"),
                messages.get("rule"), messages.get("severity"), messages.get("message"), messages.get("expected"),
                messages.get("found"), messages.get("source"));
        return new ReportTable(messages.get("dataQuality"), columns, findings.map(f -> List.of(f.unit(),
                f.project(), year(f.year()),
                text.ruleName(f.rule()), ChartText.severity(f.severity(), lang),
                PersonalDataRedactor.redact(text.message(f.rule(), f.expected(), f.actual(), f.arguments(),
                        f.message())),
                PersonalDataRedactor.redact(f.expected()), PersonalDataRedactor.redact(f.actual()),
                f.source() == null ? "" : f.source())));
    }

    /** A form whose year could not be read (filed under year 0) shows a dash, not the year 0. */
    private static String year(int year) {
        return year == WarehouseTable.UNKNOWN_YEAR ? "–" : String.valueOf(year);
    }
}
