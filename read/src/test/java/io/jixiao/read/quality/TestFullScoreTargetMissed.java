package io.jixiao.read.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.schema.finding.FindingRule;
import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.IndicatorStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * full_score_target_missed, the one definition of an inflated indicator (the scores metric counts these findings): a
 * missed target given its full weight, a weight above zero. The form is 002's first (成本性支出, 昌吉 2020), whose
 * indicators are consistent as published; one of them is changed here.
 */
class TestFullScoreTargetMissed {

    @Test
    void anUnmetIndicatorWithItsFullWeightIsFound() throws IOException {
        Form form = firstFormOf002();
        int index = firstWeighted(form);
        Indicator indicator = form.indicators().get(index);

        List<Finding> found = inflated(withIndicator(form, index, indicator.toBuilder()
                .status(IndicatorStatus.UNMET).score(indicator.weight()).build()));

        assertThat(found).singleElement().satisfies(finding -> assertThat(finding.line()).isEqualTo(indicator.line()));
    }

    @Test
    void aMetIndicatorALostPointOrANilWeightIsNot() throws IOException {
        Form form = firstFormOf002();
        int index = firstWeighted(form);
        Indicator indicator = form.indicators().get(index);

        assertThat(inflated(form)).isEmpty();
        assertThat(inflated(withIndicator(form, index, indicator.toBuilder()
                .status(IndicatorStatus.MET).score(indicator.weight()).build()))).isEmpty();
        assertThat(inflated(withIndicator(form, index, indicator.toBuilder()
                .status(IndicatorStatus.UNMET).score(indicator.weight().subtract(BigDecimal.ONE)).build()))).isEmpty();
        assertThat(inflated(withIndicator(form, index, indicator.toBuilder()
                .status(IndicatorStatus.UNMET).weight(BigDecimal.ZERO).score(BigDecimal.ZERO).build()))).isEmpty();
    }

    private static Form firstFormOf002() throws IOException {
        Path file = Samples.file("002");
        return new DocumentParser().parse(file.toString(), Files.readAllBytes(file)).forms().get(0);
    }

    private static int firstWeighted(Form form) {
        for (int i = 0; i < form.indicators().size(); i++) {
            BigDecimal weight = form.indicators().get(i).weight();
            if (weight != null && weight.compareTo(BigDecimal.ONE) > 0 && form.indicators().get(i).score() != null) {
                return i;
            }
        }
        throw new AssertionError("no weighted indicator in " + form.project());
    }

    private static Form withIndicator(Form form, int index, Indicator indicator) {
        List<Indicator> indicators = new ArrayList<>(form.indicators());
        indicators.set(index, indicator);
        return form.toBuilder().indicators(indicators).build();
    }

    private static List<Finding> inflated(Form form) {
        return QualityRules.check(form).stream()
                .filter(finding -> finding.rule() == FindingRule.FULL_SCORE_TARGET_MISSED).toList();
    }
}
