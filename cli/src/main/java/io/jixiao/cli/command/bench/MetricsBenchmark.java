package io.jixiao.cli.command.bench;

import io.jixiao.cli.CodeConverters;
import io.jixiao.cli.FilterOptions;
import io.jixiao.cli.SparkStart;
import io.jixiao.cli.VerboseOption;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.cli.engine.SparkMetricEngine;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricPage;
import io.jixiao.reports.metrics.MetricQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code jixiao bench metrics}: every metric of the catalog on DuckDB and on Spark SQL over the same warehouse
 * Parquet, each engine started once and warmed up by one run of every metric; the median of {@code --runs}, each
 * run after a garbage collection.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Every metric on DuckDB and on Spark SQL over the same warehouse: times and ratio.")
public final class MetricsBenchmark implements Callable<Integer> {

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private WarehouseOption warehouse;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "measured runs of each metric on each engine (default: ${DEFAULT-VALUE})")
    private int runs;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--metrics", paramLabel = "METRIC", split = ",",
            description = "the metrics to measure (default: every metric of the catalog)")
    private List<String> only = new ArrayList<>();

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "unit",
            converter = CodeConverters.GroupByConverter.class,
            completionCandidates = CodeConverters.GroupByColumns.class,
            description = "grouping of every metric: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private GroupBy by;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "measure the listings (shortfalls, target-drift-listing) as query shows them: their first N "
                    + "rows and the count of all; 0 fetches every row (default: ${DEFAULT-VALUE})")
    private int limit;

    @Override
    public Integer call() {
        verbose.apply();
        MetricQuery query = new MetricQuery(filters.filters(), by);
        Map<String, Runs> duckDb;
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<String> metrics;
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse.localPath())) {
            metrics = only.isEmpty() ? engine.catalog().names() : only;
            for (String metric : metrics) {
                engine.catalog().get(metric);  // an unknown name stops here, before any measurement
            }
            duckDb = measure("duckdb", engine, metrics, query, rows);
        }
        Map<String, Integer> sparkRows = new LinkedHashMap<>();
        Map<String, Runs> spark;
        try (SparkMetricEngine engine = new SparkMetricEngine(SparkStart.session(null), warehouse.location())) {
            spark = measure("spark", engine, metrics, query, sparkRows);
        }
        System.out.printf("%n%s, --by %s, %d runs each after one warm-up (median, range, ms):%n",
                warehouse.location(), by.column(), runs);
        System.out.println("| metric | rows | DuckDB ms | Spark SQL ms | Spark / DuckDB |");
        System.out.println("|---|---|---|---|---|");
        for (String metric : metrics) {
            if (!rows.get(metric).equals(sparkRows.get(metric))) {
                throw new IllegalStateException(metric + ": DuckDB gave " + rows.get(metric) + " rows, Spark "
                        + sparkRows.get(metric));
            }
            System.out.printf("| %s | %,d | %s | %s | **%.1f×** |%n", metric, rows.get(metric),
                    duckDb.get(metric).describe("%,.0f"), spark.get(metric).describe("%,.0f"),
                    spark.get(metric).median() / duckDb.get(metric).median());
        }
        return 0;
    }

    private Map<String, Runs> measure(String name, MetricEngine engine, List<String> metrics, MetricQuery query,
                                      Map<String, Integer> rows) {
        Map<String, Runs> times = new LinkedHashMap<>();
        for (String metric : metrics) {
            rows.put(metric, run(engine, metric, query));  // warm-up
            times.put(metric, new Runs());
        }
        for (int run = 1; run <= runs; run++) {
            List<String> line = new ArrayList<>();
            for (String metric : metrics) {
                // Each run starts from an empty young generation that earlier runs already touched: without this, a
                // run that grows the heap pays the virtual machine's first-touch page faults (3-4x the fetch of a
                // large result, BENCHMARKS.md), and a run may pay for the garbage of the run before it.
                System.gc();
                long started = System.nanoTime();
                run(engine, metric, query);
                double millis = (System.nanoTime() - started) / 1e6;
                times.get(metric).add(millis);
                line.add(String.format("%s %.0f", metric, millis));
            }
            System.out.printf("%s run %d (ms): %s%n", name, run, String.join(", ", line));
        }
        return times;
    }

    /** One run of the metric, as query runs it: the rows it gives (for a page of a listing, the count of all). */
    private int run(MetricEngine engine, String metric, MetricQuery query) {
        if (limit > 0 && !MetricCatalog.load().get(metric).hasTotals()) {
            engine.run(metric, query, MetricPage.first(limit));
            return Math.toIntExact(engine.count(metric, query));
        }
        return engine.run(metric, query).rows().size();
    }
}
