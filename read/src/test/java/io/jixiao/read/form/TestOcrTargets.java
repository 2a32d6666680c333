package io.jixiao.read.form;

import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.value.IndicatorInterpreter;
import io.jixiao.schema.vocabulary.FormKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: "≥" read by OCR as "2", "≤" as "W": repaired only where the row confirms it, always reported. */
class TestOcrTargets {

    private static Indicator indicator(String name, String target, String actual, String weight, String score) {
        return IndicatorInterpreter.interpret(Indicator.builder().level1("产出指标").level2("数量指标").name(name)
                .target(target).actual(actual).weight(weight == null ? null : new BigDecimal(weight))
                .score(score == null ? null : new BigDecimal(score)).line(3).build());
    }

    private static FormDraft draft(Indicator... indicators) {
        FormDraft draft = new FormDraft(FormKind.PROJECT_SELF_EVALUATION, 1);
        draft.indicators.addAll(List.of(indicators));
        return draft;
    }

    @Test
    void aMisreadComparatorConfirmedByTheActualAndTheFullScoreIsRepairedAndReported() {
        FormDraft draft = draft(indicator("合格率", "290%", "95%", "10", "10"),
                indicator("发放数量", "2600万元", "650万元", "8", "8"),
                indicator("差错率", "W5%", "3%", "5", "5"));

        OcrTargets.review(List.of(draft));

        assertThat(draft.indicators).extracting(Indicator::comparator, Indicator::targetValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("≥", new BigDecimal("90")),
                        org.assertj.core.groups.Tuple.tuple("≥", new BigDecimal("600")),
                        org.assertj.core.groups.Tuple.tuple("≤", new BigDecimal("5")));
        assertThat(draft.problems).hasSize(3).allSatisfy(problem -> assertThat(problem.message())
                .contains("OCR's misreading of the comparator, confirmed by the actual"));
    }

    @Test
    void inATargetTableTheHalfYearTargetStatingTheSameTargetConfirmsTheRepair() {
        FormDraft draft = new FormDraft(FormKind.PROJECT_TARGET, 1);
        draft.indicators.addAll(List.of(target("满意度", "≥95%", "295%"), target("差错率", "≤2%", "W2%"),
                target("检测批次", "≥19批次", "243批次"), target("控制率", "W10%", "W10%")));

        OcrTargets.review(List.of(draft));

        assertThat(draft.indicators).extracting(Indicator::comparator, Indicator::targetValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("≥", new BigDecimal("95")),
                        org.assertj.core.groups.Tuple.tuple("≤", new BigDecimal("2")),
                        // 243 or ≥43 beside ≥19: the half-year target does not say; the figure is withheld
                        org.assertj.core.groups.Tuple.tuple(null, null),
                        // W beside W: nothing states the comparator
                        org.assertj.core.groups.Tuple.tuple(null, null));
        assertThat(draft.problems).filteredOn(problem -> problem.message().contains("confirmed by the half-year"))
                .hasSize(2);
    }

    /**
     * Found reshaping the real fragments with OCR's comparators: Tianjin spells the percentage out ("≥98百分比" read
     * "298百分比"), and an actual written with its comparator is misread as its target is ("≥90%" | "≥90%").
     */
    @Test
    void aSpeltOutPercentageOverHundredAndAnActualWrittenAsItsTargetAreDoubtedToo() {
        FormDraft tianjin = new FormDraft(FormKind.PROJECT_TARGET, 1);
        tianjin.indicators.addAll(List.of(target("验收合格率", null, "298百分比"), target("维修面积", null, "2400平方米")));
        FormDraft shanghai = draft(indicator("客户满意度", "290%", "290%", "15", "15"),
                indicator("检定证书数量", "22000份", "26455份", "10", "10"));

        OcrTargets.review(List.of(tianjin));
        OcrTargets.review(List.of(shanghai));

        assertThat(tianjin.indicators).extracting(Indicator::targetValue).containsOnlyNulls();
        assertThat(shanghai.indicators.get(0).targetValue()).isNull();
        assertThat(shanghai.indicators.get(0).actualValue()).isNull();
        assertThat(shanghai.problems).anySatisfy(problem -> assertThat(problem.message())
                .startsWith("actual '290%' may be OCR's misreading of '≥90%'"));
        // an actual not written as its target stays: "26455份" is common in clean forms
        assertThat(shanghai.indicators.get(1).actualValue()).isEqualByComparingTo("26455");
    }

    private static Indicator target(String name, String half, String full) {
        return IndicatorInterpreter.interpret(Indicator.builder().level1("产出指标").level2("数量指标").name(name)
                .target(full).targetHalf(half).line(3).build());
    }

    @Test
    void withoutConfirmationOrDoubtATargetStaysAsWritten() {
        FormDraft draft = draft(indicator("数量", "2500", "1800", "10", "10"),  // far above 500: a lenient score
                indicator("比例", "20%", "20%", "5", "5"), indicator("天数", "30", "30", "5", "5"));

        OcrTargets.review(List.of(draft));

        assertThat(draft.indicators).extracting(Indicator::targetValue)
                .containsExactly(new BigDecimal("2500"), new BigDecimal("20"), new BigDecimal("30"));
        assertThat(draft.problems).isEmpty();
    }

    /** "290%" scored below its weight confirms nothing, but no rate reaches 290%: its figure is withheld. */
    @Test
    void aPercentageNoRateReachesIsWithheld() {
        FormDraft draft = draft(indicator("合格率", "290%", "95%", "10", "8"));

        OcrTargets.review(List.of(draft));

        assertThat(draft.indicators.get(0).target()).isEqualTo("290%");
        assertThat(draft.indicators.get(0).targetValue()).isNull();
        assertThat(draft.problems).singleElement().satisfies(p -> assertThat(p.message()).contains("not stored"));
    }

    /** Every bare figure target of a form starting with "2" is what OCR reading each "≥" as "2" leaves. */
    @Test
    void figureTargetsThatAllStartWithTwoAreWithheld() {
        FormDraft targets = new FormDraft(FormKind.PROJECT_TARGET, 1);
        targets.indicators.addAll(List.of(indicator("服务企业数量", "2300家", null, null, null),
                indicator("报告数量", "29400份", null, null, null), indicator("满意度", "较满意", null, null, null)));

        OcrTargets.review(List.of(targets));

        assertThat(targets.indicators).extracting(Indicator::targetValue).containsOnlyNulls();
        assertThat(targets.problems).hasSize(2);
    }

    /** A target table has no actual to confirm by: a "2…" figure among compared ones is withheld, and said so. */
    @Test
    void aDoubtfulFigureIsWithheldWhereTheFormShowsWhyToDoubtIt() {
        FormDraft targets = new FormDraft(FormKind.PROJECT_TARGET, 1);
        targets.indicators.addAll(List.of(indicator("服务企业数量", "21700家", null, null, null),
                indicator("合格率", "≥95%", null, null, null), indicator("完成率", "=100%", null, null, null)));

        OcrTargets.review(List.of(targets));

        assertThat(targets.indicators.get(0).target()).isEqualTo("21700家");
        assertThat(targets.indicators.get(0).targetValue()).isNull();
        assertThat(targets.problems).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("'21700家' may be OCR's misreading of '≥1700家'", "its figure is not stored"));
    }

    /** In a preview's flattened text a two-digit "26" among compared targets is doubted too; elsewhere it stands. */
    @Test
    void aTwoDigitFigureIsDoubtedInAPreviewOnly() {
        for (boolean preview : new boolean[] {false, true}) {
            FormDraft targets = new FormDraft(FormKind.PROJECT_TARGET, 1);
            targets.indicators.addAll(List.of(indicator("新增项目数", "26项", null, null, null),
                    indicator("合格率", "≥95%", null, null, null), indicator("完成率", "=100%", null, null, null)));

            OcrTargets.review(List.of(targets), preview);

            assertThat(targets.indicators.get(0).targetValue()).as("preview " + preview)
                    .isEqualTo(preview ? null : new BigDecimal("26"));
        }
    }

    @Test
    void aCleanTableKeepsItsFigureTargets() {
        FormDraft targets = new FormDraft(FormKind.PROJECT_TARGET, 1);
        targets.indicators.addAll(List.of(indicator("服务企业数量", "2000家", null, null, null),
                indicator("培训场次", "30场", null, null, null), indicator("合格率", "≥95%", null, null, null)));

        OcrTargets.review(List.of(targets));

        assertThat(targets.indicators.get(0).targetValue()).isEqualByComparingTo("2000");
        assertThat(targets.problems).isEmpty();
    }

    /** ≥ read as 兰 ("兰95%"), found in the scans of sample 002: repaired where the actual meets it at full score. */
    @Test
    void greaterOrEqualReadAsLanIsRepairedOnlyWhereTheActualMeetsItAtFullScore() {
        FormDraft draft = draft(indicator("服务群体满意度", "兰95%", "96%", "10", "10"),
                indicator("检定合格率", "兰95%", "93%", "10", "10"),
                indicator("覆盖率", "兰95%", "96%", "10", "8"));

        OcrTargets.review(List.of(draft));

        assertThat(draft.indicators).extracting(Indicator::comparator, Indicator::targetValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("≥", new BigDecimal("95")),
                        org.assertj.core.groups.Tuple.tuple(null, null),
                        org.assertj.core.groups.Tuple.tuple(null, null));
        assertThat(draft.problems).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("'兰95%' stored as '≥95%'"));
    }
}
