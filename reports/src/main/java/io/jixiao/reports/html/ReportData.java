package io.jixiao.reports.html;

import io.jixiao.reports.charts.GradeCount;
import io.jixiao.reports.charts.IndicatorCount;
import io.jixiao.reports.charts.ScoreRatePoint;
import io.jixiao.reports.charts.UnitBudget;
import io.jixiao.reports.charts.UnitYearRate;

import java.util.List;

/**
 * The figures a report is made of, however they were fetched (the warehouse's metric engine, or a test).
 *
 * @param filters   the filters applied, worded for the reader ("" for none)
 * @param years     the years the data covers
 * @param synthetic true when the data is made up
 * @param rates     execution rate per agency and year
 * @param budgets   budget and executed amount per agency and year (万元)
 * @param indicators indicator counts per agency, category and status
 * @param projects  score and execution rate per self-evaluated project
 * @param grades    projects per region, year and grade
 * @param shortfalls indicators not met or partly met, with the deviation reason
 * @param findings  data-quality findings
 * @param projectRows every self-evaluated project with its place, for the drill-down
 */
public record ReportData(String filters, List<Integer> years, boolean synthetic, List<UnitYearRate> rates,
                         List<UnitBudget> budgets, List<IndicatorCount> indicators, List<ScoreRatePoint> projects,
                         List<GradeCount> grades, List<Shortfall> shortfalls, List<DataQualityRow> findings,
                         List<ProjectRow> projectRows) {
    public ReportData {
        filters = filters == null ? "" : filters;
        years = years.stream().distinct().sorted().toList();
        rates = List.copyOf(rates);
        budgets = List.copyOf(budgets);
        indicators = List.copyOf(indicators);
        projects = List.copyOf(projects);
        grades = List.copyOf(grades);
        shortfalls = List.copyOf(shortfalls);
        findings = List.copyOf(findings);
        projectRows = List.copyOf(projectRows);
    }

    /** Without the projects' drill-down rows. */
    public ReportData(String filters, List<Integer> years, boolean synthetic, List<UnitYearRate> rates,
                      List<UnitBudget> budgets, List<IndicatorCount> indicators, List<ScoreRatePoint> projects,
                      List<GradeCount> grades, List<Shortfall> shortfalls, List<DataQualityRow> findings) {
        this(filters, years, synthetic, rates, budgets, indicators, projects, grades, shortfalls, findings, List.of());
    }
}
