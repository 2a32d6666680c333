package io.jixiao.reports.metrics;

/** Runs the catalog's metrics, and ad-hoc read-only SQL, on one engine. */
public interface MetricEngine extends AutoCloseable {

    MetricTable run(String metric, MetricQuery query);

    /** One read-only SELECT over the warehouse views; anything that would write is refused. */
    MetricTable runSql(String sql);

    @Override
    void close();
}
