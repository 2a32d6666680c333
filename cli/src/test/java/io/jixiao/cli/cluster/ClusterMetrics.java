package io.jixiao.cli.cluster;

import io.jixiao.cli.engine.SparkMetricEngine;
import io.jixiao.jobs.ingest.SparkSessions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A driver for the cluster test, run in a JVM of its own (one SparkContext per JVM): every metric (three at once)
 * with the Spark engine on MASTER over WAREHOUSE, written as {@link MetricRows} to OUT.
 */
public final class ClusterMetrics {

    private ClusterMetrics() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ClusterMetrics MASTER WAREHOUSE OUT");
        }
        try (SparkMetricEngine engine = new SparkMetricEngine(SparkSessions.create(args[0]), args[1])) {
            Files.write(Path.of(args[2]), MetricRows.ofEveryMetric(engine, 3));
        }
    }
}
