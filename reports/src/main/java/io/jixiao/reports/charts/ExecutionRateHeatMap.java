package io.jixiao.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Agency × year blocks coloured by the {@link RateBand} of their execution rate (≥90, 80–90, 60–80, <60, with the bands'
 * legend), each block labelled with its rate. The rows are the agencies given, in their order (the lowest on top).
 */
public final class ExecutionRateHeatMap {
    private ExecutionRateHeatMap() {
    }

    /** @param shown the agencies to draw, top row first; {@code allAgencies} how many the data holds */
    public static ChartFigure of(List<UnitYearRate> rates, List<String> shown, int allAgencies, ChartOptions options) {
        Lang lang = options.lang();
        List<UnitYearRate> cells = rates.stream().filter(r -> shown.contains(r.unit())).toList();
        List<Integer> years = rates.stream().map(UnitYearRate::year).distinct().sorted().toList();

        double[][] series = new double[3][cells.size()];
        XYPlot plot = new XYPlot();
        DecimalFormat format = new DecimalFormat("0.0");
        LookupPaintScale scale = paintScale();
        for (int i = 0; i < cells.size(); i++) {
            UnitYearRate cell = cells.get(i);
            double row = shown.size() - 1 - shown.indexOf(cell.unit()); // the lowest rate on top
            series[0][i] = cell.year();
            series[1][i] = row;
            series[2][i] = cell.rate();
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(ChartText.EXECUTION_RATE.in(lang), series);

        NumberAxis yearAxis = new NumberAxis(ChartText.YEAR.in(lang));
        yearAxis.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
        yearAxis.setRange(years.get(0) - 0.5, years.get(years.size() - 1) + 0.5);
        String[] symbols = new String[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            symbols[shown.size() - 1 - i] = shown.get(i);
        }
        SymbolAxis unitAxis = new SymbolAxis(ChartText.AGENCY.in(lang), symbols);
        unitAxis.setGridBandsVisible(false);
        unitAxis.setRange(-0.5, shown.size() - 0.5);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setDefaultToolTipGenerator((data, s, item) -> {
            UnitYearRate cell = cells.get(item);
            return ChartText.TIP_CELL.format(lang, cell.unit(), cell.year(), cell.rate(),
                    RateBand.of(cell.rate()).label(lang));
        });
        renderer.setURLGenerator((data, s, item) -> AgencyAnchor.link(cells.get(item).unit()));
        renderer.setBlockWidth(0.96);
        renderer.setBlockHeight(0.92);
        plot.setDataset(dataset);
        plot.setDomainAxis(yearAxis);
        plot.setRangeAxis(unitAxis);
        plot.setRenderer(renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        plot.setFixedLegendItems(AgencyRankChart.bandLegend(lang));
        JFreeChart chart = new JFreeChart(ChartText.HEATMAP_TITLE.in(lang), plot);
        ChartStyle.apply(chart, years, options, shown.size() < allAgencies
                ? ChartText.SHOWN_LOWEST.format(lang, shown.size()) : "");
        plot.setBackgroundPaint(new Color(0xF5F5F5));
        // after the theme, which would reset the labels' font and colour
        for (int i = 0; i < cells.size(); i++) {
            XYTextAnnotation label = new XYTextAnnotation(format.format(series[2][i]), series[0][i], series[1][i]);
            label.setFont(ChartStyle.font(Font.BOLD, 12f));
            label.setPaint(ChartPalette.textOn((Color) scale.getPaint(series[2][i])));
            plot.addAnnotation(label);
        }
        int width = Math.max(700, 420 + 110 * years.size());
        return new ChartFigure("execution-rate-heatmap", chart, Math.min(width, 1200),
                Math.max(360, 170 + 42 * shown.size()));
    }

    /** The four bands; a rate over 1,000% (a misread amount) still gets the top band's colour, not the default. */
    static LookupPaintScale paintScale() {
        LookupPaintScale scale = new LookupPaintScale(-1e9, 1e9, RateBand.GOOD.colour());
        for (RateBand band : RateBand.values()) {
            scale.add(Math.max(band.from(), -1e9), band.colour());
        }
        return scale;
    }
}
