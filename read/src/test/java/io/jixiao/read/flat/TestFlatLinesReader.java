package io.jixiao.read.flat;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.LayoutDetector;
import io.jixiao.read.layout.LayoutReader;
import io.jixiao.read.layout.PageBreakJoiner;
import io.jixiao.read.layout.Row;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Forms flattened into long lines: told apart from prose and other shapes, cut into rows, read. */
class TestFlatLinesReader {

    private static final LayoutDetector DETECTOR = new LayoutDetector(new PageBreakJoiner(LabelVocabulary::isAnchor));

    private static final String PREVIEW = String.join("\n",
            "项目支出绩效自评表.doc",
            "",
            "ID:60761775",
            "",
            "大小:43.50 KB",
            "",
            "1、项目支出绩效自评表(2020年度)项目名称社区环境整治经费主管部门测试区人民政府实施单位:测试区城市管理中心"
                    + "项目资金(万元)年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分年度资金总额:200.00190.0010"
                    + "95%9.5其中:本年一般公共预算拨款 200.00190.00 其他资金 年度总体目标完成社区环境整治,改善居住环境,",
            "",
            "2、提高群众满意度绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(50分)数量指标"
                    + "指标1整治社区数量1012个12个10",
            "");

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    @Test
    void aPreviewOfAFlattenedFormIsReadAsFlatLines() {
        assertThat(DETECTOR.detect(lines(PREVIEW))).map(LayoutReader::name).contains("flat_lines");
    }

    @Test
    void itsFundRowIsCutIntoTheHeadersColumnsAndItsChunkMarkerIsLayout() {
        List<Row> rows = DETECTOR.detect(lines(PREVIEW)).orElseThrow().read(lines(PREVIEW)).rows();
        List<List<String>> texts = rows.stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
        assertThat(texts).contains(List.of("年度资金总额:", "200.00", "190.00", "10", "95%", "9.5"));
        assertThat(texts).contains(List.of("其中:本年一般公共预算拨款", "200.00", "190.00", "", "", ""));
        assertThat(texts).contains(List.of("年度总体目标", "完成社区环境整治,改善居住环境,提高群众满意度"));
    }

    @Test
    void theFormIsReadWithoutTheSitesBoilerplate() {
        ParsedDocument document = new DocumentParser().parse("preview.txt", PREVIEW.getBytes(StandardCharsets.UTF_8));
        assertThat(document.forms()).hasSize(1);
        Form form = document.forms().get(0);
        assertThat(form.year()).isEqualTo(2020);
        assertThat(form.project()).isEqualTo("社区环境整治经费");
        assertThat(form.unit()).isEqualTo("测试区城市管理中心");
        assertThat(form.funds().get(0).executed()).isEqualByComparingTo(new BigDecimal("190.00"));
        assertThat(form.funds().get(0).rate()).isEqualByComparingTo(new BigDecimal("95"));
        assertThat(form.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.name()).isEqualTo("整治社区数量");
            assertThat(indicator.target()).isEqualTo("12个");
            assertThat(indicator.weight()).isEqualByComparingTo(BigDecimal.TEN);
        });
        assertThat(document.problems()).anySatisfy(problem -> assertThat(problem.message()).contains("ID:60761775"));
    }

    @Test
    void aFormWithItsCellsSplitBySingleBlanksIsCutAtTheBlanksItsLettersSpacedLabelsKnown() {
        String pdfText = "项目支出绩效自评表 (2022年度) 项目名称 农村道路养护经费 主管部门 某县交通运输局 实施单位 某县公路管理所 "
                + "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 120.00 120.00 114.00 10 95% 9.5 "
                + "其中:当年财政拨款 120.00 120.00 114.00 — — — 上年结转资金 — — — — — — 其他资金 年度总体目标 预期目标 "
                + "实际完成情况 完成农村道路养护120公里 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
                + "偏差原因分析及改进措施 产 出 指 标 数 量 指 标 养护里程 ≥120公里 125公里 20 20 质量指标 路面优良率 ≥80% 85% 20 20";
        Form form = new DocumentParser().parse("pdf.txt", pdfText.getBytes(StandardCharsets.UTF_8)).forms().get(0);
        assertThat(form.department()).isEqualTo("某县交通运输局");
        assertThat(form.funds().get(0).rate()).isEqualByComparingTo(new BigDecimal("95"));
        assertThat(form.funds().get(2).initialBudget()).isNull();
        assertThat(form.texts()).containsEntry("goal_expected", "完成农村道路养护120公里");
        assertThat(form.indicators()).extracting(indicator -> indicator.level2() + " " + indicator.name() + " "
                + indicator.target() + " " + indicator.actual() + " " + indicator.weight() + " " + indicator.score())
                .containsExactly("数量指标 养护里程 ≥120公里 125公里 20 20", "质量指标 路面优良率 ≥80% 85% 20 20");
    }

    @Test
    void aSecondFormInTheSameTextStartsAtItsTitleAfterTheFirstFormsTotalAndGrade() {
        String two = "1、项目支出绩效自评表(2016年度)项目名称道路清扫经费主管部门某街道办事处实施单位:某街道城市运行服务中心"
                + "项目资金(万元)年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分年度资金总额:310.2154.741050%5"
                + "年度总体目标完成道路清扫绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因分析"
                + "产出指标(50分)数量指标指标1清扫道路数量1020条20条10总分95评分等级优项目支出绩效自评表(2016年度)"
                + "项目名称绿化养护\n\n2、经费主管部门某街道办事处实施单位:某街道绿化队项目资金(万元)年初预算数(A)"
                + "全年执行数(B)分值(10分)执行率(B/A)得分年度资金总额:100.0080.001080%8";
        List<Form> forms = new DocumentParser().parse("two.txt", two.getBytes(StandardCharsets.UTF_8)).forms();
        assertThat(forms).extracting(Form::project).containsExactly("道路清扫经费", "绿化养护经费");
        assertThat(forms.get(0).totalScore()).isEqualByComparingTo(new BigDecimal("95"));
        assertThat(forms.get(0).grade()).isEqualTo("优");
        assertThat(forms.get(0).indicators()).extracting(indicator -> indicator.name() + " " + indicator.actual())
                .containsExactly("清扫道路数量 20条");
        assertThat(forms.get(1).year()).isEqualTo(2016);
        assertThat(forms.get(1).funds().get(0).executed()).isEqualByComparingTo(new BigDecimal("80.00"));
    }

    /**
     * Issue 16: PDF text whose fund table came out with the sources as columns and its last cells printed after the
     * label of the row below ("项目年度目标 … 12.5 执行率 100%"): the total is placed by its rate, the goal keeps its
     * own text.
     */
    @Test
    void aScrambledFundTableTakesItsCellsBackFromTheLabelPrintedAmidThem() {
        String pdfText = "项目支出绩效自评表(2021年度) 项目名称 机房空调维护费 项目实施单位 某市信息中心 项目主管单位 某市"
                + "财政局 项目资金 1、常年性 √ 2、一次性□ 中央 省级 本级 其他 合计 执行数 (万元) (万元) (万元) (万元) "
                + "(万元) (万元) 12.5 12.5 来源 项目年度目标 12.5 执行率 100% 1. 保障机房空调全年正常运行,故障当日修复。";
        Form form = new DocumentParser().parse("pdf.txt", pdfText.getBytes(StandardCharsets.UTF_8)).forms().get(0);

        assertThat(form.funds()).singleElement().satisfies(line -> {
            assertThat(line.item()).isEqualTo("合计");
            assertThat(line.fullYearBudget()).isEqualByComparingTo("12.5");
            assertThat(line.executed()).isEqualByComparingTo("12.5");
            assertThat(line.rate()).isEqualByComparingTo("100");
        });
        assertThat(form.texts().values()).anySatisfy(goal -> assertThat(goal).startsWith("1. 保障机房空调")
                .doesNotContain("执行率"));
    }

    /**
     * Issue 16: a target table flattened with blanks between its cells: the year apart from the title, the fund
     * table's income and expense blocks each under its own column names, the merged level cells written once per
     * group, no weight or score to anchor the rows.
     */
    @Test
    void aFlattenedTargetTableIsReadWithItsFundBlocksAndLevelGroups() {
        String text = "某省省级项目预算绩效目标表 2023年度 项目名称 电梯安全监测平台运维经费 主管部门 某省市场监督管理局 "
                + "实施单位 某省特种设备检验研究院 项目实施内容 按年度计划开展运维工作。 项目资金 (万元) 收入 全年(程) 预算数 "
                + "资金总额 82.11 一般公共预算资金 82.11 其他资金 0 支出 半年(程) 计划执行数 全年(程) 预算数 劳务费 21.83 55.75 "
                + "委托业务费 8.48 26.36 年度目标 完成平台运维。 一级指标 二级指标 三级指标 半年(程)指标值 全年(程)指标值 "
                + "决策 项目立项 立项依据充分性 充分 充分 过程 资金管理 预算执行率 =58% =100% 产出 数量 接入电梯台数 "
                + "≥14000台 ≥32000台 监测预警处置率 ≥95% ≥95% 满意度 服务对象满意度 使用单位满意度 ≥90% ≥90%";
        ParsedDocument document = new DocumentParser().parse("flat.txt", text.getBytes(StandardCharsets.UTF_8));
        Form form = document.forms().get(0);

        assertThat(form.year()).isEqualTo(2023);
        assertThat(form.project()).isEqualTo("电梯安全监测平台运维经费");
        assertThat(form.funds()).extracting(line -> line.side().code() + " " + line.item() + " " + line.halfYearPlan() + " "
                + line.fullYearBudget()).containsExactly("income 资金总额 null 82.11", "income 一般公共预算资金 null 82.11",
                "income 其他资金 null 0", "expense 劳务费 21.83 55.75", "expense 委托业务费 8.48 26.36");
        assertThat(form.indicators()).extracting(x -> x.level1() + " " + x.level2() + " " + x.name() + " "
                + x.targetHalf() + " " + x.target()).containsExactly(
                "决策 项目立项 立项依据充分性 充分 充分", "过程 资金管理 预算执行率 =58% =100%",
                "产出 数量 接入电梯台数 ≥14000台 ≥32000台", "产出 数量 监测预警处置率 ≥95% ≥95%",
                "满意度 服务对象满意度 使用单位满意度 ≥90% ≥90%");
        assertThat(document.problems()).noneSatisfy(problem -> assertThat(problem.message()).contains("indicator row"));
    }

    /**
     * Issue 16: the total row holds the weights' total and the score ("总分 100.00 96.50"); an indicator named as its
     * level-2 cell (服务对象满意度 under 服务对象满意度指标) is an indicator, not a level.
     */
    @Test
    void theTotalRowsScoreFollowsTheWeightsTotalAndAnIndicatorMayBearItsLevelsName() {
        String text = "项目支出绩效自评表 (2021年度) 项目名称 环境监测运维经费 主管部门 某省生态环境厅 实施单位 某省环境监测中心 "
                + "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分 年度资金总额 670.12 821.94 804.91 "
                + "10.00 97.93 9.79 上年结转资金 0.00 0.00 0.00 - 0 - 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
                + "产出指标 数量指标 监测站点数 ≥120个 125个 40.00 40.00 满意度指标 服务对象满意度指标 服务对象满意度 ≥85% "
                + "99% 50.00 46.71 总分 100.00 96.50 评分等级 优";
        Form form = new DocumentParser().parse("flat.txt", text.getBytes(StandardCharsets.UTF_8)).forms().get(0);

        assertThat(form.totalScore()).isEqualByComparingTo("96.50");
        assertThat(form.funds().get(1).executed()).isEqualByComparingTo("0");
        assertThat(form.indicators()).extracting(x -> x.level2() + " " + x.name() + " " + x.score())
                .containsExactly("数量指标 监测站点数 40.00", "服务对象满意度指标 服务对象满意度 46.71");
    }

    @Test
    void proseWithLongLinesIsNotAFlattenedForm() {
        String prose = "关于2023年度项目支出绩效自评工作的通知:各单位要认真做好项目支出绩效自评工作,对照年初预算数、全年执行数"
                + "和执行率,分析项目资金使用情况,如实填写项目支出绩效自评表,对未完成的指标说明原因并提出改进措施,"
                + "自评结果将作为以后年度预算安排的重要依据,请于规定时间内报送财政局。";
        assertThat(DETECTOR.detect(lines(prose + "\n\n" + prose))).isEmpty();
    }

    @Test
    void columnNamesOnShortLinesAreNotAFlattenedForm() {
        String cells = String.join("\n\n", "项目支出绩效自评表", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                "得分", "年度资金总额", "100", "100", "100", "10", "100%", "10");
        assertThat(DETECTOR.detect(lines(cells)).map(LayoutReader::name)).isNotEqualTo(Optional.of("flat_lines"));
    }
}
