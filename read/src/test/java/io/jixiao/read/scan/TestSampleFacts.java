package io.jixiao.read.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.ParsedDocumentJson;
import io.jixiao.read.Samples;
import io.jixiao.read.scan.SampleFacts.Score;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.model.ParsedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scorer cannot pass a reading by accident: it finds every change made to a golden document. */
class TestSampleFacts {

    private static final String SAMPLE = Samples.NAMES.get(0);

    static Stream<String> samples() {
        return Samples.NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theGoldenFileAgainstItselfIsAllMatched(String name) {
        ParsedDocument golden = golden(name);
        Score score = SampleFacts.score(golden, golden);

        assertThat(score.total()).as("facts of %s", name).isGreaterThan(100);
        assertThat(score.matched()).isEqualTo(score.total());
        assertThat(score.share()).isEqualTo(1.0);
        assertThat(score.wrong()).isEmpty();
        assertThat(score.missing()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theTextSamplesOwnParseIsAllMatched(String name) {
        Score score = SampleFacts.score(golden(name), new DocumentParser().parse(name, Samples.bytes(name)));

        assertThat(score.wrong()).isEmpty();
        assertThat(score.missing()).isEmpty();
        assertThat(score.share()).isEqualTo(1.0);
    }

    @Test
    void aChangedScoreIsExactlyOneWrongNumber() {
        ParsedDocument golden = golden(SAMPLE);
        Indicator changed = golden.forms().get(1).indicators().get(2);
        ParsedDocument reading = withIndicators(golden, 1, indicators -> {
            indicators.set(2, withScore(changed, changed.score().add(BigDecimal.ONE)));
            return indicators;
        });

        Score score = SampleFacts.score(golden, reading);

        String entry = SAMPLE + " form 2 '仪器设备购置经费' indicator '仪器设备安装完成及时情况' score: got 19, want 18";
        assertThat(score.wrongNumbers()).containsExactly(entry);
        assertThat(score.wrong()).containsExactly(entry);
        assertThat(score.missing()).isEmpty();
        assertThat(score.matched()).isEqualTo(score.total() - 1);
    }

    @Test
    void aNumberWithinTheToleranceIsMatched() {
        ParsedDocument golden = golden(SAMPLE);
        Indicator indicator = golden.forms().get(1).indicators().get(2);
        ParsedDocument reading = withIndicators(golden, 1, indicators -> {
            indicators.set(2, withScore(indicator, indicator.score().add(new BigDecimal("0.005"))));
            return indicators;
        });

        assertThat(SampleFacts.score(golden, reading).share()).isEqualTo(1.0);
    }

    @Test
    void aRemovedIndicatorHasItsFactsMissing() {
        ParsedDocument golden = golden(SAMPLE);
        Indicator removed = golden.forms().get(0).indicators().get(4);
        ParsedDocument reading = withIndicators(golden, 0, indicators -> {
            indicators.remove(4);
            return indicators;
        });

        Score score = SampleFacts.score(golden, reading);

        String prefix = SAMPLE + " form 1 '时频实验室运维经费' indicator '服务客户数量' ";
        assertThat(removed.name()).isEqualTo("服务客户数量");
        assertThat(score.missing()).containsExactly(
                prefix + "level1: missing, want '效益指标'",
                prefix + "level2: missing, want '社会效益指标'",
                prefix + "comparator: missing, want '≥'",
                prefix + "target_value: missing, want 10",
                prefix + "actual_value: missing, want 21",
                prefix + "weight: missing, want 15",
                prefix + "score: missing, want 15");
        assertThat(score.wrong()).isEmpty();
        assertThat(score.matched()).isEqualTo(score.total() - 7);
    }

    @Test
    void aDocumentWithoutFormsScoresNothing() {
        ParsedDocument golden = golden(SAMPLE);
        ParsedDocument empty = new ParsedDocument(SAMPLE, "UTF-8", null, List.of(), List.of(), null);

        Score score = SampleFacts.score(golden, empty);

        assertThat(score.matched()).isZero();
        assertThat(score.share()).isZero();
        assertThat(score.missing()).hasSize(score.total());
        assertThat(score.wrong()).isEmpty();
    }

    @Test
    void formsPairByProjectOrUnitNotByPosition() {
        ParsedDocument golden = golden(Samples.NAMES.get(1));
        List<Form> reversed = new ArrayList<>(golden.forms());
        Collections.reverse(reversed);
        ParsedDocument reading = new ParsedDocument(golden.document(), golden.encoding(), golden.layout(), reversed,
                golden.problems(), null);

        assertThat(golden.forms().get(0).project()).as("a department-wide form, paired by unit").isNull();
        assertThat(SampleFacts.score(golden, reading).share()).isEqualTo(1.0);
    }

    @Test
    void aMisreadProjectNameStillPairsByPositionAndCountsAsWrong() {
        ParsedDocument golden = golden(SAMPLE);
        Form second = golden.forms().get(1);
        List<Form> forms = new ArrayList<>(golden.forms());
        forms.set(1, second.toBuilder().project("仪器设各购置经贵").build());
        ParsedDocument reading = new ParsedDocument(golden.document(), golden.encoding(), golden.layout(), forms,
                golden.problems(), null);

        Score score = SampleFacts.score(golden, reading);

        assertThat(score.wrong()).containsExactly(
                SAMPLE + " form 2 '仪器设备购置经费' project: got '仪器设各购置经贵', want '仪器设备购置经费'");
        assertThat(score.wrongNumbers()).isEmpty();
        assertThat(score.matched()).isEqualTo(score.total() - 1);
    }

    private static ParsedDocument golden(String name) {
        try {
            return ParsedDocumentJson.read(Files.readString(Samples.expected(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedDocument withIndicators(ParsedDocument document, int formIndex,
                                                 UnaryOperator<List<Indicator>> change) {
        List<Form> forms = new ArrayList<>(document.forms());
        Form form = forms.get(formIndex);
        forms.set(formIndex, form.toBuilder().indicators(change.apply(new ArrayList<>(form.indicators()))).build());
        return new ParsedDocument(document.document(), document.encoding(), document.layout(), forms,
                document.problems(), document.rejection());
    }

    private static Indicator withScore(Indicator indicator, BigDecimal score) {
        return indicator.toBuilder().score(score).build();
    }
}
