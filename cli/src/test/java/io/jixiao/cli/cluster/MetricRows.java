package io.jixiao.cli.cluster;

import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Every metric, by unit and year, as lines of text comparable across engines and JVMs: a heading per metric, then
 * its rows with numbers to 6 decimals (engines type averages differently). TestEnginesAgree covers the other
 * groupings in local mode.
 */
final class MetricRows {

    private MetricRows() {
    }

    static List<String> ofEveryMetric(MetricEngine engine) {
        return ofEveryMetric(engine, 1);
    }

    /**
     * The same, the metrics queried by {@code threads} threads at once (an engine that takes concurrent queries:
     * Spark's jobs on a cluster spend most of their time waiting on the scheduler), the lines in catalog order.
     */
    static List<String> ofEveryMetric(MetricEngine engine, int threads) {
        List<String> metrics = MetricCatalog.load().names();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<MetricTable>> tables = new ArrayList<>();
            for (String metric : metrics) {
                tables.add(pool.submit(() -> engine.run(metric, new MetricQuery(MetricFilters.NONE, GroupBy.UNIT))));
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < metrics.size(); i++) {
                MetricTable table = tables.get(i).get();
                lines.add("# " + metrics.get(i) + " " + table.columns());
                for (List<Object> row : table.rows()) {
                    lines.add(row.stream().map(MetricRows::text).toList().toString());
                }
            }
            return lines;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while querying the metrics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a metric failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String text(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
        }
        return String.valueOf(value);
    }
}
