package io.jixiao.reports.metrics;

/**
 * A named metric: its one-line description and its SQL template. The template reads the {@code forms} view
 * as {@code f} and holds {@code {{group}}} (the group column) and exactly one {@code {{filter}}} (the
 * WHERE condition on the forms), which {@link MetricSql} expands into SQL with {@code ?} parameters.
 */
public record MetricDefinition(String name, String description, String template) {

    static final String DESCRIPTION_PREFIX = "-- description:";
    /** The line a listing's template holds: its rows are no figures per group, so no totals are computed. */
    static final String NO_TOTALS = "\n-- totals: no";

    /** Whether subtotals and totals mean something: the metric computes figures per group and year. */
    public boolean hasTotals() {
        return !template.contains(NO_TOTALS);
    }
}
