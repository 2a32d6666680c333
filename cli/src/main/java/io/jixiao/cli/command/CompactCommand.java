package io.jixiao.cli.command;

import io.jixiao.cli.MasterOption;
import io.jixiao.cli.VerboseOption;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.jobs.ingest.CompactJob;
import io.jixiao.jobs.ingest.CompactSummary;
import io.jixiao.jobs.ingest.CompactedFiles;
import io.jixiao.jobs.ingest.SparkOnDemand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code jixiao compact}: the warehouse's small files rewritten into few, as a new snapshot. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Rewrite the small Parquet files of each table and year of the warehouse into few sorted files "
                + "of about 128 MiB, as a new snapshot built from the one in force (which readers keep reading). "
                + "A folder with at most one file under 64 MiB is compact; when all are, nothing is written.")
public final class CompactCommand implements Callable<Integer> {

    @Mixin
    private WarehouseOption warehouse;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private MasterOption master;

    @Override
    public Integer call() {
        verbose.apply();
        CompactSummary summary;
        try (SparkOnDemand spark = master.session()) {
            summary = new CompactJob(spark).run(warehouse.location());
        }
        print(summary, warehouse.location(), System.out);
        return 0;
    }

    static void print(CompactSummary summary, String warehouse, PrintStream out) {
        if (summary.from().isEmpty()) {
            out.println("nothing to compact: nothing was ingested into " + warehouse + " yet");
            return;
        }
        if (!summary.committed()) {
            out.println("nothing to compact: every table and year of snapshot " + summary.from().get()
                    + " is compact (at most one file under 64 MiB); no snapshot written");
            return;
        }
        out.printf(Locale.ROOT, "compacted snapshot %s into %s: %d folders, %d files → %d, %s → %s, in %.1f s%n",
                summary.from().get(), summary.snapshot().get(), summary.folders().size(), summary.filesBefore(),
                summary.filesAfter(), size(summary.bytesBefore()), size(summary.bytesAfter()),
                summary.wallMillis() / 1000.0);
        if (!summary.driftYears().isEmpty()) {
            out.println("  target drift settled for " + summary.driftYears().size() + " years without it");
        }
        for (CompactedFiles folder : summary.folders()) {
            out.printf(Locale.ROOT, "  %-22s %5d files → %d, %s → %s%n", folder.folder(), folder.filesBefore(),
                    folder.filesAfter(), size(folder.bytesBefore()), size(folder.bytesAfter()));
        }
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
