package io.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser's output for each real sample equals its golden file in data/expected (checked by hand against the
 * source documents, see data/expected/README.md), down to the fields the value grammar derives (comparator,
 * target_value, actual_value, unit, status).
 */
class TestGoldenSamples {

    private final DocumentParser parser = new DocumentParser();

    static Stream<String> samples() {
        return Samples.NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void outputEqualsGoldenFile(String name) throws IOException {
        ParsedDocument expected = ParsedDocumentJson.read(Files.readString(Samples.expected(name)));
        ParsedDocument actual = parser.parse(name, Samples.bytes(name));

        assertThat(actual.rejection()).as("rejection of %s", name).isNull();
        GoldenComparison.assertEqualsGolden(name, actual, expected);
    }

    @Test
    void samplesHoldTheFormsListedInTheGlossary() {
        Map<String, Integer> forms = Map.of(Samples.NAMES.get(0), 5, Samples.NAMES.get(1), 9,
                Samples.NAMES.get(2), 4, Samples.NAMES.get(3), 6);
        forms.forEach((name, count) ->
                assertThat(parser.parse(name, Samples.bytes(name)).forms()).as(name).hasSize(count));
    }

    static Stream<Arguments> spotChecks() {
        return Stream.of(
                // 003 lines 25-27: a row split by a page break; the unit 万人次 is split as "(万人)" / "次)".
                Arguments.of(Samples.NAMES.get(3), 25, "效益指标", "社会效益指标", "≥3.00(万人次)", "4.00(万人次)"),
                // 003 lines 152-154: a left-shifted row continued by "响指 标" on the next page.
                Arguments.of(Samples.NAMES.get(3), 152, "效益指标", "可持续影响指标", "完善", "达成指标"),
                // 000 line 71: the level-3 name sits in the level-2 column.
                Arguments.of(Samples.NAMES.get(0), 71, "效益指标", "社会效益指标", "400台", "400台"),
                // 002 lines 368-369: "社会效益" / "指标" broken over two lines.
                Arguments.of(Samples.NAMES.get(2), 368, "效益指标", "社会效益指标", "30%", "30%"));
    }

    @ParameterizedTest
    @MethodSource("spotChecks")
    void pageSplitAndShiftedRowsAreReadAsWritten(String name, int line, String level1, String level2,
                                                 String target, String actual) {
        var indicator = parser.parse(name, Samples.bytes(name)).forms().stream()
                .flatMap(form -> form.indicators().stream()).filter(i -> i.line() == line).findFirst().orElseThrow();
        assertThat(indicator.level1()).isEqualTo(level1);
        assertThat(indicator.level2()).isEqualTo(level2);
        assertThat(indicator.target()).isEqualTo(target);
        assertThat(indicator.actual()).isEqualTo(actual);
    }
}
