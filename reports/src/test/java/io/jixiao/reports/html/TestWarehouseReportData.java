package io.jixiao.reports.html;

import io.jixiao.reports.SampleWarehouse;
import io.jixiao.reports.charts.GradeCount;
import io.jixiao.reports.charts.IndicatorCount;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.ScoreRatePoint;
import io.jixiao.reports.charts.UnitBudget;
import io.jixiao.reports.charts.UnitYearRate;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.schema.vocabulary.Grade;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static io.jixiao.reports.charts.SampleChartData.CHANGJI;
import static io.jixiao.reports.charts.SampleChartData.SHANGHAI_METROLOGY;
import static io.jixiao.reports.charts.SampleChartData.SHANGHAI_PLATFORM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The report's data read from the sample warehouse (DuckDB over Parquet); figures from the documents. */
class TestWarehouseReportData {
    private static final String PREVIEW = System.getProperty("jixiao.reportPreview");
    private static DuckDbMetricEngine engine;

    @BeforeAll
    static void open() {
        engine = DuckDbMetricEngine.open(SampleWarehouse.path());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void readsBudgetsRatesScoresAndGradesOfTheSamples() {
        ReportData data = new WarehouseReportData(engine).fetch(MetricFilters.NONE, Lang.ZH, false);

        // 年度资金总额 rows summed by hand: 000 (2023), 003 (2024), 002 (2020)
        assertThat(data.budgets()).extracting(UnitBudget::unit, UnitBudget::year).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(SHANGHAI_METROLOGY, 2023),
                org.assertj.core.groups.Tuple.tuple(SHANGHAI_PLATFORM, 2024),
                org.assertj.core.groups.Tuple.tuple(CHANGJI, 2020));
        UnitBudget metrology = data.budgets().stream().filter(b -> b.unit().equals(SHANGHAI_METROLOGY)).findFirst()
                .orElseThrow();
        assertThat(metrology.budget()).isCloseTo(1164.03, within(0.005));
        assertThat(metrology.executed()).isCloseTo(1144.17, within(0.005));
        assertThat(data.rates()).extracting(UnitYearRate::rate)
                .containsExactlyInAnyOrder(98.29, 99.81, 100.00);
        assertThat(data.years()).containsExactly(2020, 2023, 2024);

        // 15 self-evaluations; 时频实验室运维经费 216.86 / 230.00 = 94.29 %, 总分 99.43
        assertThat(data.projects()).hasSize(15);
        ScoreRatePoint timeLab = data.projects().stream().filter(p -> p.project().equals("时频实验室运维经费"))
                .findFirst().orElseThrow();
        assertThat(timeLab.executionRate()).isCloseTo(94.29, within(0.005));
        assertThat(timeLab.score()).isEqualTo(99.43);

        // 000: 5 × 优, 003: 6 × 优 as stated; 002 states no grade, its totals 96.7–99.5 earn 优
        assertThat(data.grades()).containsExactlyInAnyOrder(
                new GradeCount("上海市", 2023, Grade.EXCELLENT, 5),
                new GradeCount("上海市", 2024, Grade.EXCELLENT, 6),
                new GradeCount("昌吉回族自治州", 2020, Grade.EXCELLENT, 4));

        // indicator_count of the transcribed forms: 000 7 + 5 + 9 + 7 + 10, 002 13 + 10 + 13 + 10
        assertThat(data.indicators().stream().filter(i -> i.unit().equals(SHANGHAI_METROLOGY))
                .mapToLong(IndicatorCount::count).sum()).isEqualTo(38);
        assertThat(data.indicators().stream().filter(i -> i.unit().equals(CHANGJI))
                .mapToLong(IndicatorCount::count).sum()).isEqualTo(46);
        assertThat(data.findings()).isNotEmpty().allSatisfy(row ->
                assertThat(row.source()).matches("\\d{3}_[0-9a-f]{16}\\.txt:\\d+|\\d+"));
        assertThat(data.filters()).isEmpty();
    }

    @Test
    void appliesTheFiltersToEveryPart() {
        MetricFilters changji = MetricFilters.NONE.withUnits(CHANGJI);
        ReportData data = new WarehouseReportData(engine).fetch(changji, Lang.ZH, false);

        assertThat(data.filters()).isEqualTo("单位：" + CHANGJI);
        assertThat(data.budgets()).extracting(UnitBudget::unit).containsOnly(CHANGJI);
        assertThat(data.projects()).hasSize(4).extracting(ScoreRatePoint::unit).containsOnly(CHANGJI);
        assertThat(data.findings()).isNotEmpty().extracting(DataQualityRow::unit).containsOnly(CHANGJI);
        assertThat(data.shortfalls()).extracting(Shortfall::unit).containsOnly(CHANGJI);
        // 002 lines 149–155: score 3.8 of weight 5; lines 180–184: 9.5 of 10
        assertThat(data.shortfalls()).filteredOn(s -> s.indicator().startsWith("标准仪器委托检定费"))
                .singleElement().satisfies(s -> assertThat(s.pointsLost()).isCloseTo(1.2, within(1e-9)));
        assertThat(data.shortfalls()).filteredOn(s -> s.indicator().equals("保护广大消费者和百姓的合法权益"))
                .singleElement().satisfies(s -> assertThat(s.pointsLost()).isCloseTo(0.5, within(1e-9)));
        assertThat(new WarehouseReportData(engine).fetch(MetricFilters.NONE.withYears(2023).withRegions("上海市"),
                Lang.EN, false).filters()).isEqualTo("years: 2023; regions: 上海市");
    }

    @Test
    void writesTheReportFromTheWarehouse(@TempDir Path tempDir) throws IOException {
        // -Djixiao.reportPreview=DIR keeps the report for a look
        Path dir = PREVIEW == null ? tempDir : Files.createDirectories(Path.of(PREVIEW, "warehouse"));
        ReportData data = new WarehouseReportData(engine).fetch(MetricFilters.NONE, Lang.ZH, false);
        ReportContent content = new ReportBuilder(Lang.ZH, 8, 50, SampleReportData.COMMANDS).build(data, LocalDate.of(2026, 11, 21));
        Document page = Jsoup.parse(new ReportWriter().write(content, dir).toFile(), "UTF-8");

        // budgets 1164.03 + 1550.80 + 162.68, executed 1144.17 + 1547.86 + 162.68 (万元)
        assertThat(page.select("dl.figures").text()).contains("2,877.51").contains("2,854.71").contains("99.21%");
        assertThat(page.select("img")).hasSizeGreaterThanOrEqualTo(9);
    }
}
