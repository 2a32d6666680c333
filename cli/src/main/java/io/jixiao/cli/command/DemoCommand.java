package io.jixiao.cli.command;

import io.jixiao.cli.FilterOptions;
import io.jixiao.cli.VerboseOption;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.output.OutputFormat;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.jobs.generate.CorpusGenerator;
import io.jixiao.jobs.generate.CorpusOptions;
import io.jixiao.jobs.ingest.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code jixiao demo}: the whole chain on the bundled data and a generated one, ingest → query → report. The four
 * real samples hold too few units and years for trends, so a synthetic corpus (fixed seed: the same every run)
 * joins them; the report says that it holds made-up documents.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a synthetic multi-year corpus, ingest it with the bundled sample documents, print "
                + "the execution rate per unit and year, and write the HTML report (marked as holding synthetic data).")
public final class DemoCommand implements Callable<Integer> {

    private static final int DEMO_REGIONS = 6;
    private static final int DEMO_UNITS = 8;
    private static final int DEMO_FIRST_YEAR = 2018;
    private static final int DEMO_LAST_YEAR = 2024;

    @Mixin
    private WarehouseOption warehouse;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
            description = "where the report is written (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "demo-corpus",
            description = "where the synthetic corpus is generated (default: ${DEFAULT-VALUE})")
    private Path corpus;

    @Override
    public Integer call() {
        verbose.apply();
        Path data = home().resolve("data");
        CorpusGenerator.Corpus synthetic = new CorpusGenerator().generate(corpus, new CorpusOptions(DEMO_REGIONS,
                DEMO_UNITS, DEMO_FIRST_YEAR, DEMO_LAST_YEAR, CorpusOptions.DEFAULT_SEED));
        System.out.printf("== generate: %d synthetic documents (%d forms, made-up figures) in %s%n",
                synthetic.documents().size(), synthetic.forms(), synthetic.documentsDirectory());
        List<String> inputs = List.of(data.resolve("samples").toString(), data.resolve("realworld").toString(),
                data.resolve("demo-extras").toString(),
                synthetic.documentsDirectory().toString());
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
        Path index = ReportCommand.write(warehouse, filters, out, 10, ReportCommand.DEFAULT_ROWS, Lang.ZH);
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
