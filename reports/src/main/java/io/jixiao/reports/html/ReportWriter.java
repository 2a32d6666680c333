package io.jixiao.reports.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.jixiao.reports.charts.ChartHotspot;
import io.jixiao.reports.charts.ChartPalette;
import io.jixiao.reports.charts.ChartText;
import io.jixiao.reports.charts.RateBand;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.RenderedChart;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

    /** A cell that is a number (an amount, a rate, a change, "2024：95.10"), or the dash of a missing one. */
    private static final Pattern NUMBER = Pattern.compile("(\\d{4}：)?[-+]?[\\d,]+(\\.\\d+)?%?|–");
    /** Cells longer than this (characters) may wrap; shorter ones stay on one line. */
    private static final int LONG_TEXT = 12;

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
        view.put("years", ChartText.years(content.years()));
        view.put("filters", content.filters().isBlank() ? messages.get("noFilters") : content.filters());
        view.put("synthetic", content.synthetic());
        // no year in the data: the filters matched no form, and empty sections say so rather than "no problem"
        view.put("noData", content.years().isEmpty());
        view.put("keyFigures", content.keyFigures());
        view.put("headlines", content.headlines());
        view.put("hasHeadlines", !content.headlines().isEmpty());
        view.put("sortHint", messages.get("sort.hint"));
        view.put("filterPlaceholder", messages.get("filter.placeholder"));
        view.put("filterShown", messages.get("filter.shown"));
        view.put("bands", Arrays.stream(RateBand.values()).map(band -> Map.of("cssClass", band.cssClass(),
                "colour", band.cssColour(), "text", ChartPalette.textOn(band.colour()).equals(java.awt.Color.BLACK)
                        ? "#000" : "#fff")).toList());
        view.put("drillNumber", content.sections().size() + 1);
        view.put("drillTitle", messages.get("section.drill"));
        view.put("drillScope", scope(content, messages, "measure.drill"));
        view.put("drillHint", messages.get("drill.hint"));
        view.put("shortfallsScope", scope(content, messages, "first.shortfalls"));
        view.put("dataQualityScope", scope(content, messages, "measure.findings"));
        view.put("regions", drillDown(content, messages));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < content.sections().size(); i++) {
            sections.add(section(content.sections().get(i), i + 1, messages, targets(content)));
        }
        view.put("sections", sections);
        ReportTable shortfalls = ListingTables.shortfalls(content.shortfalls(), messages);
        view.put("shortfallsTable", table(null, shortfalls.columns(), shortfalls.rows()));
        view.put("hasShortfalls", !content.shortfalls().rows().isEmpty());
        putCut(view, "shortfallsCut", content.shortfalls(), messages);
        ReportTable findings = ListingTables.findings(content.dataQuality(), messages, content.lang());
        view.put("dataQualityTable", table(null, findings.columns(), findings.rows()));
        view.put("hasDataQuality", !content.dataQuality().rows().isEmpty());
        putCut(view, "dataQualityCut", content.dataQuality(), messages);
        view.put("dataQualityCharts", charts(content.dataQualityCharts(), messages, targets(content)));
        view.put("shortfallsNumber", content.sections().size() + 2);
        view.put("dataQualityNumber", content.sections().size() + 3);
        return view;
    }

    /** "范围：全部单位；年度：2018–2024；…": what a section's figures cover. */
    private static String scope(ReportContent content, ReportMessages messages, String measureKey) {
        return String.format(Locale.ROOT, messages.get("scope"),
                content.filters().isBlank() ? messages.get("scope.all") : content.filters(),
                ChartText.years(content.years()), messages.get(measureKey));
    }

    /** The ids a chart may link to: the drill-down's agencies. */
    private static Set<String> targets(ReportContent content) {
        return content.drillDown().regions().stream().flatMap(region -> region.agencies().stream())
                .map(DrillDown.Agency::anchor).collect(Collectors.toSet());
    }

    private static Map<String, Object> section(ReportSection section, int number, ReportMessages messages,
                                               Set<String> targets) {
        Map<String, Object> view = new HashMap<>();
        view.put("number", number);
        view.put("id", "section-" + number);
        view.put("title", section.title());
        view.put("scope", section.scope());
        view.put("charts", charts(section.charts(), messages, targets));
        view.put("tables", section.tables().stream().map(table -> {
            Map<String, Object> tableView = table(table.caption(), table.columns(), table.rows());
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

    private static List<Map<String, Object>> charts(List<RenderedChart> charts, ReportMessages messages,
                                                    Set<String> targets) {
        return charts.stream().map(chart -> Map.<String, Object>of(
                "title", chart.title(),
                "width", chart.width(),
                "height", chart.height(),
                "src", "data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png()),
                "svg", chartFile(chart),
                "svgLink", messages.get("svgLink"),
                "hotspots", chart.hotspots().stream().map(spot -> hotspot(spot, targets)).toList())).toList();
    }

    /** A link to a place the page does not hold (an agency without projects in the drill-down) is left out. */
    private static Map<String, Object> hotspot(ChartHotspot spot, Set<String> targets) {
        String link = spot.link().startsWith("#") && !targets.contains(spot.link().substring(1)) ? "" : spot.link();
        return Map.of("left", percent(spot.left()), "top", percent(spot.top()), "width", percent(spot.width()),
                "height", percent(spot.height()), "tip", spot.tip(), "link", link);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Regions → agencies → projects, each with its totals and its rate's band. */
    private static List<Map<String, Object>> drillDown(ReportContent content, ReportMessages messages) {
        return content.drillDown().regions().stream().map(region -> {
            Map<String, Object> view = totals(region.name(), region.totals(), messages);
            view.put("agencies", region.agencies().stream().map(agency -> {
                Map<String, Object> agencyView = totals(agency.name(), agency.totals(), messages);
                agencyView.put("anchor", agency.anchor());
                agencyView.put("table", table(null, List.of(messages.get("year"), messages.get("project"),
                        messages.get("col.budget"), messages.get("col.executed"), messages.get("col.rate"),
                        messages.get("col.score"), messages.get("col.grade"), messages.get("source")),
                        agency.projects().stream().map(p -> List.of(p.year() == 0 ? "–" : String.valueOf(p.year()),
                                p.project(), p.budget() == null ? "–" : amount(p.budget()),
                                p.executed() == null ? "–" : amount(p.executed()),
                                p.rate() == null ? "–" : decimal(p.rate()),
                                p.score() == null ? "–" : decimal(p.score()),
                                p.grade() == null ? "–" : ChartText.grade(p.grade(), content.lang()), p.source()))
                                .toList()));
                int more = agency.totals().projects() - agency.projects().size();
                if (more > 0) {
                    agencyView.put("more", String.format(Locale.ROOT, messages.get("drill.more"), more));
                    agencyView.put("command", "jixiao sql " + FullTableCommands.shellWord(
                            "SELECT year, project, full_year_budget, executed, total_score FROM forms WHERE agency = '"
                                    + agency.name().replace("'", "''") + "' ORDER BY year, project"));
                }
                return agencyView;
            }).toList());
            return view;
        }).toList();
    }

    private static Map<String, Object> totals(String name, DrillDown.Totals totals, ReportMessages messages) {
        Map<String, Object> view = new HashMap<>();
        view.put("name", name);
        if (totals.rate() != null) {
            view.put("rate", decimal(totals.rate()));
            view.put("band", RateBand.of(totals.rate()).cssClass());
        }
        view.put("figures", String.format(Locale.ROOT, "%s %,d · %s %s · %s %s", messages.get("col.projects"),
                totals.projects(), messages.get("col.budget"), amount(totals.budget()), messages.get("col.executed"),
                amount(totals.executed())));
        return view;
    }

    /**
     * A table for the shared partial: numbers right-aligned (class {@code num}), long text allowed to wrap (class
     * {@code long}), everything else on one line; a missing value shows as an empty cell.
     */
    private static Map<String, Object> table(String caption, List<String> columns, List<List<String>> rows) {
        Map<String, Object> view = new HashMap<>();
        if (caption != null) {
            view.put("caption", caption);
        }
        view.put("columns", columns);
        view.put("rows", rows.stream().map(cells -> Map.of("cells", cells.stream().map(cell -> {
            String text = cell == null ? "" : cell;
            String css = NUMBER.matcher(text).matches() ? "num" : text.length() > LONG_TEXT ? "long" : "";
            return Map.of("text", text, "css", css);
        }).toList())).toList());
        return view;
    }

    private static String amount(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
