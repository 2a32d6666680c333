package io.jixiao.cli.command;

import io.jixiao.cli.OutputOptions;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code jixiao sql}: ad-hoc read-only SQL over the warehouse views, on DuckDB. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run one read-only SELECT over the warehouse views (documents, forms, funds, indicators, "
                + "findings, form_copies, target_drift, runs; self_evaluations: the forms that are self-evaluations).")
public final class SqlCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SELECT", description = "one SELECT (or WITH … SELECT) statement")
    private String sql;

    @Mixin
    private WarehouseOption warehouse;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() throws Exception {
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse.localPath())) {
            output.write("sql", engine.runSql(sql));
        }
        return 0;
    }
}
