package io.jixiao.reports.metrics;

import io.jixiao.schema.warehouse.WarehouseTables;

/** Runs the catalog's metrics, and ad-hoc read-only SQL, on one engine. */
public interface MetricEngine extends AutoCloseable {

    MetricTable run(String metric, MetricQuery query);

    /** The first rows of a metric ({@link MetricPage}): the engine fetches only those. */
    MetricTable run(String metric, MetricQuery query, MetricPage page);

    /** How many rows {@link #run(String, MetricQuery)} would give, counted by the engine without fetching them. */
    long count(String metric, MetricQuery query);

    /** One read-only SELECT over the warehouse views; anything that would write is refused. */
    MetricTable runSql(String sql);

    /**
     * The distinct values of one column of the forms view (its name checked against the view, never user text), in
     * column {@code value}; and {@code forms}, the count of forms holding it.
     */
    MetricTable formValues(String column);

    /** The SQL of {@link #formValues}, the same on both engines. */
    static String formValuesSql(String column) {
        boolean known = column.equals(WarehouseTables.AGENCY)
                || WarehouseTables.FORMS.columns().stream().anyMatch(c -> c.name().equals(column));
        if (!known) {
            throw new IllegalArgumentException("the forms view has no column " + column);
        }
        return "SELECT " + column + " AS value, COUNT(*) AS forms FROM forms WHERE " + column
                + " IS NOT NULL GROUP BY " + column;
    }

    @Override
    void close();
}
