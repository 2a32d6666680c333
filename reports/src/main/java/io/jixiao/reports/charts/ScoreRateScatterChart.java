package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.Grade;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Self-evaluation score against execution rate, one point per project, over the grade bands (优 ≥ 90,
 * 良 ≥ 80, 中 ≥ 60, 差 below). Projects under 90 on either axis are drawn red and labelled with agency
 * and project, the worst {@code topN} of them by name.
 */
public final class ScoreRateScatterChart {
    static final double THRESHOLD = 90;

    private ScoreRateScatterChart() {
    }

    public static boolean isOutlier(ScoreRatePoint point) {
        return point.executionRate() < THRESHOLD || point.score() < THRESHOLD;
    }

    public static ChartFigure of(List<ScoreRatePoint> points, ChartOptions options) {
        Lang lang = options.lang();
        XYSeries normal = new XYSeries(ChartText.PROJECT_POINTS.in(lang), false, true);
        XYSeries outliers = new XYSeries(ChartText.OUTLIER_POINTS.in(lang), false, true);
        double minRate = points.stream().mapToDouble(ScoreRatePoint::executionRate).min().orElse(THRESHOLD);
        double maxRate = points.stream().mapToDouble(ScoreRatePoint::executionRate).max().orElse(100);
        double minScore = points.stream().mapToDouble(ScoreRatePoint::score).min().orElse(THRESHOLD);
        double lowestRate = Math.floor(Math.min(minRate, 85) - 3);
        double highestRate = Math.ceil(Math.max(maxRate, 100) + 2);
        double lowestScore = Math.floor(Math.min(minScore, 85) - 3);
        // a point within 1/250 of both axes' spans of one already drawn (a third of a dot) is not drawn again:
        // the picture is the same, and thousands of projects at 95–100 % cost no SVG elements or drawing time
        Set<Long> drawn = new HashSet<>();
        double xCell = (highestRate - lowestRate) / 250;
        double yCell = (101.5 - lowestScore) / 250;
        for (ScoreRatePoint p : points) {
            boolean outlier = isOutlier(p);
            long cell = ((long) Math.floor(p.executionRate() / xCell) << 32)
                    ^ ((long) Math.floor(p.score() / yCell) << 1) ^ (outlier ? 1 : 0);
            if (drawn.add(cell)) {
                (outlier ? outliers : normal).add(p.executionRate(), p.score());
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(normal);
        dataset.addSeries(outliers);

        JFreeChart chart = ChartFactory.createScatterPlot(ChartText.SCATTER_TITLE.in(lang),
                ChartText.EXECUTION_RATE.in(lang), ChartText.SCORE.in(lang), dataset,
                PlotOrientation.VERTICAL, true, false, false);
        List<Integer> years = points.stream().map(ScoreRatePoint::year).distinct().sorted().toList();
        ChartStyle.apply(chart, years, options, "");
        XYPlot plot = chart.getXYPlot();
        XYItemRenderer renderer = plot.getRenderer();
        renderer.setSeriesPaint(0, translucent(ChartPalette.BLUE));
        renderer.setSeriesPaint(1, translucent(ChartPalette.RED));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));

        plot.getDomainAxis().setRange(lowestRate, highestRate);
        plot.getRangeAxis().setRange(lowestScore, 101.5);

        for (Grade grade : Grade.values()) {
            double upper = grade == Grade.EXCELLENT ? 100 : Grade.values()[grade.ordinal() - 1].lowerBound();
            if (upper <= lowestScore) {
                continue;
            }
            IntervalMarker band = new IntervalMarker(Math.max(grade.lowerBound(), lowestScore), upper);
            Color colour = ChartPalette.of(grade);
            band.setPaint(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 34));
            band.setLabel(ChartText.grade(grade, lang) + (grade == Grade.POOR ? "" : " ≥ " + grade.lowerBound()));
            band.setLabelFont(ChartStyle.font(Font.BOLD, 12f));
            band.setLabelPaint(colour.darker());
            band.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addRangeMarker(band, Layer.BACKGROUND);
        }
        ValueMarker rateLine = ExecutionRateTrendChart.referenceLine(lang);
        rateLine.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        rateLine.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addDomainMarker(rateLine);

        double xSpan = plot.getDomainAxis().getRange().getLength();
        double ySpan = plot.getRangeAxis().getRange().getLength();
        List<double[]> placed = new ArrayList<>();
        points.stream().filter(ScoreRateScatterChart::isOutlier)
                .sorted(Comparator.comparingDouble(p -> Math.min(p.executionRate(), p.score())))
                .filter(p -> placed.stream().noneMatch(at -> Math.abs(at[0] - p.executionRate()) < xSpan * 0.2
                        && Math.abs(at[1] - p.score()) < ySpan * 0.03)) // a label over another is unreadable
                .limit(options.topN())
                .forEach(p -> {
                    placed.add(new double[]{p.executionRate(), p.score()});
                    XYTextAnnotation label = new XYTextAnnotation(p.unit() + " · " + p.project(),
                            p.executionRate() + xSpan * 0.008, p.score());
                    label.setFont(ChartStyle.font(Font.PLAIN, 10f));
                    label.setPaint(ChartPalette.RED.darker());
                    label.setBackgroundPaint(new Color(255, 255, 255, 200));
                    label.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
                    plot.addAnnotation(label);
                });
        return new ChartFigure("score-vs-execution-rate", chart, 900, 600);
    }

    /** Points drawn over each other (many projects at 100 %) still show as darker spots. */
    private static Color translucent(Color colour) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170);
    }
}
