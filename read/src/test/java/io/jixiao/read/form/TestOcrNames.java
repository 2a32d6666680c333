package io.jixiao.read.form;

import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.FormKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Issue 20: a scan's level-1 names and grade come from closed vocabularies; OCR's misreadings are repaired or withheld. */
class TestOcrNames {

    private static Indicator indicator(String level1, String level2, String name) {
        return Indicator.builder().level1(level1).level2(level2).name(name).target("≥95%").actual("96%")
                .weight(BigDecimal.TEN).score(BigDecimal.TEN).comparator("≥").targetValue(new BigDecimal("95"))
                .actualValue(new BigDecimal("96")).unit("%").line(7).build();
    }

    @Test
    void aLevelNameOneCharacterOffOrInsideMarksIsRepairedAndAnyOtherUnknownOneWithheld() {
        FormDraft draft = new FormDraft(FormKind.DEPARTMENT_SELF_EVALUATION, 1);
        draft.indicators.addAll(List.of(
                indicator("过各", "预算执行", "资金到位率"),
                indicator("VA效益指标", "社会效益指标", "服务客户数量"),
                indicator("产出指标", "数量指标", "检定台件数"),
                indicator("，", "CT", "仪器设备验收合格情况"),
                indicator("本二有了", "履行工程计量职能", "推进实验室建设")));
        draft.grade = "全";

        OcrNames.review(List.of(draft), Vocabulary.active());

        assertThat(draft.indicators).extracting(Indicator::level1, Indicator::level2).containsExactly(
                tuple("过程", "预算执行"),
                tuple("效益指标", "社会效益指标"),
                tuple("产出指标", "数量指标"),
                tuple(null, null),
                // a level-2 name of the department's own is kept; an unknown level-1 name is not
                tuple(null, "履行工程计量职能"));
        assertThat(draft.indicators).extracting(Indicator::weight).containsOnly(BigDecimal.TEN);
        assertThat(draft.grade).isNull();
        assertThat(draft.problems).extracting(problem -> problem.message()).containsExactly(
                "level-1 name '过各' read by OCR as '过程'",
                "level-1 name 'VA效益指标' read by OCR as '效益指标'",
                "level-1 name '，' read by OCR is none Jixiao knows: not stored",
                "level-2 name 'CT' read by OCR has no Chinese: not stored",
                "level-1 name '本二有了' read by OCR is none Jixiao knows: not stored",
                "grade '全' read by OCR is none Jixiao knows: not stored");
    }

    @Test
    void theGradesOfTheRuleAndTheirLongerNamesAreKept() {
        for (String grade : List.of("优", "良", "中", "差", "优秀", "良好", "合格", "不合格")) {
            FormDraft draft = new FormDraft(FormKind.PROJECT_SELF_EVALUATION, 1);
            draft.grade = grade;
            OcrNames.review(List.of(draft), Vocabulary.active());
            assertThat(draft.grade).isEqualTo(grade);
            assertThat(draft.problems).isEmpty();
        }
    }
}
