package io.jixiao.reports.html;

import io.jixiao.reports.charts.GradeCount;
import io.jixiao.reports.charts.IndicatorCount;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.ScoreRatePoint;
import io.jixiao.reports.charts.UnitBudget;
import io.jixiao.reports.charts.UnitYearRate;
import io.jixiao.reports.insight.AgencyYear;
import io.jixiao.reports.insight.AgencyYears;
import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.schema.finding.FindingArguments;
import io.jixiao.schema.vocabulary.Grade;
import io.jixiao.schema.vocabulary.IndicatorStatus;
import io.jixiao.schema.warehouse.WarehouseTable;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Fills {@link ReportData} from the warehouse: the catalog's metrics (execution-rate,
 * indicator-completion-by-category, shortfalls) for the aggregates, and two fixed read-only queries for what
 * no metric gives one row each of (the projects for the score scatter, the findings with their messages).
 * Those two take no user text: the filters are applied to their rows here, with the metrics' meaning
 * (every listed dimension must match one of its values).
 */
public final class WarehouseReportData {
    static final String PROJECTS_SQL = ReportQueries.PROJECTS + " WHERE " + ReportQueries.SELF_EVALUATIONS
            + " ORDER BY f.unit, f.year, f.project";
    static final String FINDINGS_SQL = ReportQueries.FINDINGS + " ORDER BY " + ReportQueries.FINDINGS_ORDER;

    private final MetricEngine engine;

    public WarehouseReportData(MetricEngine engine) {
        this.engine = engine;
    }

    public ReportData fetch(MetricFilters filters, Lang lang, boolean synthetic) {
        // per agency: a unit renamed (confirmed in agencies.csv) is one, under its current name
        MetricQuery byAgency = new MetricQuery(filters, GroupBy.AGENCY);
        List<UnitYearRate> rates = new ArrayList<>();
        List<UnitBudget> budgets = new ArrayList<>();
        for (AgencyYear row : AgencyYears.fetch(engine, filters)) {
            budgets.add(new UnitBudget(row.agency(), row.year(), row.budget(), row.executed()));
            if (row.rate() != null) {
                rates.add(new UnitYearRate(row.agency(), row.year(), row.rate(), row.previousYear(),
                        row.rateChange()));
            }
        }

        List<IndicatorCount> indicators = new ArrayList<>();
        for (Map<String, Object> row : new Rows(engine.run("indicator-completion-by-category", byAgency))) {
            if (number(row.get("category_level")).intValue() != 2) {
                continue;
            }
            for (IndicatorStatus status : IndicatorStatus.values()) {
                long count = number(row.get(status.code())).longValue();
                if (count > 0) {
                    indicators.add(new IndicatorCount(text(row.get("agency")), text(row.get("level1")),
                            text(row.get("level2")), status, count));
                }
            }
        }

        List<ScoreRatePoint> projects = new ArrayList<>();
        List<ProjectRow> projectRows = new ArrayList<>();
        Map<String, Map<Integer, Map<Grade, Long>>> grades = new TreeMap<>();
        for (Map<String, Object> row : filtered(engine.runSql(PROJECTS_SQL), filters)) {
            int year = number(row.get("year")).intValue();
            Object total = row.get("total_score");
            // the rate the ingest stored; a project without its executed amount has none: no point rather than one at 0%
            if (total != null && decimal(row.get("full_year_budget")) > 0 && row.get("execution_rate") != null) {
                projects.add(new ScoreRatePoint(text(row.get("agency")), text(row.get("project")), year,
                        decimal(row.get("execution_rate")), decimal(total)));
            }
            // the grade as stated; a form without a 评分等级 row (sample 002) gets the grade its total earns (stored)
            Grade grade = Grade.fromChinese(text(row.get("grade")))
                    .or(() -> Grade.fromChinese(text(row.get("grade_computed")))).orElse(null);
            String source = row.get("file_name") == null ? "" : text(row.get("file_name")) + ":" + row.get("first_line");
            projectRows.add(new ProjectRow(text(row.get("province")), text(row.get("region")),
                    text(row.get("agency")), text(row.get("project")), year, nullable(row.get("full_year_budget")),
                    nullable(row.get("executed")),
                    total == null ? null : decimal(total), grade, source));
            if (grade != null) {
                grades.computeIfAbsent(text(row.get("region")), region -> new TreeMap<>())
                        .computeIfAbsent(year, y -> new TreeMap<>()).merge(grade, 1L, Long::sum);
            }
        }
        List<GradeCount> gradeCounts = new ArrayList<>();
        grades.forEach((region, byYear) -> byYear.forEach((year, byGrade) -> byGrade.forEach((grade, count) ->
                gradeCounts.add(new GradeCount(region, year, grade, count)))));

        List<Shortfall> shortfalls = new ArrayList<>();
        for (Map<String, Object> row : new Rows(engine.run("shortfalls", byAgency))) {
            if (row.get("indicator") != null) {
                shortfalls.add(new Shortfall(text(row.get("agency")), text(row.get("project")),
                        number(row.get("year")).intValue(), text(row.get("indicator")), text(row.get("target")),
                        text(row.get("actual")), text(row.get("reason")), pointsLost(row),
                        row.get("file") == null ? "" : text(row.get("file")) + ":" + row.get("line")));
            }
        }

        List<DataQualityRow> findings = new ArrayList<>();
        for (Map<String, Object> row : filtered(engine.runSql(FINDINGS_SQL), filters)) {
            String file = row.get("file_name") == null ? "" : text(row.get("file_name")) + ":";
            findings.add(new DataQualityRow(text(row.get("agency")), text(row.get("project")),
                    number(row.get("year")).intValue(), text(row.get("rule")), text(row.get("severity")),
                    text(row.get("message")), text(row.get("expected")), text(row.get("actual")),
                    file + row.get("line"), FindingArguments.fromJson(text(row.get("arguments")))));
        }

        TreeSet<Integer> years = new TreeSet<>();
        budgets.forEach(b -> years.add(b.year()));
        projects.forEach(p -> years.add(p.year()));
        years.remove(WarehouseTable.UNKNOWN_YEAR);
        return new ReportData(describe(filters, new ReportMessages(lang)), List.copyOf(years), synthetic, rates,
                budgets, indicators, projects, gradeCounts, shortfalls, findings, projectRows);
    }

    /** The filters in words, e.g. "地区：上海市、江苏省；年度：2023"; empty for none. */
    static String describe(MetricFilters filters, ReportMessages messages) {
        List<String> parts = new ArrayList<>();
        String colon = messages.get("colon");
        Function<List<?>, String> joined = values -> String.join("、", values.stream().map(String::valueOf).toList());
        Stream.of(Map.entry("filter.years", filters.years()), Map.entry("filter.regions", filters.regions()),
                        Map.entry("filter.departments", filters.departments()),
                        Map.entry("filter.units", filters.units()), Map.entry("filter.kinds", filters.kinds()))
                .filter(entry -> !entry.getValue().isEmpty())
                .forEach(entry -> parts.add(messages.get(entry.getKey()) + colon + joined.apply(entry.getValue())));
        return String.join(messages.get("filter.separator"), parts);
    }

    private static List<Map<String, Object>> filtered(MetricTable table, MetricFilters filters) {
        return new Rows(table).stream()
                .filter(row -> matches(filters.years(), number(row.get("year")).intValue())
                        && matchesAny(filters.regions(), row.get("region"), row.get("province"),
                                row.get("prefecture"), row.get("county"))
                        && matches(filters.departments(), row.get("department"))
                        && matches(filters.units(), row.get("unit"))
                        && matches(filters.kinds(), row.get("kind")))
                .toList();
    }

    /** A region filter names a division at any level: a form in 杭州市 is in 浙江省 too. */
    private static boolean matchesAny(List<?> allowed, Object... values) {
        return allowed.isEmpty() || java.util.Arrays.stream(values).anyMatch(v -> v != null && allowed.contains(v));
    }

    private static boolean matches(List<?> allowed, Object value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }

    private static double pointsLost(Map<String, Object> row) {
        Object weight = row.get("weight");
        Object score = row.get("score");
        return weight == null || score == null ? 0 : Math.max(0, decimal(weight) - decimal(score));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : Double.parseDouble(value.toString());
    }

    private static Double nullable(Object value) {
        return value == null ? null : number(value).doubleValue();
    }

    private static double decimal(Object value) {
        return value == null ? 0 : number(value).doubleValue();
    }

    /** A metric table's rows as column → value maps. */
    private static final class Rows extends AbstractList<Map<String, Object>> {
        private final MetricTable table;

        Rows(MetricTable table) {
            this.table = table;
        }

        @Override
        public Map<String, Object> get(int index) {
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                row.put(table.columns().get(i), table.rows().get(index).get(i));
            }
            return row;
        }

        @Override
        public int size() {
            return table.rows().size();
        }
    }
}
