package io.jixiao.read.form;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.vocabulary.FormKind;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a fund table whose cells a PDF or a preview scrambled into one block. Only the total is read, and only
 * where exactly one pair of the block's amounts gives its stated rate; anything else is reported, never guessed.
 */
class TestScrambledFundBlock {

    private static Row row(String text) {
        return new Row(List.of(new Cell(text, 7)), List.of(7));
    }

    private static FormDraft read(String text) {
        FormDraft draft = new FormDraft(FormKind.PROJECT_SELF_EVALUATION, 1);
        Row row = row(text);
        assertThat(ScrambledFundBlock.matches(row)).as(text).isTrue();
        ScrambledFundBlock.read(row, FundSide.BUDGET, draft);
        return draft;
    }

    @Test
    void theTotalIsThePairOfAmountsThatGivesTheStatedRate() {
        FormDraft draft = read("资金情况(万元)年度资金总额全年预算数(A)执行率(B/A)全年执行数(B)其中财政拨款120万元 150万元 "
                + "30万元 142.5万元 95%");

        assertThat(draft.funds).singleElement().satisfies(line -> {
            assertThat(line.source()).isEqualTo(FundSource.TOTAL);
            assertThat(line.item()).isEqualTo("年度资金总额");
            assertThat(line.fullYearBudget()).isEqualByComparingTo("150");
            assertThat(line.executed()).isEqualByComparingTo("142.5");
            assertThat(line.rate()).isEqualByComparingTo("95");
            assertThat(line.amountUnit()).isEqualTo(FundLine.WAN_YUAN);
            assertThat(line.line()).isEqualTo(7);
        });
        assertThat(draft.problems).singleElement().asString()
                .contains("only the total is read", "142.5 / 150 = 95%", "not placed: [120万元, 30万元]");
    }

    @Test
    void sourcesAsColumnsWithTheListMarkersOfTheRowAboveLeftOut() {
        FormDraft draft = read("项目资金 1、常年性 √ 2、延续性□ 中央 本级 合计 执行数 (万元) (万元) (万元) (万元) 8 12 20 "
                + "17.3 执行率 86.5%");

        assertThat(draft.funds).singleElement().satisfies(line -> {
            assertThat(line.item()).isEqualTo("合计");
            assertThat(line.fullYearBudget()).isEqualByComparingTo("20");
            assertThat(line.executed()).isEqualByComparingTo("17.3");
        });
    }

    @Test
    void amountsInYuanAreStoredInWanYuan() {
        FormDraft draft = read("资金情况(元) 合计 执行数 执行率 2500000 2000000 80%");

        assertThat(draft.funds).singleElement().satisfies(line -> {
            assertThat(line.fullYearBudget()).isEqualByComparingTo(new BigDecimal("250"));
            assertThat(line.executed()).isEqualByComparingTo(new BigDecimal("200"));
            assertThat(line.amountUnit()).isEqualTo(FundLine.YUAN);
        });
    }

    /**
     * 50 / 100 gives 50%, but 25 is neither the total's cell nor a part summing to it: it may be what the form cut
     * the budget to (年初 100, 全年 50, 执行 25 also gives 50%). Not read.
     */
    @Test
    void anAmountTheTotalDoesNotAccountForLeavesItUnread() {
        FormDraft draft = read("资金情况(万元) 年度资金总额 执行数 执行率 100 50 25 50%");

        assertThat(draft.funds).isEmpty();
        assertThat(draft.problems).singleElement().asString().contains("no pair of amounts gives its stated rate");
    }

    /** 259.45 and 259.5 of 300 both round to 86.5%, and each accounts for the other only as an extra figure. */
    @Test
    void executedAmountsTheRateCannotTellApartLeaveItUnread() {
        FormDraft draft = read("资金情况(万元) 年度资金总额 执行数 执行率 300 259.45 259.5 86.5%");

        assertThat(draft.funds).isEmpty();
        assertThat(draft.problems).singleElement().asString().contains("not read");
    }

    /** The rate is met only against a part (80 / 100) while a larger amount, the real total, is there. */
    @Test
    void aBudgetSmallerThanAnotherAmountIsNoTotal() {
        FormDraft draft = read("资金情况(万元) 年度资金总额 执行数 执行率 100 80 300 80%");

        assertThat(draft.funds).isEmpty();
        assertThat(draft.problems).singleElement().asString().contains("no pair of amounts gives its stated rate");
    }

    @Test
    void withoutAUnitOrAnExecutedLabelNothingIsRead() {
        assertThat(read("资金情况 年度资金总额 执行数 执行率 100 80 80%").funds).isEmpty();
        assertThat(read("资金情况(万元) 年度资金总额 预算数 执行率 100 80 80%").funds).isEmpty();
    }

    @Test
    void aHeaderCellIsNoBlock() {
        assertThat(ScrambledFundBlock.matches(row("项目资金(万元)(20分)"))).isFalse();
        assertThat(ScrambledFundBlock.matches(row("资金情况(万元) 执行率 100%"))).isFalse();
    }
}
