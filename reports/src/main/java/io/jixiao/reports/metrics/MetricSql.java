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
        List<Object> parameters = new ArrayList<>();
        StringBuilder condition = new StringBuilder("1 = 1");
        MetricFilters filters = query.filters();
        in(condition, parameters, "year", filters.years());
        in(condition, parameters, "region", filters.regions());
        in(condition, parameters, "department", filters.departments());
        in(condition, parameters, "unit", filters.units());
        in(condition, parameters, "kind", filters.kinds());
        String sql = template
                .replace(GROUP, FORMS_ALIAS + "." + query.groupBy().column())
                .replace(FILTER, "(" + condition + ")");
        return new MetricSql(sql, parameters);
    }

    private static void in(StringBuilder condition, List<Object> parameters, String column, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        condition.append(" AND ").append(FORMS_ALIAS).append('.').append(column).append(" IN (")
                .append(String.join(", ", Collections.nCopies(values.size(), "?"))).append(')');
        parameters.addAll(values);
    }
}
