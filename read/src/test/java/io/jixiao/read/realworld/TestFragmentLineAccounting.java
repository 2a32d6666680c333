package io.jixiao.read.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.ParseResult;
import io.jixiao.read.Samples;
import io.jixiao.schema.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every non-blank line of each real fragment (data/realworld) is used by a record or reported in the document's
 * problems, as TestLineAccounting asks of the samples; a fragment read as no form at all is rejected with the line
 * it failed at, so nothing in it passes unseen.
 */
class TestFragmentLineAccounting {

    private final DocumentParser parser = new DocumentParser();

    static List<String> fragments() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("rw_"))
                    .sorted().toList();
        }
    }

    private static Path dir() {
        return Samples.dataDir().resolve("realworld");
    }

    private static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("fragments")
    void everyNonBlankLineIsUsedOrReported(String name) {
        ParseResult result = parser.read(name, bytes(name));
        if (result.document().rejection() != null) {
            assertThat(result.document().rejection()).as("%s: rejection names its line", name).startsWith("line ");
            return;
        }
        String[] lines = new String(bytes(name), StandardCharsets.UTF_8).split("\n", -1);
        List<String> unaccounted = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (!lines[i].replace('\u00A0', ' ').isBlank() && !result.isUsed(line) && !result.isReported(line)) {
                unaccounted.add("line " + line + ": " + lines[i]);
            }
        }
        assertThat(unaccounted).as("lines of %s neither used nor reported", name).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("fragments")
    void problemsAndRecordsPointAtAccountedLines(String name) {
        ParseResult result = parser.read(name, bytes(name));
        for (Problem problem : result.document().problems()) {
            assertThat(result.isUsed(problem.line()) || result.isReported(problem.line()))
                    .as("%s: problem on an accounted line: %s", name, problem).isTrue();
        }
        result.document().forms().forEach(form -> {
            form.funds().forEach(fund -> assertThat(result.isUsed(fund.line()))
                    .as("%s: fund line %d", name, fund.line()).isTrue());
            form.indicators().forEach(indicator -> assertThat(result.isUsed(indicator.line()))
                    .as("%s: indicator line %d", name, indicator.line()).isTrue());
        });
    }
}
