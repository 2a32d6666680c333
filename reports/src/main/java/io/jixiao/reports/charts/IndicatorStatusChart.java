package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.IndicatorStatus;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Indicator counts stacked by status (met green … unmet red), per agency or per level-1 / level-2 category. */
public final class IndicatorStatusChart {
    /** Stacking order: from good to bad, then the ones that cannot be judged. */
    static final List<IndicatorStatus> ORDER = List.of(IndicatorStatus.MET, IndicatorStatus.PARTIAL,
            IndicatorStatus.UNMET, IndicatorStatus.QUALITATIVE, IndicatorStatus.UNKNOWN,
            IndicatorStatus.NOT_APPLICABLE);

    private IndicatorStatusChart() {
    }

    /**
     * One bar per agency, most indicators first; beyond {@code topN} agencies the others' total is stated in
     * the subtitle, not drawn (a bar of hundreds of agencies would set the axis).
     */
    public static ChartFigure byUnit(List<IndicatorCount> counts, List<Integer> years, ChartOptions options) {
        Map<String, Double> totals = counts.stream().collect(Collectors.groupingBy(IndicatorCount::unit,
                TreeMap::new, Collectors.summingDouble(IndicatorCount::count)));
        List<String> shown = TopUnits.pick(totals, options.topN(), false);
        Set<String> named = Set.copyOf(shown);
        return chart("indicator-status-by-unit", ChartText.STATUS_BY_UNIT_TITLE, ChartText.AGENCY,
                counts.stream().filter(count -> named.contains(count.unit())).toList(), IndicatorCount::unit,
                shown, years, options, TopUnits.othersNote(totals, shown, options.lang()));
    }

    /**
     * One bar per level-1 / level-2 category, grouped by level 1; groups and categories in the order they
     * first appear in {@code counts} (the forms' order: 产出, 效益, 满意度 …).
     */
    public static ChartFigure byCategory(List<IndicatorCount> counts, List<Integer> years, ChartOptions options) {
        Function<IndicatorCount, String> category = count -> count.level2() == null || count.level2().isBlank()
                ? count.level1() : count.level1() + " / " + count.level2();
        List<String> level1Order = counts.stream().map(IndicatorCount::level1).distinct().toList();
        List<String> bars = counts.stream()
                .sorted(Comparator.comparingInt(count -> level1Order.indexOf(count.level1()))) // stable
                .map(category).distinct().toList();
        return chart("indicator-status-by-category", ChartText.STATUS_BY_CATEGORY_TITLE, ChartText.CATEGORY,
                counts, category, bars, years, options, "");
    }

    private static ChartFigure chart(String name, ChartText title, ChartText axis, List<IndicatorCount> counts,
                                     Function<IndicatorCount, String> barOf, List<String> bars,
                                     List<Integer> years, ChartOptions options, String note) {
        Lang lang = options.lang();
        Map<String, Map<IndicatorStatus, Long>> sums = new HashMap<>();
        counts.forEach(count -> sums.computeIfAbsent(barOf.apply(count), bar -> new HashMap<>())
                .merge(count.status(), count.count(), Long::sum));
        List<IndicatorStatus> present = ORDER.stream()
                .filter(status -> counts.stream().anyMatch(c -> c.status() == status && c.count() > 0)).toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (IndicatorStatus status : present) {
            for (String bar : bars) {
                Long count = sums.get(bar).get(status);
                dataset.addValue(count == null || count == 0 ? null : count, ChartText.status(status, lang), bar);
            }
        }
        JFreeChart chart = HorizontalBars.create(title.in(lang), axis.in(lang), ChartText.INDICATORS.in(lang),
                dataset, true);
        ChartStyle.apply(chart, years, options, note);
        HorizontalBars.finish(chart, "0");
        HorizontalBars.counts(chart);
        for (int i = 0; i < present.size(); i++) {
            HorizontalBars.colour(chart, i, ChartPalette.of(present.get(i)), true);
        }
        return new ChartFigure(name, chart, HorizontalBars.WIDTH, HorizontalBars.height(bars.size(), 1));
    }
}
