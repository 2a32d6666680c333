package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.Grade;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Font;
import java.text.DecimalFormat;
import java.util.Comparator;
import java.util.List;

/**
 * Projects per grade (优/良/中/差), stacked, one horizontal bar per region and year: the labels read level, however
 * many bars there are.
 */
public final class GradeDistributionChart {
    private GradeDistributionChart() {
    }

    public static ChartFigure of(List<GradeCount> counts, ChartOptions options) {
        Lang lang = options.lang();
        List<String> bars = counts.stream()
                .sorted(Comparator.comparing(GradeCount::region).thenComparingInt(GradeCount::year))
                .map(GradeDistributionChart::bar).distinct().toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Grade grade : Grade.values()) {
            for (String bar : bars) {
                long sum = counts.stream().filter(c -> c.grade() == grade && bar(c).equals(bar))
                        .mapToLong(GradeCount::count).sum();
                dataset.addValue(sum == 0 ? null : (Long) sum, ChartText.grade(grade, lang), bar);
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(ChartText.GRADES_TITLE.in(lang),
                ChartText.REGION_YEAR.in(lang), ChartText.PROJECTS.in(lang), dataset,
                PlotOrientation.HORIZONTAL, true, false, false);
        List<Integer> years = counts.stream().map(GradeCount::year).distinct().sorted().toList();
        ChartStyle.apply(chart, years, options, "");
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setMaximumBarWidth(0.7);
        for (Grade grade : Grade.values()) {
            renderer.setSeriesPaint(grade.ordinal(), ChartPalette.of(grade));
            renderer.setSeriesItemLabelPaint(grade.ordinal(), ChartPalette.textOn(ChartPalette.of(grade)));
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0")));
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.BOLD, 11f));
        renderer.setDefaultItemLabelsVisible(true);
        return new ChartFigure("grade-distribution", chart, HorizontalBars.WIDTH, Math.max(300, 170 + 26 * bars.size()));
    }

    private static String bar(GradeCount count) {
        return count.region() + " " + count.year();
    }
}
