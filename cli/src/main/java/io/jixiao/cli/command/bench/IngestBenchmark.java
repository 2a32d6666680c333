package io.jixiao.cli.command.bench;

import io.jixiao.cli.SparkStart;
import io.jixiao.cli.VerboseOption;
import io.jixiao.corpus.generate.CorpusGenerator;
import io.jixiao.corpus.generate.CorpusOptions;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.jobs.ingest.IngestSummary;
import io.jixiao.jobs.ingest.SparkOnDemand;
import io.jixiao.jobs.ingest.SparkSessions;
import io.jixiao.read.DocumentParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code jixiao bench ingest}: for each corpus size, forms per second through the bare parser (the files read and
 * parsed on a parallel stream over all cores: the limit the ingest can reach) and through the whole Spark ingest
 * into a fresh warehouse, with the ingest's wall time per form and peak heap; the median of {@code --runs} runs, a
 * parser run and an ingest run in turn. Each is first warmed up on the corpus's first 5,000 documents.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Forms/s of the bare parser (all cores) and of the Spark ingest, per corpus size.")
public final class IngestBenchmark implements Callable<Integer> {

    private static final int FIRST_YEAR = 2016;
    private static final int LAST_YEAR = 2025;
    private static final int WARM_UP_DOCUMENTS = 5_000;

    @Mixin
    private VerboseOption verbose;

    @Option(names = "--forms", paramLabel = "N", split = ",", defaultValue = "10000",
            description = "corpus sizes in forms, comma-separated (default: ${DEFAULT-VALUE})")
    private List<Long> sizes;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "runs of each measurement; the median is reported (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-work",
            description = "where corpora and warehouses are written; emptied first (default: ${DEFAULT-VALUE}). "
                    + "The last warehouse of each size is kept for `jixiao bench metrics`.")
    private Path work;

    @Option(names = "--master", paramLabel = "URL", defaultValue = SparkSessions.LOCAL,
            description = "Spark master for the ingest (default: ${DEFAULT-VALUE})")
    private String master;

    @Override
    public Integer call() throws IOException {
        verbose.apply();
        BenchFiles.deleteRecursively(work);
        List<String> table = new ArrayList<>();
        table.add("| forms | documents | parser forms/s | ingest forms/s | ingest/parser | ingest µs/form "
                + "| peak heap MB (of max) |");
        table.add("|---|---|---|---|---|---|---|");
        try (SparkOnDemand spark = SparkStart.onDemand(master)) {
            for (long size : sizes) {
                table.add(measure(spark, size));
            }
        }
        System.out.printf("%n%d cores, %d runs each (median, range):%n", Runtime.getRuntime().availableProcessors(),
                runs);
        table.forEach(System.out::println);
        return 0;
    }

    private String measure(SparkOnDemand spark, long size) throws IOException {
        Path folder = work.resolve(String.valueOf(size));
        CorpusOptions options = CorpusOptions.forForms(size, FIRST_YEAR, LAST_YEAR, CorpusOptions.DEFAULT_SEED);
        long started = System.nanoTime();
        CorpusGenerator.Corpus corpus = new CorpusGenerator().generate(folder.resolve("corpus"), options, false);
        List<Path> files = corpus.documents();
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        System.out.printf("%n%d forms: %d documents, %.1f MB, generated in %.1f s (jixiao generate --regions %d "
                        + "--units %d --years %d-%d --seed %d)%n", corpus.forms(), files.size(), bytes / 1e6,
                seconds(started), options.regions(), options.units(), options.firstYear(), options.lastYear(),
                options.seed());

        // both are warmed up on the same documents: the ingest's first run paid the JIT for the writers
        DocumentParser documentParser = new DocumentParser();
        List<Path> warmUpFiles = files.subList(0, Math.min(files.size(), WARM_UP_DOCUMENTS));
        parse(documentParser, warmUpFiles);
        Path warmUp = folder.resolve("warm-up-warehouse");
        new IngestJob(spark).run(new IngestOptions(warmUpFiles.stream().map(Path::toString).toList(),
                warmUp.toString(), false), IngestProgress.SILENT);
        BenchFiles.deleteRecursively(warmUp);

        // a parser run, then an ingest run, in turn: the machine's speed drifts by ±10% over minutes, and runs of one
        // after all runs of the other put the drift into their ratio
        Runs parser = new Runs();
        Runs ingest = new Runs();
        Runs microsPerForm = new Runs();
        Runs heap = new Runs();
        for (int run = 1; run <= runs; run++) {
            CollectorTime parserCollector = CollectorTime.start();
            long start = System.nanoTime();
            int read = parse(documentParser, files);
            double parseSeconds = seconds(start);
            parser.add(read / parseSeconds);
            System.out.printf("parser run %d: %d forms in %.2f s = %.0f forms/s, collector %.2f s%n", run, read,
                    parseSeconds, read / parseSeconds, parserCollector.seconds());

            Path warehouse = folder.resolve("warehouse");
            BenchFiles.deleteRecursively(warehouse);
            System.gc();
            IngestSummary summary;
            long heapMegabytes;
            CollectorTime ingestCollector = CollectorTime.start();
            try (HeapPeak peak = HeapPeak.start()) {
                summary = new IngestJob(spark).run(new IngestOptions(
                        List.of(corpus.documentsDirectory().toString()), warehouse.toString(), false),
                        IngestProgress.SILENT);
                heapMegabytes = peak.megabytes();
            }
            double seconds = summary.wallMillis() / 1000.0;
            ingest.add(summary.forms() / seconds);
            microsPerForm.add(seconds * 1e6 / summary.forms());
            heap.add(heapMegabytes);
            System.out.printf("ingest run %d: %d forms in %.1f s = %.0f forms/s, collector %.2f s, peak heap %d MB%n",
                    run, summary.forms(), seconds, summary.forms() / seconds, ingestCollector.seconds(),
                    heapMegabytes);
        }
        System.out.printf("kept %s for `jixiao bench metrics --warehouse`%n", folder.resolve("warehouse"));
        return String.format("| %,d | %,d | %s | %s | **%.0f%%** | %s | %s of %,d |", corpus.forms(), files.size(),
                parser.describe("%,.0f"), ingest.describe("%,.0f"), 100 * ingest.median() / parser.median(),
                microsPerForm.describe("%.0f"), heap.describe("%,.0f"), HeapPeak.maxMegabytes());
    }

    /** The bare parser on all cores: each file read and parsed on a parallel stream. */
    private static int parse(DocumentParser parser, List<Path> files) {
        return files.parallelStream().mapToInt(file -> parser.parse(file.toString(), BenchFiles.read(file))
                .forms().size()).sum();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
