package io.jixiao.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Data-quality findings per agency, stacked by severity: the agencies with the most findings by name, the
 * others' total in the subtitle (as a bar it would dwarf the named ones).
 */
public final class FindingsChart {
    static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private FindingsChart() {
    }

    public static ChartFigure of(List<FindingCount> counts, List<Integer> years, ChartOptions options) {
        Lang lang = options.lang();
        Map<String, Double> totals = counts.stream().collect(Collectors.groupingBy(FindingCount::unit,
                TreeMap::new, Collectors.summingDouble(FindingCount::count)));
        List<String> shown = TopUnits.pick(totals, options.topN(), false);
        List<String> severities = SEVERITIES.stream()
                .filter(severity -> counts.stream().anyMatch(c -> c.severity().equals(severity))).toList();
        Map<String, Map<String, Long>> sums = counts.stream().collect(Collectors.groupingBy(FindingCount::unit,
                Collectors.groupingBy(FindingCount::severity, Collectors.summingLong(FindingCount::count))));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (String severity : severities) {
            for (String unit : shown) {
                long sum = sums.get(unit).getOrDefault(severity, 0L);
                dataset.addValue(sum == 0 ? null : (Long) sum, ChartText.severity(severity, lang), unit);
            }
        }
        JFreeChart chart = HorizontalBars.create(ChartText.FINDINGS_TITLE.in(lang), ChartText.AGENCY.in(lang),
                ChartText.FINDINGS.in(lang), dataset, true);
        ChartStyle.apply(chart, years, options, TopUnits.othersNote(totals, shown, lang));
        HorizontalBars.finish(chart, "0");
        HorizontalBars.counts(chart);
        for (int i = 0; i < severities.size(); i++) {
            HorizontalBars.colour(chart, i, ChartPalette.ofSeverity(severities.get(i)), true);
        }
        return new ChartFigure("data-quality-findings", chart, HorizontalBars.WIDTH,
                HorizontalBars.height(shown.size(), 1));
    }
}
