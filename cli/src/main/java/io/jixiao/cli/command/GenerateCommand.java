package io.jixiao.cli.command;

import io.jixiao.corpus.generate.CorpusGenerator;
import io.jixiao.corpus.generate.CorpusOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code jixiao generate}: a synthetic corpus of forms, with the truth the parser should read back. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic corpus of made-up performance forms (self-evaluations, project and "
                + "department target tables; tab rows, one cell per line, pipe rows; some in GBK with CRLF line "
                + "ends, some stating amounts in 元) with MANIFEST.json and truth.json. Every file is named "
                + "synthetic_*; the same options give the same bytes.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where the corpus is written")
    private Path out;

    @Option(names = "--regions", paramLabel = "N", defaultValue = "" + CorpusOptions.DEFAULT_REGIONS,
            description = "regions: 1-12 are provinces and municipalities, then come their cities and districts, "
                    + "then counties (1-" + CorpusOptions.MAX_REGIONS + "; default: ${DEFAULT-VALUE})")
    private int regions;

    @Option(names = "--units", paramLabel = "N", defaultValue = "" + CorpusOptions.DEFAULT_UNITS,
            description = "unit kinds per region (1-12; default: ${DEFAULT-VALUE})")
    private int units;

    @Option(names = "--years", paramLabel = "FIRST-LAST",
            defaultValue = CorpusOptions.DEFAULT_FIRST_YEAR + "-" + CorpusOptions.DEFAULT_LAST_YEAR,
            description = "fiscal years (default: ${DEFAULT-VALUE})")
    private String years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + CorpusOptions.DEFAULT_SEED,
            description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--no-truth", description = "leave out truth.json (for a million forms it takes gigabytes)")
    private boolean noTruth;

    @Option(names = "--shapes", description = "six documents in seven take a shape of text that lost its table: "
            + "flattened, indented, scrambled, letter-spaced, traditional with pinyin, OCR-noised (the truth is the "
            + "form before the damage; MANIFEST.json names each document's shape)")
    private boolean shapes;

    @Override
    public Integer call() {
        CorpusGenerator.Corpus corpus = generate(out, regions, units, years, seed, !noTruth, shapes);
        System.out.printf("generated %d synthetic documents holding %d forms in %s (%s%s)%n",
                corpus.documents().size(), corpus.forms(), out, CorpusGenerator.MANIFEST,
                noTruth ? "" : ", " + CorpusGenerator.TRUTH);
        return 0;
    }

    static CorpusGenerator.Corpus generate(Path out, int regions, int units, String years, long seed,
                                           boolean withTruth, boolean shapes) {
        int[] range = CorpusOptions.years(years);
        return new CorpusGenerator().generate(out, new CorpusOptions(regions, units, range[0], range[1], seed,
                shapes), withTruth);
    }
}
