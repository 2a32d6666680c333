package io.jixiao.corpus.generate;

import io.jixiao.read.DocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a generated corpus with documents in every shape (three regions, all unit kinds, three years, 497 forms),
 * read back by the parser and compared with the truth written before the damage, fact by fact ({@link FactComparison}).
 * The floors are what the reader reads today; a lower share is a regression. OCR-noised text stays lowest: a target
 * misread as "2…" or "W…" that nothing on its row confirms is withheld, not guessed (BENCHMARKS.md, "Issue 16").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestShapedCorpusRoundTrip {

    /** Share of the truth's facts read, per shape, at least (measured on this corpus, rounded down). */
    private static final Map<String, Double> FLOORS = Map.of("none", 0.999, "traditional", 0.999,
            "letter_spaced", 0.999, "indented", 0.999, "scrambled", 0.999, "flattened", 0.992, "ocr_noised", 0.961);
    /** All shapes together: what issue 16 asks of the round trip. */
    private static final double ALL_FLOOR = 0.99;

    private Map<String, ShapedCorpusReading.ShapeResult> results;

    @BeforeAll
    void readAShapedCorpus(@TempDir Path temp) {
        Path corpus = temp.resolve("corpus");
        new CorpusGenerator().generate(corpus, new CorpusOptions(3, 12, 2020, 2022, 7).withShapes());
        results = ShapedCorpusReading.read(corpus, new DocumentParser());
        System.out.print(ShapedCorpusReading.table(results));
    }

    @Test
    void everyShapeIsInTheCorpus() {
        assertThat(results.keySet()).contains(Arrays.stream(DocumentShape.values()).map(DocumentShape::code)
                .toArray(String[]::new)).contains(ShapedCorpusReading.NO_SHAPE);
        results.values().forEach(result -> assertThat(result.forms()).as(result.shape()).isGreaterThan(20));
    }

    @Test
    void eachShapeReadsAtLeastItsFloorAndNoWrongFact() {
        for (ShapedCorpusReading.ShapeResult result : results.values()) {
            assertThat(result.matchedShare()).as(result.shape() + " facts matched").isGreaterThanOrEqualTo(
                    FLOORS.get(result.shape()));
            assertThat(result.facts().wrong()).as(result.shape() + " wrong facts: " + result.facts().wrongs())
                    .isZero();
        }
        long facts = results.values().stream().mapToLong(result -> result.facts().facts()).sum();
        long matched = results.values().stream().mapToLong(result -> result.facts().matched()).sum();
        assertThat((double) matched / facts).as("all shapes, facts matched").isGreaterThanOrEqualTo(ALL_FLOOR);
    }
}
