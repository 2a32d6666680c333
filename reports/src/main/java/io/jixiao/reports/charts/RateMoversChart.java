package io.jixiao.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The agencies whose execution rate moved most in the latest year against their own previous year: the largest drops
 * (vermillion) above the largest gains (blue), in percentage points.
 */
public final class RateMoversChart {
    private RateMoversChart() {
    }

    /** The movers of the latest year in {@code rates}, at most {@code perSide} each way; empty without any change. */
    public static List<UnitYearRate> movers(List<UnitYearRate> rates, int perSide) {
        int latest = rates.stream().mapToInt(UnitYearRate::year).max().orElse(0);
        List<UnitYearRate> changed = rates.stream().filter(r -> r.year() == latest && r.change() != null).toList();
        Stream<UnitYearRate> drops = changed.stream().filter(r -> r.change() < 0)
                .sorted(Comparator.comparingDouble(UnitYearRate::change).thenComparing(UnitYearRate::unit))
                .limit(perSide);
        Stream<UnitYearRate> gains = changed.stream().filter(r -> r.change() > 0)
                .sorted(Comparator.comparingDouble((UnitYearRate r) -> -r.change()).thenComparing(UnitYearRate::unit))
                .limit(perSide);
        return Stream.concat(drops, gains).toList();
    }

    public static ChartFigure of(List<UnitYearRate> rates, int perSide, ChartOptions options) {
        Lang lang = options.lang();
        List<UnitYearRate> movers = movers(rates, perSide);
        int latest = movers.get(0).year();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        movers.forEach(m -> dataset.addValue(m.change(), ChartText.RATE_CHANGE.in(lang), m.unit()));
        JFreeChart chart = HorizontalBars.create(ChartText.MOVERS_TITLE.format(lang, latest), null,
                ChartText.RATE_CHANGE.in(lang), dataset, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return movers.get(column).change() < 0 ? ChartPalette.VERMILLION : ChartPalette.OKABE_BLUE;
            }
        };
        plot.setRenderer(renderer);
        ChartStyle.apply(chart, List.of(latest), options, "");
        long drops = movers.stream().filter(m -> m.change() < 0).count();
        ChartStyle.note(chart, ChartText.MOVERS_NOTE.format(lang, drops, movers.size() - drops));
        HorizontalBars.finish(chart, "+0.00;-0.00");
        renderer.setMaximumBarWidth(0.7);
        renderer.setDefaultToolTipGenerator((data, row, column) -> {
            UnitYearRate m = movers.get(column);
            return ChartText.TIP_CHANGE.format(lang, m.unit(), m.previousYear(), m.rate() - m.change(), m.year(),
                    m.rate(), m.change());
        });
        renderer.setDefaultItemURLGenerator((data, series, category) -> AgencyAnchor.link(movers.get(category).unit()));
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        LegendItemCollection legend = new LegendItemCollection();
        LegendItem drop = new LegendItem(ChartText.DROP.in(lang), ChartPalette.VERMILLION);
        LegendItem gain = new LegendItem(ChartText.GAIN.in(lang), ChartPalette.OKABE_BLUE);
        drop.setLabelFont(ChartStyle.font(Font.PLAIN, 12f));
        gain.setLabelFont(ChartStyle.font(Font.PLAIN, 12f));
        legend.add(drop);
        legend.add(gain);
        plot.setFixedLegendItems(legend);
        double reach = movers.stream().mapToDouble(m -> Math.abs(m.change())).max().orElse(1);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        double edge = Math.ceil(reach * 1.25);
        axis.setRange(-edge, edge);
        return new ChartFigure("execution-rate-movers", chart, HorizontalBars.WIDTH,
                Math.max(300, 170 + 34 * movers.size()));
    }
}
