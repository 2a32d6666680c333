package io.jixiao.cli.command;

import io.jixiao.cli.FilterOptions;
import io.jixiao.cli.VerboseOption;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.output.OutputFormat;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.jobs.ingest.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code jixiao demo}: the whole chain on the bundled data, ingest → query → report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled sample documents, print the execution rate per unit and year, "
                + "and write the HTML report.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    private WarehouseOption warehouse;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
            description = "where the report is written (default: ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() {
        verbose.apply();
        Path data = home().resolve("data");
        List<String> inputs = List.of(data.resolve("samples").toString(), data.resolve("demo-extras").toString());
        System.out.println("== ingest " + inputs);
        IngestCommand.ingest(inputs, warehouse.location(), SparkSessions.LOCAL, false);

        System.out.println();
        System.out.println("== execution rate per unit and year (jixiao query execution-rate)");
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse.localPath())) {
            MetricTable rates = engine.run("execution-rate", MetricQuery.DEFAULT);
            OutputFormat.TABLE.writer().write("execution-rate", rates, System.out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        System.out.println();
        Path index = ReportCommand.write(warehouse.localPath(), filters, out, 10, Lang.ZH);
        System.out.println("== report: " + index.toAbsolutePath());
        return 0;
    }

    /** The project folder: set by the ./jixiao launcher, else the working directory. */
    static Path home() {
        Path home = Path.of(System.getProperty("jixiao.home", "."));
        if (!Files.isDirectory(home.resolve("data/samples"))) {
            throw new IllegalStateException("no data/samples under " + home.toAbsolutePath()
                    + ": run the demo from the project folder, or through ./jixiao");
        }
        return home;
    }
}
