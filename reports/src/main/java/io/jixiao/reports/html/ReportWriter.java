package io.jixiao.reports.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.jixiao.reports.charts.ChartText;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.RenderedChart;
import io.jixiao.schema.finding.FindingText;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the report as one self-contained {@code index.html}: charts embedded as PNG data URIs, styles
 * inline, nothing loaded from elsewhere, so it opens offline and prints. Each chart's SVG is written beside
 * it, under {@code charts/}. The template escapes every value ({{ }} only, never {{{ }}}).
 */
public final class ReportWriter {
    static final String TEMPLATE = "io/jixiao/reports/html/report.mustache";
    public static final String INDEX = "index.html";
    public static final String CHARTS = "charts";

    private final Mustache template = new DefaultMustacheFactory().compile(TEMPLATE);

    /**
     * Writes {@code index.html} and {@code charts/*.svg} into {@code directory}; returns the index file. Files in the
     * way that an earlier report did not write are left alone and the report is refused ({@link ReportFolder}).
     */
    public Path write(ReportContent content, Path directory) {
        List<RenderedChart> all = new ArrayList<>(content.dataQualityCharts());
        content.sections().forEach(section -> all.addAll(section.charts()));
        List<String> files = new ArrayList<>(all.stream().map(ReportWriter::chartFile).toList());
        files.add(INDEX);
        ReportFolder folder = new ReportFolder(directory);
        folder.requireReplaceable(files);
        StringWriter page = new StringWriter();
        template.execute(page, view(content));
        for (RenderedChart chart : all) {
            folder.write(chartFile(chart), chart.svg());
        }
        folder.write(INDEX, page.toString());
        return directory.resolve(INDEX);
    }

    private static String chartFile(RenderedChart chart) {
        return CHARTS + "/" + chart.name() + ".svg";
    }

    private static Map<String, Object> view(ReportContent content) {
        ReportMessages messages = new ReportMessages(content.lang());
        Map<String, Object> view = new HashMap<>();
        view.put("m", messages.all());
        view.put("lang", content.lang() == Lang.ZH ? "zh-CN" : "en");
        view.put("title", content.title());
        view.put("generatedAt", content.generatedAt().toString());
        view.put("years", content.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        view.put("filters", content.filters().isBlank() ? messages.get("noFilters") : content.filters());
        view.put("synthetic", content.synthetic());
        // no year in the data: the filters matched no form, and empty sections say so rather than "no problem"
        view.put("noData", content.years().isEmpty());
        view.put("keyFigures", content.keyFigures());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < content.sections().size(); i++) {
            sections.add(section(content.sections().get(i), i + 1, messages));
        }
        view.put("sections", sections);
        view.put("shortfalls", content.shortfalls().rows().stream().map(s -> row(s.unit(), s.project(),
                String.valueOf(s.year()), s.indicator(), s.target(), s.actual(),
                PersonalDataRedactor.redact(s.deviationReason()))).toList());
        view.put("hasShortfalls", !content.shortfalls().rows().isEmpty());
        putCut(view, "shortfallsCut", content.shortfalls(), messages);
        FindingText findingText = new FindingText(Locale.forLanguageTag(content.lang().code()));
        view.put("dataQuality", content.dataQuality().rows().stream().map(f -> row(f.unit(), f.project(),
                String.valueOf(f.year()), findingText.ruleName(f.rule()),
                ChartText.severity(f.severity(), content.lang()),
                PersonalDataRedactor.redact(findingText.message(f.rule(), f.expected(), f.actual(), f.arguments(),
                        f.message())),
                PersonalDataRedactor.redact(f.expected()), PersonalDataRedactor.redact(f.actual()), f.source()))
                .toList());
        view.put("hasDataQuality", !content.dataQuality().rows().isEmpty());
        putCut(view, "dataQualityCut", content.dataQuality(), messages);
        view.put("dataQualityCharts", charts(content.dataQualityCharts(), messages));
        view.put("shortfallsNumber", content.sections().size() + 1);
        view.put("dataQualityNumber", content.sections().size() + 2);
        return view;
    }

    private static Map<String, Object> section(ReportSection section, int number, ReportMessages messages) {
        Map<String, Object> view = new HashMap<>();
        view.put("number", number);
        view.put("id", "section-" + number);
        view.put("title", section.title());
        view.put("charts", charts(section.charts(), messages));
        view.put("tables", section.tables().stream().map(table -> {
            Map<String, Object> tableView = new HashMap<>();
            tableView.put("caption", table.caption());
            tableView.put("columns", table.columns());
            tableView.put("rows", table.rows().stream().map(cells -> row(cells.toArray(String[]::new))).toList());
            putCut(tableView, "cut", table.excerpt(), messages);
            return tableView;
        }).toList());
        return view;
    }

    /** Under {@code key}, the note "showing N of M rows" and the full-table command, when the table was cut. */
    private static void putCut(Map<String, Object> view, String key, TableExcerpt<?> excerpt,
                               ReportMessages messages) {
        if (excerpt.cut()) {
            view.put(key, Map.of(
                    "note", String.format(Locale.ROOT, messages.get("cut"), excerpt.rows().size(), excerpt.total(),
                            excerpt.firstBy()),
                    "command", excerpt.fullTableCommand()));
        }
    }

    private static List<Map<String, Object>> charts(List<RenderedChart> charts, ReportMessages messages) {
        return charts.stream().map(chart -> Map.<String, Object>of(
                "title", chart.title(),
                "width", chart.width(),
                "height", chart.height(),
                "src", "data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png()),
                "svg", chartFile(chart),
                "svgLink", messages.get("svgLink"))).toList();
    }

    /** A table row; a missing value shows as an empty cell. */
    private static Map<String, Object> row(String... cells) {
        return Map.of("cells", Arrays.stream(cells).map(cell -> cell == null ? "" : cell).toList());
    }
}
