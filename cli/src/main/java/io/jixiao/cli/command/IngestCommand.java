package io.jixiao.cli.command;

import io.jixiao.cli.MasterOption;
import io.jixiao.cli.SparkStart;
import io.jixiao.cli.VerboseOption;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.cli.console.ConsoleProgress;
import io.jixiao.cli.console.IngestReport;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestSummary;
import io.jixiao.jobs.ingest.SparkOnDemand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code jixiao ingest}: documents into the warehouse with Spark. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read documents (files, folders read recursively, globs) into the warehouse with Spark "
                + "(started only when there is something new to read).")
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "documents, folders or globs (any Hadoop URI)")
    private List<String> paths;

    @Mixin
    private WarehouseOption warehouse;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private MasterOption master;

    @Option(names = "--strict", description = "exit non-zero, and change nothing, when any document is rejected")
    private boolean strict;

    @Override
    public Integer call() {
        verbose.apply();
        IngestSummary summary = ingest(paths, warehouse.location(), master.master(), strict);
        return strict && summary.rejected() > 0 ? 2 : 0;
    }

    static IngestSummary ingest(List<String> paths, String warehouse, String master, boolean strict) {
        IngestSummary summary = run(paths, warehouse, master, strict);
        IngestReport.print(summary, warehouse, System.out);
        return summary;
    }

    /** The ingest with its progress on standard error, and nothing on standard output. */
    static IngestSummary run(List<String> paths, String warehouse, String master, boolean strict) {
        try (SparkOnDemand spark = SparkStart.onDemand(master);
             ConsoleProgress progress = new ConsoleProgress(System.err)) {
            return new IngestJob(spark).run(new IngestOptions(paths, warehouse, strict), progress);
        }
    }
}
