package io.jixiao.reports.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;

/** Horizontal bar charts with one bar group per agency: long Chinese names read best on the left axis. */
final class HorizontalBars {
    static final int WIDTH = 900;

    private HorizontalBars() {
    }

    static JFreeChart create(String title, String categoryLabel, String valueLabel, CategoryDataset dataset,
                             boolean stacked) {
        return stacked
                ? ChartFactory.createStackedBarChart(title, categoryLabel, valueLabel, dataset,
                PlotOrientation.HORIZONTAL, true, false, false)
                : ChartFactory.createBarChart(title, categoryLabel, valueLabel, dataset,
                PlotOrientation.HORIZONTAL, true, false, false);
    }

    /** Long names wrap onto two lines; value labels at the bars. Call after {@link ChartStyle#apply}. */
    static void finish(JFreeChart chart, String valueFormat) {
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.32f);
        axis.setMaximumCategoryLabelLines(2);
        axis.setCategoryMargin(0.25);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getRangeAxis().setUpperMargin(0.12); // room for the value labels right of the longest bar
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.2);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat(valueFormat)));
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 10f));
        renderer.setDefaultItemLabelsVisible(true);
        if (renderer instanceof StackedBarRenderer) {
            return; // a stacked segment's label stays inside it
        }
        // at the bar's end, beside it: the default (above the bar's middle) collides with the next bar's label
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(4);
    }

    /** Whole numbers on the value axis. */
    static void counts(JFreeChart chart) {
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    /** A series' colour, and a label colour that reads on it when the labels sit inside the bars. */
    static void colour(JFreeChart chart, int series, Color colour, boolean labelsInside) {
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(series, colour);
        renderer.setSeriesItemLabelPaint(series, labelsInside ? ChartPalette.textOn(colour) : Color.BLACK);
    }

    /** Enough height for every agency's bars and its (possibly wrapped) name. */
    static int height(int categories, int barsPerCategory) {
        return Math.max(340, 190 + categories * (18 + 14 * barsPerCategory));
    }
}
