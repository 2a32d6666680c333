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
 * Agency × year blocks coloured by execution rate, each block labelled with its rate. With more agencies
 * than {@code topN}, the rows are the agencies with the lowest mean rate.
 */
public final class ExecutionRateHeatMap {
    private ExecutionRateHeatMap() {
    }

    public static ChartFigure of(List<UnitYearRate> rates, ChartOptions options) {
        Lang lang = options.lang();
        Map<String, Double> meanByUnit = rates.stream().collect(Collectors.groupingBy(UnitYearRate::unit,
                TreeMap::new, Collectors.averagingDouble(UnitYearRate::rate)));
        List<String> shown = TopUnits.pick(meanByUnit, options.topN(), true);
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
        renderer.setBlockWidth(0.96);
        renderer.setBlockHeight(0.92);
        plot.setDataset(dataset);
        plot.setDomainAxis(yearAxis);
        plot.setRangeAxis(unitAxis);
        plot.setRenderer(renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        JFreeChart chart = new JFreeChart(ChartText.HEATMAP_TITLE.in(lang), plot);
        chart.removeLegend();
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis(ChartText.EXECUTION_RATE.in(lang)));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setStripWidth(14);
        chart.addSubtitle(legend);
        ChartStyle.apply(chart, years, options, shown.size() < meanByUnit.size()
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

    /**
     * Dark red below 60, red to 80, orange to 90, amber to 95, light green to 99, green to 110; above 110
     * (executed well over budget) dark red again: both ends need a look.
     */
    static LookupPaintScale paintScale() {
        LookupPaintScale scale = new LookupPaintScale(50, 110, ChartPalette.DARK_RED);
        scale.add(50, ChartPalette.DARK_RED);
        scale.add(60, ChartPalette.RED);
        scale.add(80, ChartPalette.ORANGE);
        scale.add(90, ChartPalette.AMBER);
        scale.add(95, ChartPalette.LIGHT_GREEN);
        scale.add(99, ChartPalette.GREEN);
        return scale;
    }
}
