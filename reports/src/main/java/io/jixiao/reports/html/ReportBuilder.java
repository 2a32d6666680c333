package io.jixiao.reports.html;

import io.jixiao.reports.charts.AgencyAnchor;
import io.jixiao.reports.charts.AgencyRankChart;
import io.jixiao.reports.charts.BudgetExecutionChart;
import io.jixiao.reports.charts.ChartFigure;
import io.jixiao.reports.charts.ChartOptions;
import io.jixiao.reports.charts.ChartRenderer;
import io.jixiao.reports.charts.ChartText;
import io.jixiao.reports.charts.ExecutionRateHeatMap;
import io.jixiao.reports.charts.FindingCount;
import io.jixiao.reports.charts.FindingsChart;
import io.jixiao.reports.charts.GradeCount;
import io.jixiao.reports.charts.GradeDistributionChart;
import io.jixiao.reports.charts.IndicatorCount;
import io.jixiao.reports.charts.IndicatorStatusChart;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.RenderedChart;
import io.jixiao.reports.charts.ScoreRatePoint;
import io.jixiao.reports.charts.ScoreRateScatterChart;
import io.jixiao.reports.charts.RateMoversChart;
import io.jixiao.reports.charts.TrendSmallMultiples;
import io.jixiao.reports.charts.UnitBudget;
import io.jixiao.reports.charts.UnitYearRate;
import io.jixiao.reports.insight.AgencyCompletion;
import io.jixiao.reports.insight.AgencyExecution;
import io.jixiao.reports.insight.AgencyRanking;
import io.jixiao.reports.insight.AgencyYear;
import io.jixiao.schema.vocabulary.Grade;
import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Turns {@link ReportData} into charts, tables and key figures: the {@link ReportContent} a writer prints. */
public final class ReportBuilder {
    /** The drops and the gains the movers chart draws, each. */
    static final int MOVERS_PER_SIDE = 5;
    /** How many agencies a headline names. */
    static final int HEADLINE_AGENCIES = 3;

    /** The projects below 90 (the scatter's outliers). */
    static final String LOW_PROJECTS_WHERE = ReportQueries.SELF_EVALUATIONS + " AND f.full_year_budget > 0 "
            + "AND (f.execution_rate < 90 OR f.total_score < 90)";
    static final String LOW_PROJECTS_ORDER = "least(f.execution_rate, f.total_score)";

    private final Lang lang;
    private final int topN;
    private final int rowCap;
    private final FullTableCommands commands;
    private final ReportMessages messages;

    /**
     * @param topN     how many agencies a chart names before it groups the rest as "其他/others"
     * @param rowCap   how many rows a table prints at most; the rest are named by their full-table command
     * @param commands the commands that print a cut table whole
     */
    public ReportBuilder(Lang lang, int topN, int rowCap, FullTableCommands commands) {
        if (rowCap < 1) {
            throw new IllegalArgumentException("rowCap must be at least 1, was " + rowCap);
        }
        this.lang = lang;
        this.topN = topN;
        this.rowCap = rowCap;
        this.commands = commands;
        this.messages = new ReportMessages(lang);
    }

    public ReportContent build(ReportData data, LocalDate generatedAt) {
        ChartOptions options = new ChartOptions(lang, data.filters(), topN);
        Insight insight = new Insight(data);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(worst(data, insight, options));
        sections.add(trend(data, insight, options));
        sections.add(execution(data, options));
        sections.add(indicators(data, options));
        sections.add(scores(data, options));
        return new ReportContent(lang, messages.get("title"), generatedAt, data.filters(), data.years(),
                keyFigures(data), sections, shortfalls(data), findings(data), dataQualityCharts(data, options),
                data.synthetic(), headlines(data, insight), drillDown(data));
    }

    /** The rankings the first sections and the headlines share, each computed once. */
    private record Insight(List<AgencyExecution> byRate, List<AgencyCompletion> byCompletion,
                           Map<String, UnitYearRate> latestRate) {
        Insight(ReportData data) {
            this(AgencyRanking.lowestRateFirst(data.budgets().stream()
                            .map(b -> new AgencyYear(b.unit(), b.year(), b.budget(), b.executed(), null, null, null))
                            .toList()),
                    AgencyCompletion.lowestFirst(data.indicators()),
                    data.rates().stream().collect(Collectors.toMap(UnitYearRate::unit, rate -> rate,
                            (a, b) -> a.year() >= b.year() ? a : b)));
        }

        List<String> lowestAgencies(int n) {
            return byRate.stream().limit(n).map(AgencyExecution::agency).toList();
        }
    }

    private String scope(ReportData data, String measureKey) {
        return String.format(Locale.ROOT, messages.get("scope"),
                data.filters().isBlank() ? messages.get("scope.all") : data.filters(), ChartText.years(data.years()),
                messages.get(measureKey));
    }


    private ReportSection worst(ReportData data, Insight insight, ChartOptions options) {
        String years = ChartText.years(data.years());
        List<RenderedChart> charts = new ArrayList<>();
        addIf(charts, !insight.byRate().isEmpty(), () -> AgencyRankChart.of("lowest-execution-rate",
                ChartText.LOWEST_RATE_TITLE.format(lang, Math.min(topN, insight.byRate().size())),
                ChartText.EXECUTION_RATE.in(lang), ChartText.LOWEST_RATE_NOTE.in(lang),
                insight.byRate().stream().limit(topN).map(a -> new AgencyRankChart.Bar(a.agency(),
                        a.rate().getAsDouble(), ChartText.TIP_RANKED_RATE.format(lang, a.agency(),
                        a.rate().getAsDouble(), ChartText.years(yearsOf(data, a.agency())), a.budget(), a.executed())))
                        .toList(), data.years(), options));
        addIf(charts, !insight.byCompletion().isEmpty(), () -> AgencyRankChart.of("lowest-indicator-completion",
                ChartText.LOWEST_COMPLETION_TITLE.format(lang, Math.min(topN, insight.byCompletion().size())),
                ChartText.COMPLETION.in(lang), ChartText.LOWEST_COMPLETION_NOTE.in(lang),
                insight.byCompletion().stream().limit(topN).map(c -> new AgencyRankChart.Bar(c.agency(), c.rate(),
                        ChartText.TIP_COMPLETION.format(lang, c.agency(), c.rate(), c.met(), c.judgeable())))
                        .toList(), data.years(), options));
        Map<String, AgencyCompletion> completion = insight.byCompletion().stream()
                .collect(Collectors.toMap(AgencyCompletion::agency, c -> c));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < insight.byRate().size(); i++) {
            AgencyExecution agency = insight.byRate().get(i);
            UnitYearRate latest = insight.latestRate().get(agency.agency());
            AgencyCompletion completed = completion.get(agency.agency());
            rows.add(List.of(String.valueOf(i + 1), agency.agency(),
                    agency.firstYear() == agency.lastYear() ? String.valueOf(agency.firstYear())
                            : agency.firstYear() + "–" + agency.lastYear(),
                    amount(agency.budget()), amount(agency.executed()), decimal(agency.rate().getAsDouble()),
                    latest == null ? "–" : latest.year() + "：" + decimal(latest.rate()),
                    latest == null || latest.change() == null ? "–" : signed(latest.change()),
                    completed == null ? "–" : decimal(completed.rate())));
        }
        TableExcerpt<List<String>> excerpt = TableExcerpt.of(rows, rowCap, (a, b) -> 0, messages.get("first.rates"),
                commands.metric("execution-rate"));
        ReportTable table = new ReportTable(messages.get("table.ranking"), List.of(messages.get("col.rank"),
                messages.get("unit"), messages.get("col.years"), messages.get("col.budget"),
                messages.get("col.executed"), messages.get("col.rate"), messages.get("col.latestRate"),
                messages.get("col.change"), messages.get("col.completion")), excerpt);
        return new ReportSection(messages.get("section.worst"), scope(data, "measure.rate"), charts,
                rows.isEmpty() ? List.of() : List.of(table));
    }

    private ReportSection trend(ReportData data, Insight insight, ChartOptions options) {
        List<RenderedChart> charts = new ArrayList<>();
        long years = data.rates().stream().map(UnitYearRate::year).distinct().count();
        if (years < 2) {
            return new ReportSection(messages.get("section.trend"), scope(data, "measure.change") + "。"
                    + messages.get("trend.oneYear"), charts, List.of());
        }
        List<String> lowest = insight.lowestAgencies(topN).stream()
                .filter(agency -> data.rates().stream().anyMatch(r -> r.unit().equals(agency))).toList();
        addIf(charts, !RateMoversChart.movers(data.rates(), MOVERS_PER_SIDE).isEmpty(),
                () -> RateMoversChart.of(data.rates(), MOVERS_PER_SIDE, options));
        addIf(charts, !lowest.isEmpty(), () -> TrendSmallMultiples.of(data.rates(), lowest, options));
        addIf(charts, !lowest.isEmpty(), () -> ExecutionRateHeatMap.of(data.rates(), lowest,
                insight.byRate().size(), options));
        return new ReportSection(messages.get("section.trend"), scope(data, "measure.change"), charts, List.of());
    }

    private ReportSection execution(ReportData data, ChartOptions options) {
        List<RenderedChart> charts = new ArrayList<>();
        data.budgets().stream().map(UnitBudget::year).max(Comparator.naturalOrder())
                .ifPresent(year -> charts.add(ChartRenderer.render(BudgetExecutionChart.of(data.budgets(), year, options))));
        List<UnitBudget> byUnitAndYear = data.budgets().stream()
                .sorted(Comparator.comparing(UnitBudget::unit).thenComparingInt(UnitBudget::year)).toList();
        // cut: the lowest rates first; a year without budget has no rate and comes last
        Comparator<UnitBudget> lowestRate = Comparator.comparingDouble(
                b -> b.budget() == 0 ? Double.MAX_VALUE : b.executed() / b.budget());
        TableExcerpt<List<String>> rows = TableExcerpt.of(byUnitAndYear, rowCap,
                        lowestRate.thenComparing(UnitBudget::unit).thenComparingInt(UnitBudget::year),
                        messages.get("first.rates"), commands.metric("execution-rate"))
                .map(b -> List.of(b.unit(), String.valueOf(b.year()), amount(b.budget()), amount(b.executed()),
                        b.budget() == 0 ? "–" : decimal(100 * b.executed() / b.budget())));
        ReportTable table = new ReportTable(messages.get("table.rates"), List.of(messages.get("unit"),
                messages.get("year"), messages.get("col.budget"), messages.get("col.executed"),
                messages.get("col.rate")), rows);
        return new ReportSection(messages.get("section.execution"), scope(data, "measure.budget"), charts,
                List.of(table));
    }

    private ReportSection indicators(ReportData data, ChartOptions options) {
        List<RenderedChart> charts = new ArrayList<>();
        addIf(charts, !data.indicators().isEmpty(),
                () -> IndicatorStatusChart.byCategory(data.indicators(), data.years(), options));
        List<IndicatorStatus> statuses = List.of(IndicatorStatus.MET, IndicatorStatus.PARTIAL, IndicatorStatus.UNMET,
                IndicatorStatus.QUALITATIVE, IndicatorStatus.UNKNOWN, IndicatorStatus.NOT_APPLICABLE);
        Map<String, Map<IndicatorStatus, Long>> byUnit = data.indicators().stream().collect(Collectors.groupingBy(
                IndicatorCount::unit, TreeMap::new, Collectors.groupingBy(IndicatorCount::status,
                        Collectors.summingLong(IndicatorCount::count))));
        List<String> columns = new ArrayList<>(List.of(messages.get("unit")));
        statuses.forEach(status -> columns.add(ChartText.status(status, lang)));
        columns.add(messages.get("col.total"));
        columns.add(messages.get("col.completion"));
        Comparator<Map.Entry<String, Map<IndicatorStatus, Long>>> mostMissed = Comparator.comparingLong(
                entry -> -(entry.getValue().getOrDefault(IndicatorStatus.UNMET, 0L)
                        + entry.getValue().getOrDefault(IndicatorStatus.PARTIAL, 0L)));
        TableExcerpt<List<String>> rows = TableExcerpt.of(List.copyOf(byUnit.entrySet()), rowCap,
                mostMissed.thenComparing(Map.Entry::getKey), messages.get("first.statuses"),
                commands.metric("indicator-completion")).map(entry -> {
                    List<String> row = new ArrayList<>(List.of(entry.getKey()));
                    statuses.forEach(status -> row.add(String.valueOf(entry.getValue().getOrDefault(status, 0L))));
                    row.add(String.valueOf(entry.getValue().values().stream().mapToLong(Long::longValue).sum()));
                    long met = entry.getValue().getOrDefault(IndicatorStatus.MET, 0L);
                    long judgeable = met + entry.getValue().getOrDefault(IndicatorStatus.PARTIAL, 0L)
                            + entry.getValue().getOrDefault(IndicatorStatus.UNMET, 0L);
                    row.add(judgeable == 0 ? "–" : decimal(100.0 * met / judgeable));
                    return row;
                });
        return new ReportSection(messages.get("section.indicators"), scope(data, "measure.completion"), charts,
                List.of(new ReportTable(messages.get("table.statuses"), columns, rows)));
    }

    private ReportSection scores(ReportData data, ChartOptions options) {
        List<RenderedChart> charts = new ArrayList<>();
        addIf(charts, !data.projects().isEmpty(), () -> ScoreRateScatterChart.of(data.projects(), options));
        addIf(charts, !data.grades().isEmpty(), () -> GradeDistributionChart.of(data.grades(), options));
        Comparator<ScoreRatePoint> lowest = Comparator.comparingDouble(p -> Math.min(p.executionRate(), p.score()));
        List<ScoreRatePoint> outliers = data.projects().stream().filter(ScoreRateScatterChart::isOutlier)
                .sorted(lowest).toList();
        TableExcerpt<List<String>> rows = TableExcerpt.of(outliers, rowCap, lowest, messages.get("first.lowProjects"),
                        commands.sql("low-projects", ReportQueries.PROJECTS, "f", LOW_PROJECTS_WHERE, LOW_PROJECTS_ORDER))
                .map(p -> List.of(p.unit(), p.project(), String.valueOf(p.year()), decimal(p.executionRate()),
                        decimal(p.score())));
        ReportTable table = new ReportTable(messages.get("table.lowProjects"), List.of(messages.get("unit"),
                messages.get("project"), messages.get("year"), messages.get("col.rate"), messages.get("col.score")),
                rows);
        return new ReportSection(messages.get("section.scores"), scope(data, "measure.scores"), charts,
                outliers.isEmpty() ? List.of() : List.of(table));
    }

    private TableExcerpt<Shortfall> shortfalls(ReportData data) {
        return TableExcerpt.of(data.shortfalls(), rowCap,
                Comparator.comparingDouble(Shortfall::pointsLost).reversed(), messages.get("first.shortfalls"),
                commands.metric("shortfalls"));
    }

    /** The findings come errors first already: a cut keeps that order. */
    private TableExcerpt<DataQualityRow> findings(ReportData data) {
        return TableExcerpt.of(data.findings(), rowCap, (a, b) -> 0, messages.get("first.findings"),
                commands.sql("findings", ReportQueries.FINDINGS, "f", "", ReportQueries.FINDINGS_ORDER));
    }

    private List<RenderedChart> dataQualityCharts(ReportData data, ChartOptions options) {
        Map<String, Map<String, Long>> counts = data.findings().stream().collect(Collectors.groupingBy(
                DataQualityRow::unit, TreeMap::new,
                Collectors.groupingBy(DataQualityRow::severity, TreeMap::new, Collectors.counting())));
        List<FindingCount> findingCounts = new ArrayList<>();
        counts.forEach((unit, bySeverity) -> bySeverity.forEach((severity, count) ->
                findingCounts.add(new FindingCount(unit, severity, count))));
        List<RenderedChart> charts = new ArrayList<>();
        addIf(charts, !findingCounts.isEmpty(), () -> FindingsChart.of(findingCounts, data.years(), options));
        return charts;
    }

    private List<KeyFigure> keyFigures(ReportData data) {
        double budget = data.budgets().stream().mapToDouble(UnitBudget::budget).sum();
        double executed = data.budgets().stream().mapToDouble(UnitBudget::executed).sum();
        Map<IndicatorStatus, Long> statuses = data.indicators().stream().collect(Collectors.groupingBy(
                IndicatorCount::status, Collectors.summingLong(IndicatorCount::count)));
        long met = statuses.getOrDefault(IndicatorStatus.MET, 0L);
        long judged = met + statuses.getOrDefault(IndicatorStatus.PARTIAL, 0L)
                + statuses.getOrDefault(IndicatorStatus.UNMET, 0L);
        long graded = data.grades().stream().mapToLong(GradeCount::count).sum();
        long excellent = data.grades().stream().filter(g -> g.grade() == Grade.EXCELLENT)
                .mapToLong(GradeCount::count).sum();
        Map<String, Long> severities = data.findings().stream()
                .collect(Collectors.groupingBy(DataQualityRow::severity, Collectors.counting()));
        return List.of(
                new KeyFigure(messages.get("figure.agencies"), String.valueOf(data.budgets().stream()
                        .map(UnitBudget::unit).distinct().count())),
                // every self-evaluated project (the scatter's points are only those with a score and both amounts)
                new KeyFigure(messages.get("figure.projects"), String.valueOf(data.projectRows().isEmpty()
                        ? data.projects().size() : data.projectRows().size())),
                new KeyFigure(messages.get("figure.budget"), amount(budget)),
                new KeyFigure(messages.get("figure.executed"), amount(executed)),
                new KeyFigure(messages.get("figure.rate"), budget == 0 ? "–" : decimal(100 * executed / budget) + "%"),
                new KeyFigure(messages.get("figure.met"), judged == 0 ? "–"
                        : met + " / " + judged + " (" + decimal(100.0 * met / judged) + "%)"),
                new KeyFigure(messages.get("figure.excellent"), graded == 0 ? "–"
                        : excellent + " / " + graded),
                new KeyFigure(messages.get("figure.findings"), severities.getOrDefault("error", 0L) + " / "
                        + severities.getOrDefault("warning", 0L) + " / " + severities.getOrDefault("info", 0L)));
    }

    private List<String> headlines(ReportData data, Insight insight) {
        String separator = lang == Lang.ZH ? "、" : ", ";
        String years = ChartText.years(data.years());
        List<String> lines = new ArrayList<>();
        if (!insight.byRate().isEmpty()) {
            lines.add(String.format(Locale.ROOT, messages.get("headline.lowestRate"), years,
                    insight.byRate().stream().limit(HEADLINE_AGENCIES)
                            .map(a -> a.agency() + " " + decimal(a.rate().getAsDouble()) + "%")
                            .collect(Collectors.joining(separator))));
            long below = insight.byRate().stream().filter(a -> a.rate().getAsDouble() < 90).count();
            lines.add(String.format(Locale.ROOT, messages.get("headline.below90"), insight.byRate().size(), below));
        }
        if (!insight.byCompletion().isEmpty()) {
            lines.add(String.format(Locale.ROOT, messages.get("headline.lowestCompletion"), years,
                    insight.byCompletion().stream().limit(HEADLINE_AGENCIES)
                            .map(c -> c.agency() + " " + decimal(c.rate()) + "%")
                            .collect(Collectors.joining(separator))));
        }
        List<UnitYearRate> movers = RateMoversChart.movers(data.rates(), HEADLINE_AGENCIES);
        if (data.years().size() == 1) {
            lines.add(String.format(Locale.ROOT, messages.get("headline.oneYear"), data.years().get(0)));
        } else if (!movers.isEmpty()) {
            Function<Boolean, String> side = drops -> {
                String listed = movers.stream().filter(m -> (m.change() < 0) == drops)
                        .map(m -> m.unit() + " " + signed(m.change())).collect(Collectors.joining(separator));
                return listed.isEmpty() ? messages.get("headline.none") : listed;
            };
            lines.add(String.format(Locale.ROOT, messages.get("headline.movers"), movers.get(0).year(),
                    side.apply(true), side.apply(false)));
        }
        return lines;
    }

    /** Provinces (the lowest rate first), their agencies (the same), each agency's projects (the same, capped). */
    private DrillDown drillDown(ReportData data) {
        Map<String, Map<String, List<ProjectRow>>> byRegion = data.projectRows().stream().collect(
                Collectors.groupingBy(row -> row.province().isEmpty() ? messages.get("drill.unknownRegion")
                                : row.province(), TreeMap::new,
                        Collectors.groupingBy(ProjectRow::agency, TreeMap::new, Collectors.toList())));
        Comparator<ProjectRow> lowestRate = Comparator.comparing(ProjectRow::rate,
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<DrillDown.Region> regions = new ArrayList<>();
        byRegion.forEach((region, agencies) -> {
            List<DrillDown.Agency> rows = new ArrayList<>();
            agencies.forEach((agency, projects) -> rows.add(new DrillDown.Agency(agency, AgencyAnchor.id(agency),
                    totals(projects), projects.stream().sorted(lowestRate.thenComparing(ProjectRow::year)
                    .thenComparing(ProjectRow::project)).limit(rowCap).toList())));
            rows.sort(Comparator.comparing((DrillDown.Agency a) -> a.totals().rate(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DrillDown.Agency::name));
            regions.add(new DrillDown.Region(region, totals(agencies.values().stream().flatMap(List::stream)
                    .toList()), rows));
        });
        regions.sort(Comparator.comparing((DrillDown.Region r) -> r.totals().rate(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DrillDown.Region::name));
        return new DrillDown(regions);
    }

    private static DrillDown.Totals totals(List<ProjectRow> projects) {
        // as the execution-rate metric: the sums over the forms that give both amounts
        return new DrillDown.Totals(projects.size(),
                projects.stream().filter(ProjectRow::hasAmounts).mapToDouble(ProjectRow::budget).sum(),
                projects.stream().filter(ProjectRow::hasAmounts).mapToDouble(ProjectRow::executed).sum());
    }

    private static List<Integer> yearsOf(ReportData data, String agency) {
        return data.budgets().stream().filter(b -> b.unit().equals(agency)).map(UnitBudget::year).distinct()
                .sorted().toList();
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    private static void addIf(List<RenderedChart> charts, boolean hasData, Supplier<ChartFigure> figure) {
        if (hasData) {
            charts.add(ChartRenderer.render(figure.get()));
        }
    }

    private static String amount(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
