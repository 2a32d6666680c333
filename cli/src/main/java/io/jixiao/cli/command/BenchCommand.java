package io.jixiao.cli.command;

import io.jixiao.cli.VerboseOption;
import io.jixiao.jobs.generate.CorpusGenerator;
import io.jixiao.jobs.generate.CorpusOptions;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.jobs.ingest.IngestSummary;
import io.jixiao.jobs.ingest.SparkSessions;
import io.jixiao.jobs.read.DocumentParser;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code jixiao bench}: generates a synthetic corpus of about {@code --forms} forms and measures, on all cores,
 * forms per second through the bare parser (documents in memory, a parallel stream) and through the whole Spark
 * ingest into a fresh warehouse; the median of {@code --runs} runs each.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure forms/s of the bare parser and of the Spark ingest on a generated corpus "
                + "(median of several runs).")
public final class BenchCommand implements Callable<Integer> {

    /** A unit-year of the generator holds about 3.7 forms: self-evaluations and, for two units in three, targets. */
    private static final double FORMS_PER_UNIT_YEAR = 3.7;

    @Mixin
    private VerboseOption verbose;

    @Option(names = "--forms", paramLabel = "N", defaultValue = "10000",
            description = "about how many forms to generate (default: ${DEFAULT-VALUE})")
    private int forms;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "runs of each measurement; the median is reported (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-work",
            description = "where the corpus and the warehouses are written; emptied first (default: ${DEFAULT-VALUE})")
    private Path work;

    @Option(names = "--master", paramLabel = "URL", defaultValue = SparkSessions.LOCAL,
            description = "Spark master for the ingest (default: ${DEFAULT-VALUE})")
    private String master;

    @Override
    public Integer call() throws IOException {
        verbose.apply();
        deleteRecursively(work);
        int regions = 12;
        int units = 12;
        int years = (int) Math.max(1, Math.ceil(forms / (regions * units * FORMS_PER_UNIT_YEAR)));
        CorpusOptions options = new CorpusOptions(regions, units, 2010, Math.min(2035, 2010 + years - 1),
                CorpusOptions.DEFAULT_SEED);
        CorpusGenerator.Corpus corpus = new CorpusGenerator().generate(work.resolve("corpus"), options);
        List<byte[]> documents = new ArrayList<>();
        for (Path file : corpus.documents()) {
            documents.add(Files.readAllBytes(file));
        }
        long bytes = documents.stream().mapToLong(d -> d.length).sum();
        System.out.printf("corpus: %d documents, %d forms, %.1f MB (jixiao generate --regions %d --units %d "
                        + "--years %d-%d --seed %d); %d cores%n", documents.size(), corpus.forms(), bytes / 1e6,
                regions, units, options.firstYear(), options.lastYear(), options.seed(),
                Runtime.getRuntime().availableProcessors());

        List<Double> parser = new ArrayList<>();
        DocumentParser documentParser = new DocumentParser();
        for (int run = 0; run <= runs; run++) {
            long started = System.nanoTime();
            int read = documents.parallelStream().mapToInt(d -> documentParser.parse("bench", d).forms().size()).sum();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (run > 0) {  // run 0 warms the JIT up
                parser.add(read / seconds);
                System.out.printf("parser run %d: %d forms in %.2f s = %.0f forms/s%n", run, read, seconds,
                        read / seconds);
            }
        }

        List<Double> ingest = new ArrayList<>();
        SparkSession spark = SparkSessions.create(master);
        try {
            for (int run = 1; run <= runs; run++) {
                Path warehouse = work.resolve("warehouse-" + run);
                IngestSummary summary = new IngestJob(spark).run(new IngestOptions(
                        List.of(corpus.documentsDirectory().toString()), warehouse.toString(), false),
                        IngestProgress.SILENT);
                double seconds = summary.wallMillis() / 1000.0;
                ingest.add(summary.forms() / seconds);
                System.out.printf("ingest run %d: %d forms in %.1f s = %.0f forms/s%n", run, summary.forms(),
                        seconds, summary.forms() / seconds);
            }
        } finally {
            spark.stop();
        }
        System.out.printf("median of %d runs: parser %.0f forms/s, ingest (%s) %.0f forms/s%n", runs,
                median(parser), master, median(ingest));
        return 0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
