package io.jixiao.reports.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to run a metric: which forms, grouped by what (and always by year). A group may lie within outer ones
 * ({@code --by region,agency}: agencies within their region), and a project is always grouped within its agency:
 * two agencies' projects of the same name are two projects.
 */
public record MetricQuery(MetricFilters filters, GroupBy groupBy, List<GroupBy> outer) {

    public static final MetricQuery DEFAULT = new MetricQuery(MetricFilters.NONE, GroupBy.UNIT);

    public MetricQuery {
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(groupBy, "groupBy");
        outer = List.copyOf(outer);
        if (outer.contains(groupBy) || outer.stream().distinct().count() < outer.size()) {
            throw new IllegalArgumentException("--by names a level twice: " + outer + " and " + groupBy);
        }
    }

    public MetricQuery(MetricFilters filters, GroupBy groupBy) {
        this(filters, groupBy, List.of());
    }

    /** The query for {@code --by a,b,c}: the last level is the group, those before it the outer levels. */
    public static MetricQuery of(MetricFilters filters, List<GroupBy> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("--by needs a level");
        }
        return new MetricQuery(filters, levels.get(levels.size() - 1), levels.subList(0, levels.size() - 1));
    }

    public MetricQuery withFilters(MetricFilters newFilters) {
        return new MetricQuery(newFilters, groupBy, outer);
    }

    public MetricQuery withGroupBy(GroupBy newGroupBy) {
        return new MetricQuery(filters, newGroupBy, outer);
    }

    /** Every level a result row is keyed by, outermost first; a project's agency before it. */
    public List<GroupBy> levels() {
        List<GroupBy> levels = new ArrayList<>(outer);
        if (groupBy == GroupBy.PROJECT && !outer.contains(GroupBy.AGENCY) && !outer.contains(GroupBy.UNIT)) {
            levels.add(GroupBy.AGENCY);
        }
        levels.add(groupBy);
        return List.copyOf(levels);
    }

    /** The levels' columns, as the result names them. */
    public List<String> levelColumns() {
        return levels().stream().map(GroupBy::column).toList();
    }
}
