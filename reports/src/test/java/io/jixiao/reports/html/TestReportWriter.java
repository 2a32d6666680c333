package io.jixiao.reports.html;

import io.jixiao.reports.charts.Lang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestReportWriter {
    private static final LocalDate GENERATED = LocalDate.of(2026, 11, 21);
    private static ReportContent chinese;

    @BeforeAll
    static void build() {
        chinese = new ReportBuilder(Lang.ZH, 8, 50, SampleReportData.COMMANDS).build(SampleReportData.real(false), GENERATED);
    }

    @Test
    void writesOneSelfContainedPageWithTheSvgsBeside(@TempDir Path dir) throws IOException {
        Path index = new ReportWriter().write(chinese, dir);
        String html = Files.readString(index, StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(index).isEqualTo(dir.resolve("index.html"));
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("url(");
        assertThat(page.select("link, iframe, object, embed, script[src]")).isEmpty();
        assertThat(page.select("script")).hasSize(1); // the report's own, inline
        // lowest rates, lowest completion; small multiples, heat map (three agencies of one year each: no movers);
        // budgets of 2024; status by category; scatter, grades; findings
        assertThat(page.select("img")).hasSize(9);
        try (var svgs = Files.list(dir.resolve("charts"))) {
            assertThat(svgs).hasSize(9);
        }
        for (Element img : page.select("img")) {
            assertThat(img.attr("src")).startsWith("data:image/png;base64,");
            assertThat(img.attr("alt")).isNotBlank();
        }
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#")) {
                assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
            } else {
                assertThat(href).startsWith("charts/").endsWith(".svg");
                assertThat(dir.resolve(href)).isRegularFile();
            }
        }
        assertThat(html).contains("@media print").contains("page-break-before");
        // without the script, a chart's marks still say what they are (the browser's own tooltip)
        assertThat(page.select(".hotspot")).isNotEmpty()
                .allSatisfy(spot -> assertThat(spot.attr("title")).isNotBlank().isEqualTo(spot.attr("aria-label")));
        // every section says what its figures cover
        assertThat(page.select("section")).allSatisfy(section ->
                assertThat(section.selectFirst("p.scope").text()).startsWith("范围：全部单位；年度：2020, 2023–2024；"));
    }

    /** Issue 15, fault 11: {@code report --out} overwrote a user's file in charts/. */
    @Test
    void replacesAnEarlierReportButNoOneElsesFile(@TempDir Path dir) throws IOException {
        new ReportWriter().write(chinese, dir);
        Path trend = dir.resolve("charts/execution-rate-heatmap.svg");
        Path notes = Files.writeString(dir.resolve("charts/notes.txt"), "mine");
        Files.writeString(trend, "stale");

        new ReportWriter().write(chinese, dir);
        assertThat(Files.readString(trend)).as("an earlier report's chart is replaced").startsWith("<?xml");
        assertThat(notes).hasContent("mine");

        Path user = Files.createDirectories(dir.resolve("user"));
        Path drawing = Files.writeString(Files.createDirectories(user.resolve("charts"))
                .resolve("execution-rate-heatmap.svg"), "my drawing");
        assertThatThrownBy(() -> new ReportWriter().write(chinese, user))
                .hasMessage(drawing + " exists and is not from an earlier report; the report was not written "
                        + "(give --out a new or empty folder, or one an earlier report wrote)");
        assertThat(drawing).hasContent("my drawing");
        assertThat(user.resolve("index.html")).doesNotExist();

        Path page = Files.writeString(Files.createDirectories(dir.resolve("site")).resolve("index.html"), "<p>home");
        assertThatThrownBy(() -> new ReportWriter().write(chinese, page.getParent()))
                .hasMessageContaining(page + " exists and is not from an earlier report");
        assertThat(page).hasContent("<p>home");

        Path linked = Files.createDirectories(dir.resolve("linked/charts"));
        Files.createSymbolicLink(linked.resolve("execution-rate-heatmap.svg"), notes);
        assertThatThrownBy(() -> new ReportWriter().write(chinese, linked.getParent()))
                .hasMessageContaining("execution-rate-heatmap.svg is a link");
        assertThat(notes).hasContent("mine");
    }

    @Test
    void showsTheFiguresOfTheSamples(@TempDir Path dir) throws IOException {
        Document page = Jsoup.parse(new ReportWriter().write(chinese, dir).toFile(), "UTF-8");
        String figures = page.select("dl.figures").text();

        // budgets 1164.03 + 1550.80 + 162.68, executed 1144.17 + 1547.86 + 162.68 (万元), 2854.71 / 2877.51
        assertThat(figures).contains("2,877.51").contains("2,854.71").contains("99.21%");
        // met 4 + 9 + 8 of 23 judged (one partial, one unmet in 002); all 15 forms 优
        assertThat(figures).contains("21 / 23 (91.30%)").contains("15 / 15");
        assertThat(page.select("table td").eachText())
                .contains("上海市计量测试技术研究院", "1,164.03", "1,144.17", "98.29", "63.54");
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.title()).isEqualTo("预算绩效分析报告");
        assertThat(page.getElementById("synthetic")).isNull();
    }

    @Test
    void escapesDocumentTextAndNeverWritesMarkupFromIt(@TempDir Path dir) throws IOException {
        String html = Files.readString(new ReportWriter().write(chinese, dir), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(page.select("td").eachText()).contains(SampleReportData.XSS_PROJECT);
    }

    @Test
    void leavesOutProjectLeadsAndPhoneNumbers(@TempDir Path dir) throws IOException {
        String html = Files.readString(new ReportWriter().write(chinese, dir), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain(SampleReportData.PERSON).doesNotContain(SampleReportData.PHONE)
                .contains("客户需求减少");
        for (Class<?> type : List.of(ReportContent.class, ReportSection.class, ReportTable.class, KeyFigure.class,
                Shortfall.class, DataQualityRow.class, ReportData.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                assertThat(component.getName().toLowerCase(Locale.ROOT)).as(type.getSimpleName())
                        .doesNotContain("phone", "lead", "contact", "person", "manager");
            }
        }
    }

    @Test
    void writesAReportThatSaysItHasNoDataWhenTheFiltersMatchNothing(@TempDir Path dir) throws IOException {
        ReportData nothing = new ReportData("单位：不存在的单位", List.of(), false, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        ReportContent content = new ReportBuilder(Lang.ZH, 8, 50, SampleReportData.COMMANDS).build(nothing, GENERATED);
        Document page = Jsoup.parse(new ReportWriter().write(content, dir).toFile(), "UTF-8");

        assertThat(page.select("img")).isEmpty();
        // issue 17: a report over no data says so at the top, and its empty sections claim no absence of problems
        assertThat(page.select("#no-data").text()).startsWith("筛选条件下没有任何表单");
        // the drill-down, shortfalls, data quality
        assertThat(page.select("p.empty").eachText()).containsExactly("无数据。", "无数据。", "无数据。");
        assertThat(page.select("p.meta").text()).contains("单位：不存在的单位");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void marksSyntheticDataInEitherLanguage(String code, @TempDir Path dir) throws IOException {
        Lang lang = Lang.parse(code);
        ReportContent content = new ReportBuilder(lang, 8, 50, SampleReportData.COMMANDS).build(SampleReportData.real(true), GENERATED);
        Document page = Jsoup.parse(new ReportWriter().write(content, dir).toFile(), "UTF-8");

        assertThat(page.getElementById("synthetic")).isNotNull();
        assertThat(page.getElementById("synthetic").text())
                .isEqualTo(new ReportMessages(lang).get("synthetic"));
        if (lang == Lang.EN) {
            assertThat(page.title()).isEqualTo("Budget performance report");
            assertThat(page.select("h2").eachText()).contains("1. Who is doing worst", "3. Budget execution in detail");
            assertThat(page.select("td").eachText()).contains("上海市计量测试技术研究院"); // names stay as written
        }
    }
}
