package io.jixiao.cli.command.bench;

import io.jixiao.corpus.generate.CorpusGenerator;
import io.jixiao.corpus.generate.CorpusOptions;
import io.jixiao.corpus.generate.ShapedCorpusReading;
import io.jixiao.read.DocumentParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code jixiao bench shapes}: a corpus of about {@code --forms} forms with documents in every shape of text that lost
 * its table ({@code jixiao generate --shapes}), read back by the parser on one thread and compared with the truth
 * written before the damage: per shape the facts matched, wrong and missing, and forms per second. The documents
 * that kept their table ({@code none}) are the baseline of the same run. The reading is done twice and the second
 * one reported (the first warms the JIT).
 */
@Command(name = "shapes", mixinStandardHelpOptions = true,
        description = "Facts read back and forms/s per document shape (flattened, indented, scrambled, letter-spaced,"
                + " traditional, OCR-noised; none as the baseline).")
public final class ShapesBenchmark implements Callable<Integer> {

    @Option(names = "--forms", paramLabel = "N", defaultValue = "10000",
            description = "forms in the corpus, about (default: ${DEFAULT-VALUE})")
    private long forms;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + CorpusOptions.DEFAULT_SEED,
            description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-work/shapes",
            description = "where the corpus is written; emptied first (default: ${DEFAULT-VALUE})")
    private Path work;

    @Override
    public Integer call() throws IOException {
        BenchFiles.deleteRecursively(work);
        CorpusOptions options = CorpusOptions.forForms(forms, 2016, 2025, seed).withShapes();
        CorpusGenerator.Corpus corpus = new CorpusGenerator().generate(work, options);
        DocumentParser parser = new DocumentParser();
        ShapedCorpusReading.read(work, parser);
        Map<String, ShapedCorpusReading.ShapeResult> results = ShapedCorpusReading.read(work, parser);
        System.out.printf("%d forms in %d documents (regions %d, units %d, years 2016-2025, seed %d)%n",
                corpus.forms(), corpus.documents().size(), options.regions(), options.units(), seed);
        System.out.print(ShapedCorpusReading.table(results));
        return 0;
    }
}
