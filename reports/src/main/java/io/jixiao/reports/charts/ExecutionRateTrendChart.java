package io.jixiao.reports.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Execution rate per agency over the years, with the 90% reference line. With more agencies than
 * {@code topN}, the lowest-rate agencies are drawn by name and the others as one mean line.
 */
public final class ExecutionRateTrendChart {
    private ExecutionRateTrendChart() {
    }

    public static ChartFigure of(List<UnitYearRate> rates, ChartOptions options) {
        Lang lang = options.lang();
        Map<String, Double> meanByUnit = rates.stream().collect(Collectors.groupingBy(UnitYearRate::unit,
                TreeMap::new, Collectors.averagingDouble(UnitYearRate::rate)));
        List<String> shown = TopUnits.pick(meanByUnit, options.topN(), true);
        int others = meanByUnit.size() - shown.size();
        String othersLabel = ChartText.OTHERS_MEAN.format(lang, others);
        List<Integer> years = rates.stream().map(UnitYearRate::year).distinct().sorted().toList();
        // every year of the span gets a column, so a gap of years shows as a gap on the axis
        List<Integer> span = years.isEmpty() ? years
                : IntStream.rangeClosed(years.get(0), years.get(years.size() - 1)).boxed().toList();

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (String unit : shown) {
            for (Integer year : span) {
                rates.stream().filter(r -> r.unit().equals(unit) && r.year() == year).findFirst()
                        .ifPresentOrElse(r -> dataset.addValue(r.rate(), unit, year),
                                () -> dataset.addValue(null, unit, year));
            }
        }
        if (others > 0) {
            for (Integer year : span) {
                rates.stream().filter(r -> r.year() == year && !shown.contains(r.unit()))
                        .mapToDouble(UnitYearRate::rate).average()
                        .ifPresent(mean -> dataset.addValue(mean, othersLabel, year));
            }
        }

        JFreeChart chart = ChartFactory.createLineChart(ChartText.TREND_TITLE.in(lang), ChartText.YEAR.in(lang),
                ChartText.EXECUTION_RATE.in(lang), dataset, PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.apply(chart, years, options,
                others > 0 ? ChartText.SHOWN_LOWEST.format(lang, shown.size()) : "");

        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int row = 0; row < dataset.getRowCount(); row++) {
            boolean isOthers = dataset.getRowKey(row).equals(othersLabel);
            renderer.setSeriesPaint(row, isOthers ? ChartPalette.OTHERS : ChartPalette.series(row));
            renderer.setSeriesStroke(row, isOthers
                    ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[]{6f, 4f}, 0f)
                    : new BasicStroke(2.5f));
        }
        plot.addRangeMarker(referenceLine(lang));

        double min = rates.stream().mapToDouble(UnitYearRate::rate).min().orElse(90);
        double max = rates.stream().mapToDouble(UnitYearRate::rate).max().orElse(100);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(Math.floor(Math.min(min, 90) - 3), Math.ceil(Math.max(max, 100) + 1));
        return new ChartFigure("execution-rate-trend", chart, 900, 520);
    }

    static ValueMarker referenceLine(Lang lang) {
        ValueMarker marker = new ValueMarker(90, ChartPalette.REFERENCE,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{8f, 4f}, 0f));
        marker.setLabel(ChartText.REFERENCE_90.in(lang));
        marker.setLabelFont(ChartStyle.font(Font.PLAIN, 11f));
        marker.setLabelPaint(ChartPalette.REFERENCE);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }
}
