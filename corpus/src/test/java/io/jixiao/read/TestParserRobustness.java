package io.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.model.ParsedDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of the samples and of generated documents in every shape (lines dropped, duplicated,
 * swapped, garbage lines and random bytes inserted, the file truncated): the parser never fails and always says
 * something (forms, problems or rejection); and one parser shared by several threads gives the sequential results.
 */
class TestParserRobustness {

    private static final String GARBAGE = "\t|　 ab1.5%-—/（）()≥≤=年度指标总分评分等级项目名称一级指标产出效益满意度其中：<p>&nbsp;\u00A0";

    private final DocumentParser parser = new DocumentParser();

    static IntStream seeds() {
        return IntStream.range(0, 2000);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedSamplesNeverBreakTheParser(int seed) {
        Random random = new Random(seed);
        String name = Samples.NAMES.get(seed % Samples.NAMES.size());
        byte[] mutated = mutate(Samples.text(name), random);

        ParsedDocument document = parser.parse(name, mutated);

        assertThat(document).isNotNull();
        assertThat(document.rejection()).as("seed %d", seed).satisfiesAnyOf(
                rejection -> assertThat(rejection).isNull(),
                rejection -> assertThat(rejection).doesNotStartWith("parser failure"));
        assertThat(!document.forms().isEmpty() || !document.problems().isEmpty() || document.rejection() != null)
                .as("seed %d says something", seed).isTrue();
        document.forms().forEach(form -> assertThat(form.lastLine()).isGreaterThanOrEqualTo(form.firstLine()));
    }

    @Test
    void theShapedDocumentsHoldEveryShape() {
        assertThat(ShapedTexts.all().stream().map(ShapedTexts.Text::shape).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(io.jixiao.corpus.generate.DocumentShape.values())
                        .map(io.jixiao.corpus.generate.DocumentShape::code).toList());
    }

    /** Issue 16: the same mutations of documents in every shape of text that lost its table. */
    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedShapedDocumentsNeverBreakTheParser(int seed) {
        Random random = new Random(seed);
        ShapedTexts.Text shaped = ShapedTexts.all().get(seed % ShapedTexts.all().size());
        byte[] mutated = mutate(shaped.text(), random);

        ParsedDocument document = parser.parse(shaped.name(), mutated);

        assertThat(document.rejection()).as("seed %d, %s", seed, shaped.name()).satisfiesAnyOf(
                rejection -> assertThat(rejection).isNull(),
                rejection -> assertThat(rejection).doesNotStartWith("parser failure"));
        assertThat(!document.forms().isEmpty() || !document.problems().isEmpty() || document.rejection() != null)
                .as("seed %d says something", seed).isTrue();
    }

    @Test
    void oneParserServesManyThreadsWithTheSameResults() throws Exception {
        List<ParsedDocument> sequential = new ArrayList<>();
        for (String name : Samples.NAMES) {
            sequential.add(parser.parse(name, Samples.bytes(name)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParsedDocument>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String name = Samples.NAMES.get(i % Samples.NAMES.size());
                results.add(pool.submit(() -> parser.parse(name, Samples.bytes(name))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(sequential.get(i % Samples.NAMES.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static byte[] mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int operations = 1 + random.nextInt(8);
        for (int i = 0; i < operations && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String line = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                }
                case 3 -> lines.add(at, garbageLine(random));
                case 4 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
                default -> lines.subList(at, lines.size()).clear();
            }
        }
        byte[] bytes = String.join(random.nextBoolean() ? "\n" : "\r\n", lines).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        if (random.nextInt(8) == 0) {
            bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }
        return bytes;
    }

    private static String garbageLine(Random random) {
        StringBuilder line = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            line.append(GARBAGE.charAt(random.nextInt(GARBAGE.length())));
        }
        return line.toString();
    }
}
