package io.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.model.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every non-blank line of each sample is used by a record or reported in the document's problems. */
class TestLineAccounting {

    private final DocumentParser parser = new DocumentParser();

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyNonBlankLineIsUsedOrReported(String name) {
        ParseResult result = parser.read(name, Samples.bytes(name));
        String[] lines = Samples.text(name).split("\n", -1);
        List<String> unaccounted = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (!lines[i].isBlank() && !result.isUsed(line) && !result.isReported(line)) {
                unaccounted.add("line " + line + ": " + lines[i]);
            }
        }
        assertThat(unaccounted).as("lines of %s neither used nor reported", name).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void problemsAndRecordsPointAtAccountedLines(String name) {
        ParseResult result = parser.read(name, Samples.bytes(name));
        for (Problem problem : result.document().problems()) {
            assertThat(result.isUsed(problem.line()) || result.isReported(problem.line()))
                    .as("%s: problem on an accounted line: %s", name, problem).isTrue();
        }
        result.document().forms().forEach(form -> {
            form.funds().forEach(fund -> assertThat(result.isUsed(fund.line())).as("fund line %d", fund.line()).isTrue());
            form.indicators().forEach(indicator -> assertThat(result.isUsed(indicator.line()))
                    .as("indicator line %d", indicator.line()).isTrue());
            assertThat(result.isUsed(form.firstLine())).as("title line %d", form.firstLine()).isTrue();
        });
    }

    @ParameterizedTest
    @MethodSource("samples")
    void personalDataIsNotStored(String name) {
        String json = ParsedDocumentJson.write(parser.parse(name, Samples.bytes(name)));
        assertThat(json).doesNotContain("86435544", "董平", "项目负责人");
    }
}
