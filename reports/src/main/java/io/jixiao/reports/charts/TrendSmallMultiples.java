package io.jixiao.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.List;

/**
 * One small panel per agency, stacked over a shared year axis, every panel on the same rate scale with the 90% line:
 * each agency's path reads on its own, and the panels compare at a glance. Drawn only where there are two years or
 * more: one year has no trend.
 */
public final class TrendSmallMultiples {
    static final int PANEL_HEIGHT = 84;

    private TrendSmallMultiples() {
    }

    /** @param agencies the agencies to draw, in the order of their panels (top first) */
    public static ChartFigure of(List<UnitYearRate> rates, List<String> agencies, ChartOptions options) {
        Lang lang = options.lang();
        List<UnitYearRate> shown = rates.stream().filter(r -> agencies.contains(r.unit())).toList();
        List<Integer> years = rates.stream().map(UnitYearRate::year).distinct().sorted().toList();
        double min = shown.stream().mapToDouble(UnitYearRate::rate).min().orElse(90);
        double max = shown.stream().mapToDouble(UnitYearRate::rate).max().orElse(100);
        double low = Math.floor(Math.min(min, 85) / 10) * 10;
        double high = Math.max(105, Math.ceil(max / 5) * 5 + 5);
        // a band above the data for the agency's name, so that no line runs through it
        double top = high + (high - low) * 0.45;

        NumberAxis yearAxis = new NumberAxis(ChartText.YEAR.in(lang));
        yearAxis.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
        yearAxis.setRange(years.get(0) - 0.5, years.get(years.size() - 1) + 0.7);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(yearAxis);
        combined.setGap(4);
        DecimalFormat rateFormat = new DecimalFormat("0.0");
        for (String agency : agencies) {
            XYSeries series = new XYSeries(agency);
            shown.stream().filter(r -> r.unit().equals(agency)).forEach(r -> series.add(r.year(), r.rate()));
            NumberAxis rateAxis = new NumberAxis() {
                // no ticks in the name's band above the data
                @Override
                @SuppressWarnings({"rawtypes", "unchecked"})
                public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                                         java.awt.geom.Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
                    List<Object> ticks = super.refreshTicks(g2, state, dataArea, edge);
                    return ticks.stream().filter(tick -> ((org.jfree.chart.axis.NumberTick) tick).getValue() <= high)
                            .toList();
                }
            };
            rateAxis.setRange(low, top);
            rateAxis.setTickUnit(new NumberTickUnit(high - low > 60 ? 40 : 20, new DecimalFormat("0")));
            rateAxis.setTickLabelFont(ChartStyle.font(Font.PLAIN, 9f));
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
            renderer.setAutoPopulateSeriesShape(false);
            renderer.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
            renderer.setSeriesPaint(0, ChartPalette.OKABE_BLUE);
            renderer.setSeriesStroke(0, new BasicStroke(2f));
            renderer.setDefaultToolTipGenerator((data, s, item) -> ChartText.TIP_RATE.format(lang, agency,
                    data.getX(s, item).intValue(), data.getYValue(s, item)));
            renderer.setURLGenerator((data, s, item) -> AgencyAnchor.link(agency));
            XYPlot panel = new XYPlot(new XYSeriesCollection(series), null, rateAxis, renderer);
            panel.addRangeMarker(ExecutionRateTrendChart.referenceLine(lang));
            panel.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).forEach(marker ->
                    ((org.jfree.chart.plot.ValueMarker) marker).setLabel(null));
            XYTextAnnotation name = new XYTextAnnotation(agency, years.get(0) - 0.45, top);
            name.setTextAnchor(TextAnchor.TOP_LEFT);
            name.setFont(ChartStyle.font(Font.BOLD, 11f));
            name.setPaint(new Color(0x212121));
            panel.addAnnotation(name);
            if (series.getItemCount() > 0) {
                // the latest rate, beside its point: what a reader asks of each panel first
                int last = series.getItemCount() - 1;
                XYTextAnnotation latest = new XYTextAnnotation(rateFormat.format(series.getY(last)),
                        series.getX(last).doubleValue() + 0.12, series.getY(last).doubleValue());
                latest.setTextAnchor(TextAnchor.CENTER_LEFT);
                latest.setFont(ChartStyle.font(Font.PLAIN, 10f));
                panel.addAnnotation(latest);
            }
            panel.setBackgroundPaint(Color.WHITE);
            panel.setRangeGridlinePaint(ChartPalette.GRID);
            panel.setDomainGridlinesVisible(false);
            combined.add(panel, 1);
        }
        JFreeChart chart = new JFreeChart(ChartText.SMALL_MULTIPLES_TITLE.format(lang, agencies.size()),
                JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        ChartStyle.apply(chart, years, options, "");
        ChartStyle.note(chart, ChartText.SMALL_MULTIPLES_NOTE.in(lang));
        // the theme resets the panels' fonts: the names again, after it
        for (Object subplot : combined.getSubplots()) {
            XYPlot panel = (XYPlot) subplot;
            panel.getRangeAxis().setTickLabelFont(ChartStyle.font(Font.PLAIN, 9f));
            List<?> annotations = panel.getAnnotations();
            ((XYTextAnnotation) annotations.get(0)).setFont(ChartStyle.font(Font.BOLD, 11f));
            annotations.stream().skip(1).forEach(a -> ((XYTextAnnotation) a).setFont(ChartStyle.font(Font.PLAIN, 10f)));
            panel.getRenderer().setSeriesPaint(0, ChartPalette.OKABE_BLUE);
        }
        return new ChartFigure("execution-rate-small-multiples", chart, 900, 150 + PANEL_HEIGHT * agencies.size());
    }
}
