package io.jixiao.reports.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A metric with its subtotals and grand total ({@code query --totals}): the metric run again for each outer part of
 * the grouping ({@code --by province,prefecture}: by province, then over all), so that each total row is the metric's
 * own figure over the group's forms (a weighted rate, not a sum of rates). A total row holds {@link
 * GroupBy#TOTAL_LABEL} in the first level it sums over and nothing in the levels below. Rows come grouped: each
 * group's rows, then its subtotal; the grand total last.
 */
public final class MetricTotals {

    private MetricTotals() {
    }

    /** The metric's rows with the totals, ordered as a pivot table reads; sorted by a column within each block. */
    public static MetricTable run(MetricEngine engine, String metric, MetricQuery query, String sort) {
        List<GroupBy> levels = query.levels();
        MetricTable detail = engine.run(metric, query);
        List<List<List<Object>>> blocks = new ArrayList<>();
        for (int outer = levels.size() - 1; outer >= 0; outer--) {
            List<GroupBy> grouping = outer == 0 ? List.of(GroupBy.TOTAL) : levels.subList(0, outer);
            MetricTable totals = engine.run(metric, MetricQuery.of(query.filters(), grouping));
            blocks.add(aligned(detail.columns(), totals, query.levelColumns(), outer));
        }
        List<List<Object>> rows = new ArrayList<>(detail.rows());
        blocks.forEach(rows::addAll);
        MetricTable all = new MetricTable(detail.columns(), rows);
        if (sort != null) {
            all = all.sortedBy(sort);
        }
        List<List<Object>> ordered = new ArrayList<>(all.rows());
        // stable: within a block the sort (or the engine's order) stays; a group's total follows its rows
        ordered.sort(byGroup(detail.columns(), query.levelColumns(), sort == null));
        return new MetricTable(detail.columns(), ordered);
    }

    /** A totals table's rows in the detail's columns: the total label at level {@code outer}, nothing below it. */
    private static List<List<Object>> aligned(List<String> columns, MetricTable totals, List<String> levelColumns,
                                              int outer) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> total : totals.rows()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (String column : columns) {
                int level = levelColumns.indexOf(column);
                if (level == outer) {
                    row.add(GroupBy.TOTAL_LABEL);
                } else if (level > outer) {
                    row.add(null);
                } else {
                    int at = totals.columns().indexOf(column);
                    row.add(at < 0 ? null : total.get(at));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Rows by their levels, outermost first, a total after the values of its level; with {@code byKeys} the values
     * themselves in order too (empty first) and then the year, else only the grouping, the sort's order kept.
     */
    private static Comparator<List<Object>> byGroup(List<String> columns, List<String> levelColumns, boolean byKeys) {
        Comparator<List<Object>> order = (a, b) -> 0;
        for (String level : levelColumns) {
            int at = columns.indexOf(level);
            Comparator<List<Object>> isTotal = Comparator.comparing(row -> GroupBy.TOTAL_LABEL.equals(row.get(at)));
            order = order.thenComparing(isTotal);
            if (byKeys) {
                order = order.thenComparing(row -> Objects.toString(row.get(at), ""));
            }
        }
        int year = columns.indexOf("year");
        if (byKeys && year >= 0) {
            order = order.thenComparing(row -> row.get(year) instanceof Number n ? n.intValue() : Integer.MIN_VALUE);
        }
        return order;
    }
}
