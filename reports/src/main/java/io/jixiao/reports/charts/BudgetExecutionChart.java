package io.jixiao.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Full-year budget next to the executed amount per agency for one year (万元), for the agencies that left the most
 * money unspent (budget − executed): where the money that was not spent is. The other agencies' sums are stated in
 * the subtitle, not drawn: a bar of hundreds of agencies would set the axis and squash the named ones.
 */
public final class BudgetExecutionChart {
    private BudgetExecutionChart() {
    }

    public static ChartFigure of(List<UnitBudget> budgets, int year, ChartOptions options) {
        Lang lang = options.lang();
        Map<String, double[]> byUnit = new TreeMap<>();
        budgets.stream().filter(b -> b.year() == year).forEach(b -> {
            double[] sums = byUnit.computeIfAbsent(b.unit(), unit -> new double[2]);
            sums[0] += b.budget();
            sums[1] += b.executed();
        });
        Map<String, Double> unspentByUnit = new LinkedHashMap<>();
        byUnit.forEach((unit, sums) -> unspentByUnit.put(unit, sums[0] - sums[1]));
        List<String> shown = TopUnits.pick(unspentByUnit, options.topN(), false);
        int others = byUnit.size() - shown.size();

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String budget = ChartText.BUDGET.in(lang);
        String executed = ChartText.EXECUTED.in(lang);
        for (String unit : shown) {
            dataset.addValue(byUnit.get(unit)[0], budget, unit);
            dataset.addValue(byUnit.get(unit)[1], executed, unit);
        }
        double[] rest = new double[2];
        Set<String> named = Set.copyOf(shown);
        byUnit.forEach((unit, sums) -> {
            if (!named.contains(unit)) {
                rest[0] += sums[0];
                rest[1] += sums[1];
            }
        });

        JFreeChart chart = HorizontalBars.create(ChartText.BUDGET_TITLE.in(lang), ChartText.AGENCY.in(lang),
                ChartText.AMOUNT.in(lang), dataset, false);
        ChartStyle.apply(chart, List.of(year), options,
                others > 0 ? ChartText.SHOWN_TOP_BUDGET.format(lang, shown.size(), others, rest[0], rest[1]) : "");
        HorizontalBars.finish(chart, "#,##0.00");
        HorizontalBars.colour(chart, 0, ChartPalette.BUDGET, false);
        HorizontalBars.colour(chart, 1, ChartPalette.EXECUTED, false);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultToolTipGenerator((data, row, column) -> {
            String unit = (String) data.getColumnKey(column);
            double[] unitSums = byUnit.get(unit);
            return ChartText.TIP_BUDGET.format(lang, unit, year, unitSums[0], unitSums[1], unitSums[0] - unitSums[1],
                    unitSums[0] > 0 ? 100 * unitSums[1] / unitSums[0] : 0);
        });
        renderer.setDefaultItemURLGenerator((data, series, category) ->
                AgencyAnchor.link((String) data.getColumnKey(category)));
        return new ChartFigure("budget-executed-" + year, chart, HorizontalBars.WIDTH,
                HorizontalBars.height(dataset.getColumnCount(), 2));
    }
}
