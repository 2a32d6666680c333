package io.jixiao.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Paint;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The agencies with the lowest rate (execution or indicator completion), one horizontal bar each, the lowest on top,
 * coloured by {@link RateBand}, with the 90% line and the measure named under the title.
 */
public final class AgencyRankChart {
    /** One bar: the agency, its rate in %, and what hovering it tells. */
    public record Bar(String agency, double rate, String tip) {
        public Bar {
            requireNonNull(agency, "agency");
            requireNonNull(tip, "tip");
        }
    }

    private AgencyRankChart() {
    }

    /**
     * @param bars  the bars in the order drawn (the lowest first); the caller picks how many
     * @param note  the measure's definition, printed under the title
     */
    public static ChartFigure of(String name, String title, String valueLabel, String note, List<Bar> bars,
                                 List<Integer> years, ChartOptions options) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Bar bar : bars) {
            dataset.addValue(bar.rate(), valueLabel, bar.agency());
        }
        JFreeChart chart = HorizontalBars.create(title, null, valueLabel, dataset, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BandedBarRenderer();
        plot.setRenderer(renderer);
        ChartStyle.apply(chart, years, options, "");
        ChartStyle.note(chart, note);
        HorizontalBars.finish(chart, "0.00'%'");
        renderer.setMaximumBarWidth(0.7);
        renderer.setDefaultToolTipGenerator((data, row, column) -> bars.get(column).tip());
        renderer.setDefaultItemURLGenerator((data, series, category) -> AgencyAnchor.link(bars.get(category).agency()));
        plot.addRangeMarker(ExecutionRateTrendChart.referenceLine(options.lang()));
        plot.setFixedLegendItems(bandLegend(options.lang()));
        double max = bars.stream().mapToDouble(Bar::rate).max().orElse(100);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, Math.max(110, Math.ceil(max / 10) * 10 + 10));
        return new ChartFigure(name, chart, HorizontalBars.WIDTH, Math.max(300, 170 + 34 * bars.size()));
    }

    /** The four bands, for any chart coloured by them. */
    static LegendItemCollection bandLegend(Lang lang) {
        LegendItemCollection items = new LegendItemCollection();
        for (RateBand band : RateBand.values()) {
            LegendItem item = new LegendItem(band.label(lang), band.colour());
            item.setLabelFont(ChartStyle.font(java.awt.Font.PLAIN, 12f));
            items.add(item);
        }
        return items;
    }

    /** Each bar in its band's colour. */
    private static final class BandedBarRenderer extends BarRenderer {
        @Override
        public Paint getItemPaint(int row, int column) {
            Number value = getPlot().getDataset().getValue(row, column);
            return value == null ? ChartPalette.GREY : RateBand.of(value.doubleValue()).colour();
        }
    }
}
