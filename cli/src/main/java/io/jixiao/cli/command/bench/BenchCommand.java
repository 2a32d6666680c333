package io.jixiao.cli.command.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jixiao bench}: the benchmarks, each measured against a baseline in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks, each against a baseline in the same run (median of several runs).",
        subcommands = {IngestBenchmark.class, MetricsBenchmark.class, ShapesBenchmark.class})
public final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a benchmark: ingest, metrics or shapes");
    }
}
