package io.jixiao.cli.command;

import io.jixiao.cli.WarehouseOption;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code jixiao sql}: ad-hoc read-only SQL over the warehouse views, on DuckDB. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run one read-only SELECT over the warehouse views (documents, forms, funds, indicators, "
                + "findings, runs).")
public final class SqlCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SELECT", description = "one SELECT (or WITH … SELECT) statement")
    private String sql;

    @Mixin
    private WarehouseOption warehouse;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json or xlsx (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    private Path out;

    @Override
    public Integer call() throws Exception {
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse.localPath())) {
            TableOutput.write("sql", engine.runSql(sql), OutputFormat.parse(format), out);
        }
        return 0;
    }
}
