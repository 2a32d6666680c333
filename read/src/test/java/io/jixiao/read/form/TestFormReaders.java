package io.jixiao.read.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.vocabulary.FormKind;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Form readers: titles, header blocks, shifted fund and indicator rows, derived variants of the samples. */
class TestFormReaders {

    private final DocumentParser parser = new DocumentParser();

    private static String sample(String name) {
        return Samples.text(name);
    }

    private ParsedDocument parse(String text) {
        return parser.parse("test.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Indicator indicatorOn(Form form, int line) {
        return form.indicators().stream().filter(i -> i.line() == line).findFirst().orElseThrow();
    }

    private static FundLine fundOn(Form form, int line) {
        return form.funds().stream().filter(f -> f.line() == line).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "财政项目支出绩效自评表, project_self_evaluation",
        "项目支出绩效自评表, project_self_evaluation",
        "江苏省省级项目预算绩效目标表, project_target",
        "江苏省省级部门整体预算绩效目标表, department_target",
        "2022年度部门整体支出绩效自评表, department_self_evaluation"})
    void titleNamesTheFormKind(String title, String kind) {
        assertThat(FormSplitter.kindOfTitle(title)).map(FormKind::code).contains(kind);
    }

    /**
     * Issue 16: indented text lost the empty 年初预算数 cell of the total row; its rate (113.82%) agrees with no
     * placement of its five figures, so none is read by position (全年预算数 479.93, 分值 113.82 would be wrong): the
     * cells are reported, the complete row below is read.
     */
    @Test
    void aRowThatLostAnEmptyCellIsNotReadByPositionWhereItsArithmeticDisagrees() {
        String text = String.join("\n", "  财政项目支出绩效自评表", "", "  (2020年度)", "",
                "  项目名称       科技资源共享平台运行经费",
                "   主管部门   某省科学技术厅  实施单位    某省科技创新服务中心",
                "   项目资金 (万元)  年初预算数     全年预算数     全年执行数  分数    执行率(%)     得分",
                " 年度资金总额  488.01      479.93       10.00       113.82   10.00",
                "其中：当年财政拨款  421.64      488.01       479.93      -     98.34       -",
                " 其他资金       0.00     0.00       0.00    -  0      -", "");
        ParsedDocument document = parse(text);
        List<FundLine> funds = document.forms().get(0).funds();

        assertThat(funds.get(0).fullYearBudget()).isNull();
        assertThat(funds.get(0).weight()).isNull();
        assertThat(funds.get(1).fullYearBudget()).isEqualByComparingTo("488.01");
        assertThat(document.problems()).anySatisfy(problem -> assertThat(problem.message())
                .contains("fund cells whose column is uncertain").contains("113.82"));
    }

    @Test
    void textThatOnlyMentionsAFormIsNoTitle() {
        assertThat(FormSplitter.kindOfTitle("请各单位按要求填报项目支出绩效自评表。")).isEmpty();
        assertThat(FormSplitter.kindOfTitle("附件1：项目支出绩效自评表")).contains(FormKind.PROJECT_SELF_EVALUATION);
        assertThat(FormSplitter.kindOfTitle("自评表")).isEmpty();
    }

    @Test
    void projectTargetHeaderKeepsNoPersonalDataAndReadsShiftedExpenseRows() {
        Form form = parse(sample("001_8565ebd750e095f3.txt")).forms().get(1);
        assertThat(form.kind().code()).isEqualTo("project_target");
        assertThat(form.project()).isEqualTo("计量监督管理业务经费");
        assertThat(form.department()).isEqualTo("江苏省市场监督管理局");
        assertThat(form.unit()).isEqualTo("江苏省计量科学研究院（江苏省能源计量数据中心）");
        assertThat(form.projectType()).isEqualTo("常年安排项目");
        assertThat(form.projectLevel()).isEqualTo("省本级");
        assertThat(form.startDate()).isEqualTo("2023.01");
        assertThat(form.endDate()).isEqualTo("2023.12");
        assertThat(form.region()).isEqualTo("江苏省");
        assertThat(form.year()).isEqualTo(2023);
        assertThat(form.toString()).doesNotContain("董平", "86435544");

        // "农村医疗强制检定项目→→200→359": the header names only the half-year column, the row carries both figures.
        FundLine expense = fundOn(form, 129);
        assertThat(expense.side()).isEqualTo(FundSide.EXPENSE);
        assertThat(expense.source()).isEqualTo(FundSource.ITEM);
        assertThat(expense.item()).isEqualTo("农村医疗强制检定项目");
        assertThat(expense.halfYearPlan()).isEqualByComparingTo("200");
        assertThat(expense.fullYearBudget()).isEqualByComparingTo("359");
        FundLine other = fundOn(form, 127);
        assertThat(other.side()).isEqualTo(FundSide.INCOME);
        assertThat(other.source()).isEqualTo(FundSource.OTHER);
        assertThat(other.fullYearBudget()).isEqualByComparingTo("0");
    }

    @Test
    void targetRowsWithShiftedCellsCarryTheirLevels() {
        Form form = parse(sample("001_8565ebd750e095f3.txt")).forms().get(1);
        // "预算编制科学性→→科学→科学→→": a level-3 row in column 0, under the previous level 2.
        assertThat(indicatorOn(form, 142)).extracting(Indicator::level1, Indicator::level2, Indicator::name,
                Indicator::targetHalf, Indicator::target).containsExactly("决策", "资金投入", "预算编制科学性", "科学", "科学");
        // "社会效益→→保障全省民生医疗工作有序开展": a level 2 in column 0.
        assertThat(indicatorOn(form, 170)).extracting(Indicator::level1, Indicator::level2, Indicator::name)
                .containsExactly("效益", "社会效益", "保障全省民生医疗工作有序开展");
        // "可持续影响→计量检测市场环境…": level 2 then level 3.
        assertThat(indicatorOn(form, 173)).extracting(Indicator::level2, Indicator::name)
                .containsExactly("可持续影响", "计量检测市场环境得到进一步净化");
        assertThat(indicatorOn(form, 173).actual()).isNull();
        assertThat(indicatorOn(form, 173).weight()).isNull();
    }

    @Test
    void departmentTargetReadsKeyWorkAndTexts() {
        Form form = parse(sample("001_8565ebd750e095f3.txt")).forms().get(0);
        assertThat(form.kind().code()).isEqualTo("department_target");
        assertThat(form.department()).isNull();
        assertThat(form.texts()).containsOnlyKeys("functions", "organisation", "long_term_goal", "annual_goal");
        assertThat(form.texts().get("functions")).doesNotContain("<p>").startsWith("江苏省计量科学研究院为江苏省市场监督管理局直属");
        assertThat(indicatorOn(form, 80)).extracting(Indicator::level1, Indicator::level2, Indicator::keyWork,
                Indicator::name).containsExactly("履职", "履行智慧计量职能", "信息化建设经费", "持续优化的系统数量");
        assertThat(indicatorOn(form, 79).keyWork()).isEqualTo("计量检定/校准/检测工作");
        assertThat(form.funds()).filteredOn(f -> f.side() == FundSide.EXPENSE).hasSize(10);
        assertThat(fundOn(form, 20)).extracting(FundLine::item, FundLine::halfYearPlan, FundLine::fullYearBudget)
                .containsExactly("基本支出", new BigDecimal("2700"), new BigDecimal("7740.84"));
    }

    @Test
    void selfEvaluationFundsAndTotalsAsWritten() {
        List<Form> forms = parse(sample("000_672dbaea54929c24.txt")).forms();
        FundLine total = fundOn(forms.get(0), 10);
        assertThat(total).extracting(FundLine::side, FundLine::source, FundLine::initialBudget,
                FundLine::fullYearBudget, FundLine::executed, FundLine::weight, FundLine::rate, FundLine::score)
                .containsExactly(FundSide.BUDGET, FundSource.TOTAL, new BigDecimal("230.00"), new BigDecimal("230.00"),
                        new BigDecimal("216.86"), new BigDecimal("10.00"), new BigDecimal("94.29"),
                        new BigDecimal("9.43"));
        assertThat(fundOn(forms.get(0), 11).weight()).isNull();
        // Form 5 shifts its fund values one column right of the header.
        assertThat(fundOn(forms.get(4), 106).initialBudget()).isEqualTo(new BigDecimal("341.00"));
        assertThat(fundOn(forms.get(4), 106).score()).isEqualTo(new BigDecimal("9.91"));
        assertThat(forms.get(0).totalScore()).isEqualTo(new BigDecimal("99.43"));
        assertThat(forms.get(0).grade()).isEqualTo("优");
        // "满意度指标→客户满意度→→≥90%…": no level-2 cell; the new level 1 clears the carried level 2.
        assertThat(indicatorOn(forms.get(2), 72)).extracting(Indicator::level1, Indicator::level2, Indicator::name)
                .containsExactly("满意度指标", null, "客户满意度");
    }

    @Test
    void changjiFundRowsReadByPositionAndRatesAsNumbers() {
        List<Form> forms = parse(sample("002_13d1e6413ad98fbc.txt")).forms();
        FundLine total = fundOn(forms.get(2), 450);
        assertThat(total.initialBudget()).isNull();
        assertThat(total.fullYearBudget()).isEqualTo(new BigDecimal("40"));
        assertThat(total.rate()).isEqualTo(new BigDecimal("100"));
        FundLine carryover = fundOn(forms.get(0), 41);
        assertThat(carryover.source()).isEqualTo(FundSource.CARRYOVER);
        assertThat(carryover.weight()).isNull();
        assertThat(forms.get(0).totalScore()).isEqualTo(new BigDecimal("98.8"));
        assertThat(forms.get(0).grade()).isNull();
        Indicator unused = indicatorOn(forms.get(0), 157);
        assertThat(unused).extracting(Indicator::level2, Indicator::name, Indicator::target, Indicator::weight,
                Indicator::reason).containsExactly("经济效益指标", "/", "/", null, null);
    }

    @Test
    void departmentSelfEvaluationIsReadWithItsUnit() {
        List<String> lines = Arrays.asList(sample("000_672dbaea54929c24.txt").split("\n", -1)).subList(0, 25);
        String text = String.join("\n", lines)
                .replace("财政项目支出绩效自评表", "部门整体支出绩效自评表")
                .replace("项目名称\t时频实验室运维经费", "单位名称\t上海市计量测试技术研究院")
                .replace("\t实施单位\t上海市计量测试技术研究院", "");
        ParsedDocument document = parse(text);
        Form form = document.forms().get(0);
        assertThat(form.kind().code()).isEqualTo("department_self_evaluation");
        assertThat(form.unit()).isEqualTo("上海市计量测试技术研究院");
        assertThat(form.department()).isEqualTo("上海市市场监督管理局");
        assertThat(form.project()).isNull();
        assertThat(form.indicators()).hasSize(7);
        assertThat(form.funds()).hasSize(4);
        assertThat(form.totalScore()).isEqualTo(new BigDecimal("99.43"));
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void categoryWeightInALevelLabelIsCutOffAndReported() {
        String text = sample("003_c12283996fba6272.txt").replace("产出 指标\t数量 指标", "产出指标（50分）\t数量 指标");
        ParsedDocument document = parse(text);
        assertThat(indicatorOn(document.forms().get(0), 17).level1()).isEqualTo("产出指标");
        assertThat(document.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(17);
            assertThat(problem.message()).contains("（50分）", "产出指标");
        });
    }

    @Test
    void rowsThatFitNoFormPartAreReportedWithTheirLine() {
        String text = sample("000_672dbaea54929c24.txt").replace("评分等级\t优", "备注\t这是一条说明\n评分等级\t优");
        ParsedDocument document = parse(text);
        assertThat(document.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(25);
            assertThat(problem.message()).contains("备注");
        });
        assertThat(document.forms().get(0).grade()).isEqualTo("优");
    }
}
