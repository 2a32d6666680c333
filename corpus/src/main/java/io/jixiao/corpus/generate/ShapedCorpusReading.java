package io.jixiao.corpus.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.read.DocumentParser;
import io.jixiao.schema.model.ParsedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a generated corpus back with the parser, document by document on one thread, and compares every document
 * with its truth ({@link FactComparison}), per shape ({@code none} for documents that kept their table): the facts
 * matched, wrong and missing, the forms and the time the parser took.
 */
public final class ShapedCorpusReading {

    public static final String NO_SHAPE = "none";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One shape's documents read: their forms, the facts compared and the parser's time. */
    public record ShapeResult(String shape, int documents, int forms, FactComparison.Count facts, long nanos) {

        ShapeResult plus(int forms, FactComparison.Count facts, long nanos) {
            return new ShapeResult(shape, documents + 1, this.forms + forms, this.facts.plus(facts),
                    this.nanos + nanos);
        }

        public double formsPerSecond() {
            return nanos == 0 ? 0 : forms * 1e9 / nanos;
        }

        /** Matched facts as a share of the truth's. */
        public double matchedShare() {
            return facts.facts() == 0 ? 1 : (double) facts.matched() / facts.facts();
        }
    }

    private ShapedCorpusReading() {
    }

    /** Reads every document of the corpus at {@code corpus} (written with its truth); results by shape. */
    public static Map<String, ShapeResult> read(Path corpus, DocumentParser parser) {
        Map<String, String> shapes = shapes(corpus);
        Map<String, ShapeResult> results = new LinkedHashMap<>();
        for (ParsedDocument truth : CorpusGenerator.readTruth(corpus)) {
            String shape = shapes.getOrDefault(truth.document(), NO_SHAPE);
            Path file = corpus.resolve(CorpusGenerator.DOCUMENTS).resolve(truth.document());
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            long start = System.nanoTime();
            ParsedDocument read = parser.parse(truth.document(), bytes);
            long nanos = System.nanoTime() - start;
            FactComparison.Count facts = FactComparison.compare(truth.forms(), read.forms());
            results.putIfAbsent(shape, new ShapeResult(shape, 0, 0, FactComparison.Count.NONE, 0));
            results.compute(shape, (s, r) -> r.plus(truth.forms().size(), facts, nanos));
        }
        return results;
    }

    /** Each document's shape, from MANIFEST.json. */
    private static Map<String, String> shapes(Path corpus) {
        try {
            JsonNode manifest = JSON.readTree(corpus.resolve(CorpusGenerator.MANIFEST).toFile());
            Map<String, String> shapes = new HashMap<>();
            for (JsonNode file : manifest.path("files")) {
                String name = file.path("file").asText();
                shapes.put(name.substring(name.lastIndexOf('/') + 1), file.path("shape").asText(NO_SHAPE));
            }
            return shapes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + corpus.resolve(CorpusGenerator.MANIFEST), e);
        }
    }

    /** The results as a Markdown table, with a total row. */
    public static String table(Map<String, ShapeResult> results) {
        StringBuilder out = new StringBuilder(
                "| shape | documents | forms | facts | matched | wrong | missing | matched % | forms/s (1 thread) |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n");
        ShapeResult total = new ShapeResult("all", 0, 0, FactComparison.Count.NONE, 0);
        for (ShapeResult result : results.values()) {
            out.append(row(result));
            total = new ShapeResult("all", total.documents() + result.documents(), total.forms() + result.forms(),
                    total.facts().plus(result.facts()), total.nanos() + result.nanos());
        }
        return out.append(row(total)).toString();
    }

    private static String row(ShapeResult r) {
        return String.format("| %s | %,d | %,d | %,d | %,d | %d | %,d | %.2f%% | %,.0f |%n", r.shape(), r.documents(),
                r.forms(), r.facts().facts(), r.facts().matched(), r.facts().wrong(), r.facts().missing(),
                100 * r.matchedShare(), r.formsPerSecond());
    }
}
