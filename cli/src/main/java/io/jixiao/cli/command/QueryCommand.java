package io.jixiao.cli.command;

import io.jixiao.cli.CodeConverters;
import io.jixiao.cli.FilterOptions;
import io.jixiao.cli.OutputOptions;
import io.jixiao.cli.SparkStart;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.cli.engine.SparkMetricEngine;
import io.jixiao.jobs.ingest.SparkSessions;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricPage;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.metrics.MetricTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code jixiao query}: one named metric over the warehouse, on DuckDB (or Spark SQL). */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Compute a metric over the warehouse (jixiao metrics lists them).")
public final class QueryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    enum Engine { DUCKDB, SPARK }

    @Parameters(paramLabel = "METRIC", description = "the metric, e.g. execution-rate")
    private String metric;

    @Mixin
    private WarehouseOption warehouse;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--totals",
            description = "add a subtotal row for each outer group and a grand total (合计) per year, each the metric's "
                    + "own figure over the group's forms; with --sort, totals follow the rows they sum")
    private boolean totals;

    @Option(names = "--sort", paramLabel = "COLUMN",
            description = "sort the rows by a column of the result, -COLUMN for descending (e.g. --sort -execution_rate)")
    private String sort;

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "unit", split = ",",
            converter = CodeConverters.GroupByConverter.class,
            completionCandidates = CodeConverters.GroupByColumns.class,
            description = "group by agency (a unit across its confirmed renames), unit, department, region (the most "
                    + "specific place the names give), province, prefecture, county, kind or project (within its "
                    + "agency), and year; several levels outermost first: province,prefecture "
                    + "(default: ${DEFAULT-VALUE})")
    private List<GroupBy> by;

    @Mixin
    private OutputOptions output;

    /** The rows of a listing shown in the terminal when --limit is not given. */
    static final int TERMINAL_ROWS = 50;

    @Option(names = "--limit", paramLabel = "N",
            description = "at most N rows, the first in the metric's order (or --sort's), the only ones fetched; 0 for "
                    + "all (default: " + TERMINAL_ROWS + " for a listing shown in the terminal, e.g. shortfalls, "
                    + "target-drift-listing; else all, as with --out FILE)")
    private Integer limit;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "duckdb",
            description = "duckdb (default) or spark, for warehouses too big for one machine")
    private Engine engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark (default: the one spark-submit gives, else "
                    + SparkSessions.LOCAL + ")")
    private String master;

    @Override
    public Integer call() throws Exception {
        MetricQuery query = MetricQuery.of(filters.filters(), by);
        try (MetricEngine metrics = open()) {
            if (filters.matchNothing(metrics, spec)) {
                return FilterOptions.NOTHING_MATCHES;
            }
            boolean listing = !MetricCatalog.load().get(metric).hasTotals();
            if (totals) {
                if (limit != null) {
                    throw new ParameterException(spec.commandLine(), "--limit: --totals shows every group's rows");
                }
                if (listing) {
                    throw new ParameterException(spec.commandLine(), "--totals: " + metric
                            + " lists rows one by one; totals apply to the metrics of figures per group and year");
                }
                output.write(metric, MetricTotals.run(metrics, metric, query, sort));
            } else if (rowsShown(listing) > 0) {
                MetricPage page = MetricPage.first(rowsShown(listing));
                MetricTable table = metrics.run(metric, query, sort == null ? page : page.sortedBy(sort));
                output.write(metric, table);
                int shown = table.rows().size();
                // counted only when the page is full: a page that is not holds them all
                long all = shown < page.limit() ? shown : metrics.count(metric, query);
                if (all > shown) {
                    spec.commandLine().getErr().printf("%,d of %,d rows: --limit N for more, --out FILE (.csv, .xlsx, "
                            + ".json) for all%n", shown, all);
                }
            } else {
                MetricTable table = metrics.run(metric, query);
                output.write(metric, sort == null ? table : table.sortedBy(sort));
            }
        }
        return 0;
    }

    /** The rows of the page to show: --limit, else a terminal's page of a listing; 0 for every row. */
    private int rowsShown(boolean listing) {
        if (limit != null) {
            if (limit < 0) {
                throw new ParameterException(spec.commandLine(), "--limit takes a number of rows, 0 for all, not "
                        + limit);
            }
            return limit;
        }
        return listing && output.toTerminal() ? TERMINAL_ROWS : 0;
    }

    private MetricEngine open() {
        return engine == Engine.SPARK
                ? new SparkMetricEngine(SparkStart.session(master), warehouse.location())
                : DuckDbMetricEngine.open(warehouse.localPath());
    }
}
