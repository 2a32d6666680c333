package io.jixiao.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.corpus.generate.CorpusGenerator;
import io.jixiao.corpus.generate.CorpusOptions;
import io.jixiao.corpus.generate.DocumentShape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Generated documents in every {@link DocumentShape}, made once per test JVM (one region, two years). */
final class ShapedTexts {

    record Text(String name, String shape, String text) {
    }

    private static List<Text> texts;

    private ShapedTexts() {
    }

    static synchronized List<Text> all() {
        if (texts == null) {
            texts = generate();
        }
        return texts;
    }

    private static List<Text> generate() {
        try {
            Path corpus = Files.createTempDirectory("jixiao-shaped");
            try {
                new CorpusGenerator().generate(corpus, new CorpusOptions(1, 12, 2021, 2022, 16).withShapes(), false);
                JsonNode manifest = new ObjectMapper().readTree(corpus.resolve(CorpusGenerator.MANIFEST).toFile());
                List<Text> shaped = new ArrayList<>();
                for (JsonNode file : manifest.path("files")) {
                    if (file.has("shape")) {
                        Path path = corpus.resolve(file.path("file").asText());
                        String charset = file.path("encoding").asText().equals("GBK") ? "GBK" : "UTF-8";
                        shaped.add(new Text(path.getFileName().toString(), file.path("shape").asText(),
                                new String(Files.readAllBytes(path), charset.equals("GBK")
                                        ? java.nio.charset.Charset.forName("GBK") : StandardCharsets.UTF_8)));
                    }
                }
                return List.copyOf(shaped);
            } finally {
                try (Stream<Path> files = Files.walk(corpus)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
