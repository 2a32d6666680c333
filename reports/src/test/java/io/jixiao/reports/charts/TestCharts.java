package io.jixiao.reports.charts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.jixiao.reports.charts.SampleChartData.*;
import static org.assertj.core.api.Assertions.assertThat;

class TestCharts {
    /** Set -Djixiao.chartPreview=DIR to keep the rendered charts for a look. */
    private static final String PREVIEW = System.getProperty("jixiao.chartPreview");

    static Stream<Arguments> realCharts() {
        return Stream.of(Lang.ZH, Lang.EN).flatMap(lang -> {
            ChartOptions options = new ChartOptions(lang, "", 8);
            List<String> shanghai = List.of(SHANGHAI_METROLOGY, SHANGHAI_PLATFORM);
            List<Color> statusColours = List.of(ChartPalette.GREEN, ChartPalette.OKABE_ORANGE, ChartPalette.VERMILLION);
            return Stream.of(
                    Arguments.of(ExecutionRateTrendChart.of(RATES, options), UNITS,
                            List.of(ChartPalette.series(0), ChartPalette.series(1), ChartPalette.series(2))),
                    Arguments.of(BudgetExecutionChart.of(BUDGETS, 2023, options), List.of(SHANGHAI_METROLOGY),
                            List.of(ChartPalette.BUDGET, ChartPalette.EXECUTED)),
                    Arguments.of(ExecutionRateHeatMap.of(RATES, UNITS, UNITS.size(), options), UNITS,
                            List.of(RateBand.GOOD.colour())),
                    Arguments.of(AgencyRankChart.of("lowest-execution-rate", "执行率最低", "执行率（%）", "口径",
                            RATES.stream().map(r -> new AgencyRankChart.Bar(r.unit(), r.rate(), r.unit()))
                                    .toList(), YEARS, options), UNITS, List.of(RateBand.GOOD.colour())),
                    Arguments.of(IndicatorStatusChart.byUnit(INDICATORS, YEARS, options), UNITS, statusColours),
                    Arguments.of(IndicatorStatusChart.byCategory(INDICATORS, YEARS, options),
                            List.of("产出指标 / 数量指标", "效益指标 / 社会效益指标"), statusColours),
                    Arguments.of(ScoreRateScatterChart.of(PROJECTS, options), List.of(),
                            List.of(ChartPalette.REFERENCE)),
                    Arguments.of(GradeDistributionChart.of(GRADES, options), List.of("上海市 2023", "昌吉回族自治州 2020"),
                            List.of(ChartPalette.GREEN)),
                    Arguments.of(FindingsChart.of(FINDINGS, YEARS, options), List.of(CHANGJI, SHANGHAI_METROLOGY),
                            List.of(ChartPalette.AMBER, ChartPalette.BLUE)),
                    Arguments.of(BudgetExecutionChart.of(BUDGETS, 2024, options), List.of(SHANGHAI_PLATFORM),
                            List.of(ChartPalette.BUDGET, ChartPalette.EXECUTED)))
                    .peek(arguments -> preview((ChartFigure) arguments.get()[0], lang.code()));
        });
    }

    @ParameterizedTest
    @MethodSource("realCharts")
    void rendersPngAtTwiceTheLogicalSize(ChartFigure figure, List<String> names, List<Color> drawn)
            throws IOException {
        RenderedChart rendered = ChartRenderer.render(figure);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendered.png()));

        assertThat(image.getWidth()).isEqualTo(2 * figure.width());
        assertThat(image.getHeight()).isEqualTo(2 * figure.height());
        assertThat(distinctColours(image)).as("colours in %s", figure.name()).isGreaterThan(40);
        assertThat(inkShare(image)).as("share of non-white pixels in %s", figure.name()).isGreaterThan(0.01);
        Set<Integer> colours = allColours(image);
        for (Color colour : drawn) { // the data is drawn, not only the frame and the labels
            assertThat(colours).as("%s has pixels of %s", figure.name(), colour).contains(colour.getRGB());
        }
    }

    @ParameterizedTest
    @MethodSource("realCharts")
    void rendersSvgWithTheNamesAsText(ChartFigure figure, List<String> names, List<Color> drawn) throws Exception {
        Document svg = parse(ChartRenderer.render(figure).svg());

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = texts(svg);
        assertThat(text).contains(figure.title());
        for (String name : names) {
            assertThat(text).contains(name);
        }
    }

    @Test
    void scatterLabelsOnlyTheProjectsBelowNinety() throws Exception {
        List<ScoreRatePoint> points = new java.util.ArrayList<>(PROJECTS);
        points.add(new ScoreRatePoint("<script>alert(1)</script>", "低执行率项目", 2023, 62.5, 88.0));
        String text = texts(parse(ChartRenderer.render(
                ScoreRateScatterChart.of(points, new ChartOptions(Lang.ZH, "", 8))).svg()));

        assertThat(text).contains("<script>alert(1)</script> · 低执行率项目");
        assertThat(text).doesNotContain("时频实验室运维经费"); // 94.29 %, 99.43: not an outlier
    }

    @Test
    void manyAgenciesAreCutToTopN() {
        SyntheticChartData data = new SyntheticChartData(25, 2019, 2024, 42);
        ChartOptions options = new ChartOptions(Lang.ZH, "合成数据", 8);

        ChartFigure trend = ExecutionRateTrendChart.of(data.rates, options);
        ChartFigure budget = BudgetExecutionChart.of(data.budgets, 2022, options);
        List<String> lowest = data.rates.stream().collect(java.util.stream.Collectors.groupingBy(UnitYearRate::unit,
                        java.util.stream.Collectors.averagingDouble(UnitYearRate::rate))).entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue()).limit(8).map(java.util.Map.Entry::getKey).toList();
        ChartFigure heat = ExecutionRateHeatMap.of(data.rates, lowest, 25, options);
        ChartFigure findings = FindingsChart.of(data.findings, List.of(2019), options);
        ChartFigure status = IndicatorStatusChart.byUnit(data.indicators, List.of(2019), options);
        List.of(trend, budget, heat, findings, status, ScoreRateScatterChart.of(data.projects, options))
                .forEach(figure -> preview(figure, "synthetic"));

        assertThat(trend.chart().getCategoryPlot().getDataset().getRowKeys())
                .hasSize(9).contains("其他 17 家平均");
        assertThat(budget.chart().getCategoryPlot().getDataset().getColumnKeys()).hasSize(8);
        assertThat(findings.chart().getCategoryPlot().getDataset().getColumnKeys()).hasSize(8);
        assertThat(status.chart().getCategoryPlot().getDataset().getColumnKeys()).hasSize(8);
        assertThat(((org.jfree.chart.axis.SymbolAxis) heat.chart().getXYPlot().getRangeAxis()).getSymbols())
                .hasSize(8);
        assertThat(ChartLabels.of(trend.chart())).anyMatch(label -> label.contains("合成数据"));
    }

    /**
     * 1,000 agencies: the bars are the named agencies only, so the value axis ends near the largest of them,
     * far below the 992 others' sum, which the subtitle states instead.
     */
    @Test
    void theOthersSumDoesNotSetTheBarChartsAxis() {
        SyntheticChartData data = new SyntheticChartData(1000, 2016, 2025, 7);
        ChartOptions options = new ChartOptions(Lang.ZH, "", 8);
        List<UnitBudget> budgets2025 = data.budgets.stream().filter(b -> b.year() == 2025).toList();
        // the named bars are the 8 that left the most unspent; their largest budget bounds the axis
        List<UnitBudget> byUnspent = budgets2025.stream().sorted((a, b) -> Double.compare(
                b.budget() - b.executed(), a.budget() - a.executed())).toList();
        double largest = byUnspent.stream().limit(8).mapToDouble(UnitBudget::budget).max().orElseThrow();
        List<UnitBudget> others = byUnspent.stream().skip(8).toList();
        double othersBudget = others.stream().mapToDouble(UnitBudget::budget).sum();

        ChartFigure budget = BudgetExecutionChart.of(data.budgets, 2025, options);
        ChartFigure findings = FindingsChart.of(data.findings, List.of(2025), options);
        ChartFigure status = IndicatorStatusChart.byUnit(data.indicators, List.of(2025), options);
        List.of(budget, findings, status).forEach(figure -> preview(figure, "thousand"));

        org.jfree.data.Range axis = budget.chart().getCategoryPlot().getRangeAxis().getRange();
        assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(largest).isLessThan(1.5 * largest)
                .isLessThan(othersBudget / 100);
        assertThat(budget.chart().getCategoryPlot().getDataset().getColumnKeys()).hasSize(8)
                .noneMatch(key -> key.toString().startsWith("其他"));
        assertThat(ChartLabels.of(budget.chart())).anyMatch(label -> label.contains("其他 992 家合计预算 "
                + String.format(java.util.Locale.ROOT, "%,.2f", othersBudget) + " 万元"));
        for (ChartFigure counts : List.of(findings, status)) {
            double named = largestStack(counts);
            assertThat(counts.chart().getCategoryPlot().getRangeAxis().getUpperBound()).as(counts.name())
                    .isLessThan(1.5 * named + 1);
            assertThat(ChartLabels.of(counts.chart())).as(counts.name())
                    .anyMatch(label -> label.contains("显示前 8 家；其他 992 家合计"));
        }
    }

    /**
     * 10,000 projects as forms state them (rates to 0.01 %, scores to 0.1 point) crowd at 95–100 %: dots closer
     * than a third of a dot are drawn once, and every project still has its dot.
     */
    @Test
    void theScatterDrawsEachSpotOnce() {
        java.util.Random random = new java.util.Random(3);
        List<ScoreRatePoint> projects = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            projects.add(new ScoreRatePoint("单位" + i % 1000, "项目" + i, 2016 + i % 10,
                    i % 50 == 0 ? 40 + random.nextInt(5000) / 100.0 : 95 + random.nextInt(501) / 100.0,
                    85 + random.nextInt(151) / 10.0));
        }
        ChartFigure scatter = ScoreRateScatterChart.of(projects, new ChartOptions(Lang.ZH, "", 8));
        org.jfree.data.xy.XYDataset dataset = scatter.chart().getXYPlot().getDataset();
        double xCell = scatter.chart().getXYPlot().getDomainAxis().getRange().getLength() / 250;
        double yCell = scatter.chart().getXYPlot().getRangeAxis().getRange().getLength() / 250;

        int drawn = dataset.getItemCount(0) + dataset.getItemCount(1);
        assertThat(drawn).isLessThan(projects.size() / 2);
        for (ScoreRatePoint project : projects) {
            int series = ScoreRateScatterChart.isOutlier(project) ? 1 : 0;
            boolean hasDot = false;
            for (int i = 0; i < dataset.getItemCount(series) && !hasDot; i++) {
                hasDot = Math.abs(dataset.getXValue(series, i) - project.executionRate()) <= xCell
                        && Math.abs(dataset.getYValue(series, i) - project.score()) <= yCell;
            }
            assertThat(hasDot).as(project.toString()).isTrue();
        }
    }

    private static double largestStack(ChartFigure figure) {
        org.jfree.data.category.CategoryDataset dataset = figure.chart().getCategoryPlot().getDataset();
        double largest = 0;
        for (int column = 0; column < dataset.getColumnCount(); column++) {
            double stack = 0;
            for (int row = 0; row < dataset.getRowCount(); row++) {
                Number value = dataset.getValue(row, column);
                stack += value == null ? 0 : value.doubleValue();
            }
            largest = Math.max(largest, stack);
        }
        return largest;
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static String texts(Document svg) {
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static Set<Integer> allColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                ink += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    private static void preview(ChartFigure figure, String tag) {
        if (PREVIEW == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(PREVIEW));
            RenderedChart rendered = ChartRenderer.render(figure);
            Files.write(dir.resolve(figure.name() + "-" + tag + ".png"), rendered.png());
            Files.writeString(dir.resolve(figure.name() + "-" + tag + ".svg"), rendered.svg());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
