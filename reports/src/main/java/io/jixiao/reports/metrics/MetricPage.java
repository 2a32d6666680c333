package io.jixiao.reports.metrics;

import java.util.Objects;
import java.util.Optional;

/**
 * The first {@code limit} rows of a metric, in the metric's own order or sorted by one of its columns first
 * ({@code -COLUMN} descending; empty values last, ties in the metric's order, as {@link MetricTable#sortedBy}): the
 * limit and the sort go into the SQL, so that the engine hands over only those rows.
 */
public record MetricPage(int limit, Optional<String> sort) {

    public MetricPage {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one row, not " + limit);
        }
        Objects.requireNonNull(sort, "sort");
    }

    public static MetricPage first(int limit) {
        return new MetricPage(limit, Optional.empty());
    }

    public MetricPage sortedBy(String column) {
        return new MetricPage(limit, Optional.of(column));
    }
}
