package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.IndicatorStatus;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Indicator counts stacked by status (met green … unmet red), per agency or per level-1 / level-2 category. */
public final class IndicatorStatusChart {
    private IndicatorStatusChart() {
    }

    /** One bar per agency; the agencies with the most indicators by name, the rest as "others". */
    public static ChartFigure byUnit(List<IndicatorCount> counts, List<Integer> years, ChartOptions options) {
        Lang lang = options.lang();
        Map<String, Double> totals = counts.stream().collect(Collectors.groupingBy(IndicatorCount::unit,
                TreeMap::new, Collectors.summingDouble(IndicatorCount::count)));
        List<String> shown = TopUnits.pick(totals, options.topN(), false);
        String othersLabel = ChartText.OTHERS.format(lang, totals.size() - shown.size());
        return chart("indicator-status-by-unit", ChartText.STATUS_BY_UNIT_TITLE, ChartText.AGENCY, counts,
                count -> TopUnits.labelOf(count.unit(), shown, othersLabel), othersLabel, years, options,
                shown.size() < totals.size() ? ChartText.SHOWN_TOP.format(lang, shown.size()) : "");
    }

    /** One bar per level-1 / level-2 category, in name order. */
    public static ChartFigure byCategory(List<IndicatorCount> counts, List<Integer> years, ChartOptions options) {
        return chart("indicator-status-by-category", ChartText.STATUS_BY_CATEGORY_TITLE, ChartText.CATEGORY,
                counts, count -> count.level1() + " / " + count.level2(), "", years, options, "");
    }

    private static ChartFigure chart(String name, ChartText title, ChartText axis, List<IndicatorCount> counts,
                                     Function<IndicatorCount, String> barOf, String lastBar, List<Integer> years,
                                     ChartOptions options, String note) {
        Lang lang = options.lang();
        Map<String, Map<IndicatorStatus, Long>> bars = new TreeMap<>();
        counts.forEach(count -> bars.computeIfAbsent(barOf.apply(count), bar -> new LinkedHashMap<>())
                .merge(count.status(), count.count(), Long::sum));
        List<IndicatorStatus> present = Arrays.stream(IndicatorStatus.values())
                .filter(status -> counts.stream().anyMatch(c -> c.status() == status && c.count() > 0)).toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> order = bars.keySet().stream()
                .sorted(Comparator.comparing(bar -> bar.equals(lastBar)))
                .toList();
        for (IndicatorStatus status : present) {
            for (String bar : order) {
                Long count = bars.get(bar).get(status);
                dataset.addValue(count == null || count == 0 ? null : count, ChartText.status(status, lang), bar);
            }
        }
        JFreeChart chart = HorizontalBars.create(title.in(lang), axis.in(lang), ChartText.INDICATORS.in(lang),
                dataset, true);
        ChartStyle.apply(chart, years, options, note);
        HorizontalBars.finish(chart, "0");
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        for (int i = 0; i < present.size(); i++) {
            renderer.setSeriesPaint(i, ChartPalette.of(present.get(i)));
        }
        return new ChartFigure(name, chart, HorizontalBars.WIDTH, HorizontalBars.height(order.size(), 1));
    }
}
