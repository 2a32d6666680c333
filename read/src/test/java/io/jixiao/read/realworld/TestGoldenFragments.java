package io.jixiao.read.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.GoldenComparison;
import io.jixiao.read.ParsedDocumentJson;
import io.jixiao.read.Samples;
import io.jixiao.schema.model.ParsedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser's output for each real fragment that has a golden file in data/expected/realworld equals it, field by
 * field (the files were checked by hand against the texts: data/expected/realworld/README.md and its reviews).
 */
class TestGoldenFragments {

    private final DocumentParser parser = new DocumentParser();

    private static Path dir() {
        return Samples.dataDir().resolve("realworld");
    }

    private static Path expected() {
        return Samples.dataDir().resolve("expected").resolve("realworld");
    }

    static List<String> goldens() throws IOException {
        try (Stream<Path> files = Files.list(expected())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("rw_") && name.endsWith(".json"))
                    .map(name -> name.replaceFirst("\\.json$", ".txt")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void outputEqualsGoldenFile(String name) throws IOException {
        ParsedDocument expected = ParsedDocumentJson.read(
                Files.readString(expected().resolve(name.replaceFirst("\\.txt$", ".json"))));
        ParsedDocument actual = parser.parse(name, Files.readAllBytes(dir().resolve(name)));

        assertThat(actual.rejection()).as("rejection of %s", name).isEqualTo(expected.rejection());
        GoldenComparison.assertEqualsGolden(name, actual, expected);
    }
}
