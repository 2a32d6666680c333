/**
 * Metrics: named, parameterised SQL over the warehouse views, kept as resources in
 * {@code io/jixiao/reports/metrics/<name>.sql} and listed in {@code metrics.list}.
 *
 * <p>A metric file begins with {@code -- description: …} (one line, shown by {@code jixiao metrics}), reads
 * the {@code forms} view as {@code f}, and holds {@code {{group}}} wherever the group column goes and
 * {@code {{filter}}} exactly once, as the WHERE condition on {@code f}. {@link io.jixiao.reports.metrics.MetricSql}
 * replaces {@code {{group}}} with the fixed column of a {@link io.jixiao.reports.metrics.GroupBy} and
 * {@code {{filter}}} with {@code f.year IN (?, ?) AND f.unit IN (?) …}, one placeholder per filter value; the
 * values travel as statement parameters. A metric that compares each year with the one before may hold
 * {@code {{years}}} once after it, as the WHERE condition on its result rows (column {@code year}): the years
 * filter applies there instead, so that one year selected keeps its change against the year before. The SQL is the common ground of DuckDB and Spark SQL 4 (no dialect
 * functions; checked by running every file on both), so the same file serves {@code --engine spark} with temp
 * views of the same names and positional parameters.
 *
 * <p>Every metric groups by the chosen column (unit by default) and year; the group column is named after it
 * in results. Indicator completion is broken down by category in a separate metric,
 * {@code indicator-completion-by-category}, with a {@code category_level} column (1: one row per level-1
 * category; 2: one row per level-2 category under it), rather than by a parameter: the metric's columns stay
 * fixed for charts and exports.
 */
package io.jixiao.reports.metrics;
