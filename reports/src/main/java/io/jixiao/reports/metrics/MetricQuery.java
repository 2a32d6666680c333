package io.jixiao.reports.metrics;

import java.util.Objects;

/** How to run a metric: which forms, grouped by what (and always by year). */
public record MetricQuery(MetricFilters filters, GroupBy groupBy) {

    public static final MetricQuery DEFAULT = new MetricQuery(MetricFilters.NONE, GroupBy.UNIT);

    public MetricQuery {
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(groupBy, "groupBy");
    }

    public MetricQuery withFilters(MetricFilters newFilters) {
        return new MetricQuery(newFilters, groupBy);
    }

    public MetricQuery withGroupBy(GroupBy newGroupBy) {
        return new MetricQuery(filters, newGroupBy);
    }
}
