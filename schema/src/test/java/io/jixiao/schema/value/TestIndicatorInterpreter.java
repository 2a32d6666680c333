package io.jixiao.schema.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.model.Indicator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rows copied from the samples (file and line in each test), read by hand. */
class TestIndicatorInterpreter {

    private static Indicator selfEvaluationRow(String level1, String level2, String name, String target,
            String actual, String weight, String score, int line) {
        return Indicator.builder().level1(level1).level2(level2).name(name).target(target).actual(actual)
                .weight(new BigDecimal(weight)).score(new BigDecimal(score)).line(line).build();
    }

    @Test
    void judgesTheChangjiCostRowOverItsTargetUnmet() {
        // 002, line 149: 成本指标, target 61, actual 63.54, score 3.8 of 5.
        Indicator raw = selfEvaluationRow("产出指标", "成本指标",
                "标准仪器委托检定费、设备维护保养、专用试剂、耗材等成本费支出（万元）", "61", "63.54", "5", "3.8", 149);

        Indicator read = IndicatorInterpreter.interpret(raw);

        assertThat(read.comparator()).isNull();
        assertThat(read.targetValue()).isEqualByComparingTo("61");
        assertThat(read.actualValue()).isEqualByComparingTo("63.54");
        assertThat(read.unit()).isNull();
        assertThat(read.status().code()).isEqualTo("unmet");
    }

    @Test
    void keepsTheWrittenCellsAndTheOtherFields() {
        // 003, line 25: 媒体报道累计阅读量 ≥3.00(万人) against 4.00(万人), full score.
        Indicator raw = selfEvaluationRow("效益指标", "社会效益指标", "媒体报道累计阅读量", "≥3.00(万人)",
                "4.00(万人)", "5.00", "5.00", 25);

        Indicator read = IndicatorInterpreter.interpret(raw);

        assertThat(read.comparator()).isEqualTo("≥");
        assertThat(read.targetValue()).isEqualByComparingTo("3.00");
        assertThat(read.actualValue()).isEqualByComparingTo("4.00");
        assertThat(read.unit()).isEqualTo("万人");
        assertThat(read.status().code()).isEqualTo("met");
        assertThat(read).usingRecursiveComparison()
                .ignoringFields("comparator", "targetValue", "actualValue", "unit", "status")
                .isEqualTo(raw);
    }

    @Test
    void takesTheUnitOfTheActualWhenTheTargetHasNone() {
        // 000, line 93: 用户投诉率 <1% against 0; and a target without unit against an actual with one.
        Indicator complaints = IndicatorInterpreter.interpret(
                selfEvaluationRow("效益指标", "社会效益指标", "用户投诉率", "<1%", "0", "10.00", "10.00", 93));
        Indicator bare = IndicatorInterpreter.interpret(
                selfEvaluationRow("产出指标", "数量指标", "服务企业数量", "10", "12家", "10", "10", 1));

        assertThat(complaints.unit()).isEqualTo("%");
        assertThat(complaints.actualValue()).isEqualByComparingTo("0");
        assertThat(complaints.status().code()).isEqualTo("met");
        assertThat(bare.unit()).isEqualTo("家");
        assertThat(bare.status().code()).isEqualTo("met");
    }

    @Test
    void readsTheTimelinessRowWithADeadlineAsPartial() {
        // 002, line 338: 时效指标 内部投入试运行, target 2020年12月31日前, actual 90%, score 9 of 10.
        Indicator read = IndicatorInterpreter.interpret(selfEvaluationRow("产出指标", "时效指标", "内部投入试运行",
                "2020年12月31日前", "90%", "10", "9", 338));

        assertThat(read.comparator()).isNull();
        assertThat(read.targetValue()).isNull();
        assertThat(read.actualValue()).isEqualByComparingTo("90");
        assertThat(read.unit()).isEqualTo("%");
        assertThat(read.status().code()).isEqualTo("partial");
    }

    @Test
    void leavesTargetTableIndicatorsUnknown() {
        // 001, line 150: 计量器具强制检定台件数, half-year ≥12000台, full-year ≥26000台, no actual.
        Indicator raw = Indicator.builder().level1("产出指标").level2("数量指标").name("计量器具强制检定台件数")
                .target("≥26000台").targetHalf("≥12000台").line(150).build();

        Indicator read = IndicatorInterpreter.interpret(raw);

        assertThat(read.comparator()).isEqualTo("≥");
        assertThat(read.targetValue()).isEqualByComparingTo("26000");
        assertThat(read.actualValue()).isNull();
        assertThat(read.unit()).isEqualTo("台");
        assertThat(read.status().code()).isEqualTo("unknown");
    }

    @Test
    void fallsBackToTheHalfYearTarget() {
        // 001, line 146: 资金到位率, half-year 序时进度, full-year 100%; here as if the full-year cell were lost.
        Indicator withFullYear = Indicator.builder().level1("过程").level2("资金管理").name("资金到位率")
                .target("100%").targetHalf("序时进度").line(146).build();
        Indicator halfYearOnly = withFullYear.toBuilder().target(null).build();

        assertThat(IndicatorInterpreter.interpret(withFullYear).targetValue()).isEqualByComparingTo("100");
        assertThat(IndicatorInterpreter.interpret(withFullYear).unit()).isEqualTo("%");
        assertThat(IndicatorInterpreter.interpret(halfYearOnly).targetValue()).isNull();
        assertThat(IndicatorInterpreter.interpret(halfYearOnly).unit()).isNull();
        assertThat(IndicatorInterpreter.interpret(halfYearOnly).status().code()).isEqualTo("unknown");
    }

    @Test
    void marksAnUnusedCategoryNotApplicable() {
        // 002, line 157: 经济效益指标, every cell "/".
        Indicator read = IndicatorInterpreter.interpret(
                Indicator.builder().level1("效益指标").level2("经济效益指标").name("/").target("/").actual("/")
                        .reason("/").line(157).build());

        assertThat(read.status().code()).isEqualTo("not_applicable");
        assertThat(read.targetValue()).isNull();
        assertThat(read.unit()).isNull();
    }

    @Test
    void marksAnUnusedTargetTableRowNotApplicable() {
        Indicator read = IndicatorInterpreter.interpret(
                Indicator.builder().level1("效益指标").level2("经济效益指标").name("/").target("/").targetHalf("/")
                        .line(1).build());

        assertThat(read.status().code()).isEqualTo("not_applicable");
    }
}
