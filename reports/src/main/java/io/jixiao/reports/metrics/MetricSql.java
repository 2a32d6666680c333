package io.jixiao.reports.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A metric template expanded for one query: the SQL with one {@code ?} per filter value, and those values in
 * order. The group column comes from {@link GroupBy}, never from user text. The result is plain SQL that
 * DuckDB and Spark SQL both run.
 */
public record MetricSql(String sql, List<Object> parameters) {

    static final String GROUP = "{{group}}";
    static final String FILTER = "{{filter}}";
    /**
     * Where a metric that compares a year with the one before filters its result rows by year: the years filter
     * applies there, not in {@link #FILTER}, so that a single year selected still has its previous year.
     */
    static final String YEARS = "{{years}}";
    static final String FORMS_ALIAS = "f";

    public MetricSql {
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    public static MetricSql expand(MetricDefinition metric, MetricQuery query) {
        String template = metric.template();
        int first = template.indexOf(FILTER);
        if (first < 0 || template.indexOf(FILTER, first + 1) >= 0) {
            throw new IllegalStateException("metric " + metric.name() + " must hold " + FILTER + " exactly once");
        }
        int years = template.indexOf(YEARS);
        if (years >= 0 && (years < first || template.indexOf(YEARS, years + 1) >= 0)) {
            throw new IllegalStateException("metric " + metric.name() + " may hold " + YEARS + " once, after "
                    + FILTER);
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder condition = new StringBuilder("1 = 1");
        MetricFilters filters = query.filters();
        if (years < 0) {
            in(condition, parameters, FORMS_ALIAS + ".year", filters.years());
        }
        in(condition, parameters, FORMS_ALIAS + ".region", filters.regions());
        in(condition, parameters, FORMS_ALIAS + ".department", filters.departments());
        in(condition, parameters, FORMS_ALIAS + ".unit", filters.units());
        in(condition, parameters, FORMS_ALIAS + ".kind", filters.kinds());
        String sql = template
                .replace(GROUP, FORMS_ALIAS + "." + query.groupBy().column())
                .replace(FILTER, "(" + condition + ")");
        if (years >= 0) {
            // the years filter the result rows, after the change against the previous year was computed over all
            StringBuilder yearCondition = new StringBuilder("1 = 1");
            in(yearCondition, parameters, "year", filters.years());
            sql = sql.replace(YEARS, "(" + yearCondition + ")");
        }
        return new MetricSql(sql, parameters);
    }

    private static void in(StringBuilder condition, List<Object> parameters, String column, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        condition.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", Collections.nCopies(values.size(), "?"))).append(')');
        parameters.addAll(values);
    }
}
