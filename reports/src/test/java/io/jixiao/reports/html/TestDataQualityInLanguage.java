package io.jixiao.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.SampleEngine;
import io.jixiao.reports.metrics.MetricFilters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Issue 18: the data-quality table of the report on the sample warehouse (the real ingest) names each rule and says
 * what is wrong in the report's language, with the finding's own figures.
 */
class TestDataQualityInLanguage {
    private static final int RULE = 3;
    private static final int MESSAGE = 5;

    private static final DuckDbMetricEngine engine = SampleEngine.get();

    private static List<List<String>> rows(Lang lang, Path dir) throws IOException {
        ReportData data = new WarehouseReportData(engine).fetch(MetricFilters.NONE, lang, false);
        ReportContent content = new ReportBuilder(lang, 8, 500, SampleReportData.COMMANDS)
                .build(data, LocalDate.of(2026, 12, 2));
        Element table = Jsoup.parse(new ReportWriter().write(content, dir).toFile(), "UTF-8")
                .selectFirst("#data-quality table");
        assertThat(table).isNotNull();
        return table.select("tbody tr").stream()
                .map(row -> row.select("td").stream().map(Element::text).toList()).toList();
    }

    @Test
    void theChineseReportSaysEveryFindingInChinese(@TempDir Path dir) throws IOException {
        List<List<String>> rows = rows(Lang.ZH, dir);

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(RULE)).doesNotContainPattern("[A-Za-z_]");
            assertThat(row.get(MESSAGE)).doesNotContainPattern("[A-Za-z]{2,}");
        });
        // 002 成本性支出: 10 + (10+10+10+10+5+5+3.8+5+9.5+10+10) = 98.3, the form states 98.8
        assertThat(rows).filteredOn(row -> row.get(1).equals("成本性支出") && row.get(RULE).equals("总分与各项得分之和不符"))
                .singleElement().satisfies(row -> assertThat(row.get(MESSAGE)).contains("98.3", "98.8"));
        // the indicator a deduction without a reason is about: 3.8 of 5 (002 line 149)
        assertThat(rows).filteredOn(row -> row.get(RULE).equals("扣分未说明原因"))
                .anySatisfy(row -> assertThat(row.get(MESSAGE)).contains("标准仪器委托检定费", "3.8", "5"));
    }

    @Test
    void theEnglishReportSaysItInEnglish(@TempDir Path dir) throws IOException {
        List<List<String>> rows = rows(Lang.EN, dir);

        assertThat(rows).extracting(row -> row.get(RULE)).contains("Total score ≠ sum of scores")
                .doesNotContain("total_score_mismatch");
        assertThat(rows).filteredOn(row -> row.get(RULE).equals("Total score ≠ sum of scores"))
                .allSatisfy(row -> assertThat(row.get(MESSAGE)).startsWith("总分 ").contains("differs from"));
    }
}
