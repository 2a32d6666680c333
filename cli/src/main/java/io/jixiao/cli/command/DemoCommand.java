package io.jixiao.cli.command;

import io.jixiao.cli.FilterOptions;
import io.jixiao.cli.VerboseOption;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.cli.console.DemoSummary;
import io.jixiao.corpus.generate.CorpusGenerator;
import io.jixiao.corpus.generate.CorpusOptions;
import io.jixiao.jobs.ingest.IngestSummary;
import io.jixiao.jobs.ingest.SparkSessions;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.insight.AgencyExecution;
import io.jixiao.reports.insight.AgencyRanking;
import io.jixiao.reports.insight.AgencyYears;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code jixiao demo}: the whole chain on the bundled data and a generated one, ingest → report → a summary that fits a
 * screen. The four
 * real samples hold too few units and years for trends, so a synthetic corpus (fixed seed: the same every run)
 * joins them; the report says that it holds made-up documents.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a synthetic multi-year corpus, ingest it with the bundled sample documents, write "
                + "the HTML report (marked as holding synthetic data) and print a short summary: documents, forms, "
                + "years, the five agencies with the lowest execution rate, the report's address.")
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
        System.out.printf(Locale.ROOT, "generated: %,d synthetic documents (made-up figures) under %s%n",
                synthetic.documents().size(), corpus);
        List<String> inputs = List.of(data.resolve("samples").toString(), data.resolve("realworld").toString(),
                data.resolve("demo-extras").toString(),
                synthetic.documentsDirectory().toString());
        IngestSummary ingest = IngestCommand.run(inputs, warehouse.location(), SparkSessions.LOCAL, false);
        System.out.printf(Locale.ROOT, "ingested: %,d new documents, %,d unchanged, in %.1f s%n",
                ingest.documentsFound() - ingest.unchanged(), ingest.unchanged(), ingest.wallMillis() / 1000.0);

        Path index = ReportCommand.write(warehouse, filters, out, 10, ReportCommand.DEFAULT_ROWS, Lang.ZH);
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse.localPath())) {
            List<AgencyExecution> lowest = AgencyRanking.lowestRateFirst(AgencyYears.fetch(engine, filters.filters()));
            DemoSummary.of(engine, lowest, index.toAbsolutePath().toUri()).print(System.out);
        }
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
