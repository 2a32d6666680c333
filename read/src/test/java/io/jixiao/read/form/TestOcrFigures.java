package io.jixiao.read.form;

import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.FormKind;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: a scanned target table's figures that its own arithmetic contradicts are not stored. The lines are those
 * of sample 001's forms, with the misreadings its noisy scans showed (40.2 read as 402, 12170.04 as 1217004).
 */
class TestOcrFigures {

    private static FundLine income(FundSource source, String amount) {
        return FundLine.builder().side(FundSide.INCOME).source(source).item(source.code())
                .fullYearBudget(amount == null ? null : new BigDecimal(amount)).amountUnit(FundLine.WAN_YUAN).line(9)
                .build();
    }

    private static FundLine expense(String item, String fullYear, String halfYear) {
        return FundLine.builder().side(FundSide.EXPENSE).source(FundSource.ITEM).item(item)
                .fullYearBudget(new BigDecimal(fullYear)).halfYearPlan(new BigDecimal(halfYear))
                .amountUnit(FundLine.WAN_YUAN).line(12).build();
    }

    private static FormDraft targetTable(FundLine... lines) {
        FormDraft draft = new FormDraft(FormKind.PROJECT_TARGET, 1);
        draft.funds.addAll(List.of(lines));
        return draft;
    }

    private static List<BigDecimal> fullYear(FormDraft draft) {
        List<BigDecimal> amounts = new ArrayList<>();
        draft.funds.forEach(f -> amounts.add(f.fullYearBudget()));
        return amounts;
    }

    private static final List<FundLine> ITEMS = List.of(expense("硬件运维费", "44.78", "18"),
            expense("信息安全服务和信息化系统保障服务费", "34.52", "11.5"), expense("宽带租赁费", "24", "12"));

    @Test
    void sourcesThatDoNotAddUpToTheTotalAreWithheldTheTotalKeptWhereTheItemsVouchForIt() {
        FormDraft draft = targetTable(income(FundSource.TOTAL, "143.5"), income(FundSource.GENERAL_PUBLIC_BUDGET, "0"),
                income(FundSource.OTHER, "1435"), ITEMS.get(0), ITEMS.get(1), ITEMS.get(2),
                expense("软件运维费", "40.2", "13"));

        OcrFigures.review(List.of(draft));

        assertThat(fullYear(draft)).containsExactly(new BigDecimal("143.5"), null, null, new BigDecimal("44.78"),
                new BigDecimal("34.52"), new BigDecimal("24"), new BigDecimal("40.2"));
        assertThat(draft.problems).singleElement().satisfies(problem -> assertThat(problem.message())
                .isEqualTo("the income sources read by OCR add up to 1435, not the total 143.5: theirs are not stored"));
    }

    @Test
    void itemsThatDoNotAddUpAreWithheldAndSoIsTheTotalWhereNothingVouchesForIt() {
        FormDraft items = targetTable(income(FundSource.TOTAL, "143.5"), income(FundSource.OTHER, "143.5"),
                ITEMS.get(0), ITEMS.get(1), ITEMS.get(2), expense("软件运维费", "402", "13"));
        FormDraft neither = targetTable(income(FundSource.TOTAL, "37900.04"),
                income(FundSource.GENERAL_PUBLIC_BUDGET, "1217004"), income(FundSource.OTHER, null));

        OcrFigures.review(List.of(items, neither));

        assertThat(fullYear(items)).containsExactly(new BigDecimal("143.5"), new BigDecimal("143.5"), null, null,
                null, null);
        assertThat(items.funds.subList(2, 6)).extracting(FundLine::halfYearPlan).doesNotContainNull();
        // the sources read exceed the total, one of them not read: none of the three is stored
        assertThat(fullYear(neither)).containsOnlyNulls();
        assertThat(neither.problems).singleElement().satisfies(problem -> assertThat(problem.message())
                .endsWith("theirs are not stored, nor the total's"));
    }

    @Test
    void aSubtotalOfTheItemsAfterItAddsUp() {
        // 基本支出 + 项目支出 = the total; the projects after it add up to 项目支出 (a department's target table)
        FormDraft draft = targetTable(income(FundSource.TOTAL, "37900.04"),
                income(FundSource.GENERAL_PUBLIC_BUDGET, "12170.04"), income(FundSource.CARRYOVER, "10230"),
                income(FundSource.OTHER, "15500"), expense("基本支出", "7740.84", "2700"),
                expense("项目支出", "30159.2", "12099.46"), expense("科研项目经费", "618", "204"),
                expense("检验业务用房建设及改造经费", "11800", "5700"), expense("计量检验检测能力提升经费", "17741.2", "6195.46"));

        OcrFigures.review(List.of(draft));

        assertThat(fullYear(draft)).doesNotContainNull();
        assertThat(draft.problems).isEmpty();
    }

    @Test
    void aFigureBelowZeroIsAMisreadSign() {
        FormDraft draft = new FormDraft(FormKind.PROJECT_SELF_EVALUATION, 1);
        draft.indicators.add(Indicator.builder().level1("产出指标").name("设备故障处置率").target("-100%")
                .actual("100%").comparator(null).targetValue(new BigDecimal("-100")).actualValue(new BigDecimal("100"))
                .unit("%").line(5).build());

        OcrFigures.review(List.of(draft));

        assertThat(draft.indicators.get(0).targetValue()).isNull();
        assertThat(draft.indicators.get(0).actualValue()).isEqualByComparingTo("100");
        assertThat(draft.problems).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("is below zero, its sign most likely a misread = or ≥"));
    }
}
