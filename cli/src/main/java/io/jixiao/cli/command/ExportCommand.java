package io.jixiao.cli.command;

import io.jixiao.cli.CodeConverters;
import io.jixiao.cli.FilterOptions;
import io.jixiao.cli.HeadersOption;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.output.OutputFormat;
import io.jixiao.reports.output.XlsxWorkbook;
import io.jixiao.reports.output.XlsxWorkbook.WrittenSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code jixiao export}: every metric (or those of {@code --metrics}) over the warehouse with the query's filters and
 * grouping, as one workbook of a sheet per metric ({@code --out FILE.xlsx}) or a folder of a CSV per metric
 * ({@code --out DIR}), on DuckDB. The tables are computed and written one at a time.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every metric over the warehouse at once: --out FILE.xlsx, one workbook with a sheet per "
                + "metric; --out DIR, a CSV per metric (METRIC.csv). Same filters and --by as query.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.xlsx|DIR", required = true,
            description = "a workbook (a name ending .xlsx), or a folder for one CSV per metric")
    private Path out;

    @Option(names = "--metrics", paramLabel = "METRIC", split = ",",
            description = "the metrics to export, in this order (default: all, as jixiao metrics lists them)")
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "unit", split = ",",
            converter = CodeConverters.GroupByConverter.class,
            completionCandidates = CodeConverters.GroupByColumns.class,
            description = "the grouping, as for query: ${COMPLETION-CANDIDATES}, several outermost first "
                    + "(default: ${DEFAULT-VALUE})")
    private List<GroupBy> by;

    @Mixin
    private WarehouseOption warehouse;

    @Mixin
    private FilterOptions filters;

    @Mixin
    private HeadersOption headers;

    @Override
    public Integer call() throws IOException {
        MetricCatalog catalog = MetricCatalog.load();
        List<String> chosen = metrics.isEmpty() ? catalog.names() : metrics;
        chosen.forEach(catalog::get);
        MetricQuery query = MetricQuery.of(filters.filters(), by);
        boolean workbook = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (!workbook && (Files.isRegularFile(out) || out.getFileName().toString().contains("."))) {
            throw new ParameterException(spec.commandLine(), "--out takes a workbook (FILE.xlsx) or a folder, not "
                    + out);
        }
        PrintWriter err = spec.commandLine().getErr();
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse.localPath())) {
            if (filters.matchNothing(engine, spec)) {
                return FilterOptions.NOTHING_MATCHES;
            }
            if (workbook) {
                writeWorkbook(engine, chosen, query, err);
            } else {
                writeFolder(engine, chosen, query, err);
            }
        }
        return 0;
    }

    private void writeWorkbook(DuckDbMetricEngine engine, List<String> chosen, MetricQuery query, PrintWriter err)
            throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (XlsxWorkbook workbook = new XlsxWorkbook(headers.headers())) {
            for (String metric : chosen) {
                MetricTable table = engine.run(metric, query);
                WrittenSheet sheet = workbook.add(metric, table);
                err.println("  " + metric + " → sheet " + sheet.name() + ": " + sheet.rows() + " rows"
                        + (sheet.rowsLeftOut() > 0 ? ", " + sheet.rowsLeftOut() + " more cut (Excel's row limit; "
                        + "a note in the sheet says so): export to a folder for CSV" : ""));
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
        err.println("wrote " + out + " (" + chosen.size() + " sheets)");
    }

    private void writeFolder(DuckDbMetricEngine engine, List<String> chosen, MetricQuery query, PrintWriter err)
            throws IOException {
        Files.createDirectories(out);
        for (String metric : chosen) {
            MetricTable table = engine.run(metric, query);
            Path file = out.resolve(metric + "." + OutputFormat.CSV.extension());
            try (OutputStream stream = Files.newOutputStream(file)) {
                OutputFormat.CSV.writer(headers.headers()).write(metric, table, stream);
            }
            err.println("  " + metric + " → " + file + ": " + table.rows().size() + " rows");
        }
        err.println("wrote " + chosen.size() + " CSV files to " + out);
    }
}
