package io.jixiao.reports.metrics;

import io.jixiao.reports.SampleWarehouse;

/** One DuckDB metric engine over the sample warehouse, shared by the metric tests of one JVM. */
public final class SampleEngine {

    private static DuckDbMetricEngine engine;

    private SampleEngine() {
    }

    public static synchronized DuckDbMetricEngine get() {
        if (engine == null) {
            engine = DuckDbMetricEngine.open(SampleWarehouse.path());
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        }
        return engine;
    }
}
