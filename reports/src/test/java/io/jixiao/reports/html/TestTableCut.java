package io.jixiao.reports.html;

import io.jixiao.reports.charts.IndicatorCount;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.ScoreRatePoint;
import io.jixiao.reports.charts.UnitBudget;
import io.jixiao.reports.charts.UnitYearRate;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.schema.vocabulary.IndicatorStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables of a large made-up warehouse (120 agencies × 10 years, seeded): over the row cap a table prints the
 * rows that matter first, says how many it shows of how many, and names the command that writes it whole.
 */
class TestTableCut {
    private static final int AGENCIES = 120;
    private static final int FIRST_YEAR = 2016;
    private static final int LAST_YEAR = 2025;
    private static final LocalDate GENERATED = LocalDate.of(2026, 11, 21);
    private static ReportData data;

    @BeforeAll
    static void makeUp() {
        Random random = new Random(11);
        List<UnitYearRate> rates = new ArrayList<>();
        List<UnitBudget> budgets = new ArrayList<>();
        List<IndicatorCount> indicators = new ArrayList<>();
        List<ScoreRatePoint> projects = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        List<DataQualityRow> findings = new ArrayList<>();
        for (int a = 0; a < AGENCIES; a++) {
            String unit = String.format("示例市第%03d计量检定所", a + 1);
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                double budget = 50 + random.nextInt(2000);
                double rate = 60 + random.nextDouble() * 40;
                rates.add(new UnitYearRate(unit, year, rate));
                budgets.add(new UnitBudget(unit, year, budget, budget * rate / 100));
                projects.add(new ScoreRatePoint(unit, "项目" + year, year, rate, 70 + random.nextDouble() * 30));
                shortfalls.add(new Shortfall(unit, "项目" + year, year, "服务客户数量", "≥10家", "8家", "客户需求减少",
                        random.nextInt(50) / 10.0));
                findings.add(new DataQualityRow(unit, "项目" + year, year, "initial_budget_missing",
                        random.nextInt(4) == 0 ? "error" : "info", "年初预算数为空", "数值", "", "x.txt:" + year));
            }
            for (IndicatorStatus status : IndicatorStatus.values()) {
                indicators.add(new IndicatorCount(unit, "产出指标", "数量指标", status, random.nextInt(6)));
            }
        }
        findings.sort(Comparator.comparing(f -> f.severity().equals("error") ? 0 : 1));
        data = new ReportData("", List.of(FIRST_YEAR, LAST_YEAR), true, rates, budgets, indicators, projects,
                List.of(), shortfalls, findings);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 1199})
    void theRatesTableShowsTheLowestRatesOfTheCap(int cap) {
        // section 3, 预算执行明细: the rates per agency and year
        ReportTable rates = build(cap, SampleReportData.COMMANDS).sections().get(2).tables().get(0);

        assertThat(rates.rows()).hasSize(cap);
        assertThat(rates.excerpt().total()).isEqualTo(AGENCIES * 10);
        double highestShown = rates.rows().stream().mapToDouble(row -> Double.parseDouble(row.get(4))).max()
                .orElseThrow();
        double lowestCut = data.budgets().stream().mapToDouble(b -> 100 * b.executed() / b.budget()).sorted()
                .skip(cap).findFirst().orElseThrow();
        assertThat(highestShown).isLessThanOrEqualTo(Math.round(lowestCut * 100) / 100.0);
    }

    @Test
    void aCutTablePrintsShowingNOfMAndTheFullTableCommand(@TempDir Path dir) throws IOException {
        ReportContent content = build(50, SampleReportData.COMMANDS);
        Document page = Jsoup.parse(new ReportWriter().write(content, dir).toFile(), "UTF-8");

        Element rates = page.selectFirst("#section-3 table");
        assertThat(rates.select("tbody tr")).hasSize(50);
        Element note = rates.parent().nextElementSibling();
        assertThat(note.hasClass("cut")).isTrue();
        assertThat(note.ownText()).isEqualTo("显示 50 行（共 1,200 行），执行率最低的在前。完整表格：");
        assertThat(note.selectFirst("code").text()).isEqualTo(
                "jixiao query execution-rate --by agency --warehouse warehouse --format csv --out execution-rate.csv");
        // 120 agencies: more than 50 in the ranking and the status tables too; the low-project table, shortfalls,
        // findings
        assertThat(page.select("p.cut")).hasSize(6);
        assertThat(page.selectFirst("#section-1 .table-wrap").nextElementSibling().ownText())
                .isEqualTo("显示 50 行（共 120 行），执行率最低的在前。完整表格：");
        assertThat(page.select("table")).allSatisfy(table -> assertThat(table.select("tbody tr").size())
                .isLessThanOrEqualTo(50));
        assertThat(page.selectFirst("#shortfalls p.cut code").text()).startsWith("jixiao query shortfalls --by agency");
        assertThat(page.selectFirst("#data-quality p.cut code").text()).startsWith("jixiao sql \"SELECT f.unit");
    }

    @Test
    void theOtherCutTablesPutFirstWhatAnAnalystReadsFirst() {
        ReportContent content = build(50, SampleReportData.COMMANDS);

        double leastLostShown = content.shortfalls().rows().stream().mapToDouble(Shortfall::pointsLost).min()
                .orElseThrow();
        double mostLostCut = data.shortfalls().stream().mapToDouble(Shortfall::pointsLost)
                .boxed().sorted(Comparator.reverseOrder()).skip(50).findFirst().orElseThrow();
        assertThat(leastLostShown).isGreaterThanOrEqualTo(mostLostCut);
        assertThat(content.dataQuality().rows()).hasSize(50).allMatch(f -> f.severity().equals("error"));
        ReportTable statuses = content.sections().get(3).tables().get(0);
        long fewestMissedShown = statuses.rows().stream()
                .mapToLong(row -> Long.parseLong(row.get(2)) + Long.parseLong(row.get(3))).min().orElseThrow();
        assertThat(statuses.rows()).hasSize(50);
        assertThat(data.indicators().stream().filter(c -> c.status() == IndicatorStatus.UNMET
                        || c.status() == IndicatorStatus.PARTIAL)
                .collect(java.util.stream.Collectors.groupingBy(IndicatorCount::unit,
                        java.util.stream.Collectors.summingLong(IndicatorCount::count)))
                .values().stream().filter(missed -> missed > fewestMissedShown).count())
                .isLessThanOrEqualTo(50);
    }

    @Test
    void belowTheCapNothingIsCut(@TempDir Path dir) throws IOException {
        ReportContent content = build(AGENCIES * 10, SampleReportData.COMMANDS);
        Document page = Jsoup.parse(new ReportWriter().write(content, dir).toFile(), "UTF-8");

        assertThat(page.select("p.cut")).isEmpty();
        // in its own order: by agency, then year
        assertThat(page.select("#section-3 table tbody tr").first().select("td").eachText())
                .startsWith("示例市第001计量检定所", "2016");
    }

    @Test
    void theCommandsCarryTheReportsFiltersQuotedForTheShell() {
        MetricFilters filters = MetricFilters.NONE.withYears(2023, 2024).withRegions("上海市")
                .withUnits("O'Brien \"实验\" $HOME");
        FullTableCommands commands = new FullTableCommands("/data/my warehouse", filters);

        assertThat(commands.metric("execution-rate")).isEqualTo("jixiao query execution-rate --by agency "
                + "--warehouse \"/data/my warehouse\" --years 2023,2024 --region 上海市 "
                + "--unit \"O'Brien \\\"实验\\\" \\$HOME\" --format csv --out execution-rate.csv");
        assertThat(commands.sql("findings", "SELECT f.unit FROM forms f", "f", "", "f.unit"))
                .isEqualTo("jixiao sql \"SELECT f.unit FROM forms f WHERE f.year IN (2023, 2024) "
                        + "AND f.region IN ('上海市') AND f.unit IN ('O''Brien \\\"实验\\\" \\$HOME') ORDER BY f.unit\" "
                        + "--warehouse \"/data/my warehouse\" --format csv --out findings.csv");
    }

    private static ReportContent build(int cap, FullTableCommands commands) {
        return new ReportBuilder(Lang.ZH, 8, cap, commands).build(data, GENERATED);
    }
}
