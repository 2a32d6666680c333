package io.jixiao.read.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.ParseResult;
import io.jixiao.read.ParsedDocumentJson;
import io.jixiao.read.Samples;
import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.model.Problem;
import io.jixiao.schema.vocabulary.FundSource;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rows rebuilt from a stream of one-cell paragraphs, on small inputs shaped like the real ones (rw_12, rw_22). */
class TestCellStreamRows {

    private final DocumentParser parser = new DocumentParser();

    /** The cells as the cell stream reader gives them: one row per cell, paragraphs on every other line. */
    private static List<Row> stream(String... cells) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            rows.add(new Row(List.of(new Cell(cells[i], 2 * i + 1)), List.of(2 * i + 1)));
        }
        return rows;
    }

    private static List<List<String>> texts(List<Row> rows) {
        return rows.stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    private ParsedDocument parse(String... cells) {
        return parser.parse("stream.txt", (String.join("\n\n", cells) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Indicator indicator(Form form, String name) {
        return form.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void headerFieldsBecomeLabelValueRowsAndAPersonalValueNeverStandsAlone() {
        List<Row> rows = CellStreamRows.regroup(stream("项目名称", "城乡环境整治项目", "主管部门", "某区住建局",
                "项目负责人", "王五", "联系电话", "地址", "海口市某路1号"));

        assertThat(texts(rows)).containsExactly(List.of("项目名称", "城乡环境整治项目"), List.of("主管部门", "某区住建局"),
                // the phone cell was left empty: 地址 is a label, no value
                List.of("项目负责人", "王五"), List.of("联系电话"), List.of("地址"), List.of("海口市某路1号"));
    }

    @Test
    void indicatorRowsFollowTheHeaderAndStartWithAnyLevel() {
        List<Row> rows = CellStreamRows.regroup(stream("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                "分值", "得分", "偏差原因分析及改进措施",
                "产出指标", "数量指标", "清扫面积", "≥500万平方米", "520万平方米", "20", "20", "/",
                "质量指标", "保洁合格率", "≥95%", "93%", "20", "18", "部分路段保洁不及时",
                "时效指标", "完成时间", "2022年12月底前", "按时完成", "10", "10",
                "效益指标", "社会效益指标", "群众满意度提升", "明显", "明显", "20", "20",
                "总分", "100", "95"));

        assertThat(texts(rows)).containsExactly(
                List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                List.of("产出指标", "数量指标", "清扫面积", "≥500万平方米", "520万平方米", "20", "20", "/"),
                List.of("", "质量指标", "保洁合格率", "≥95%", "93%", "20", "18", "部分路段保洁不及时"),
                // the reason cell was empty and left out: 效益指标 starts the next row, it is no reason
                List.of("", "时效指标", "完成时间", "2022年12月底前", "按时完成", "10", "10", ""),
                List.of("效益指标", "社会效益指标", "群众满意度提升", "明显", "明显", "20", "20", ""),
                List.of("总分", "100", "95"));
        assertThat(rows.subList(1, 5)).allMatch(Row::placed);
        assertThat(rows.get(0).placed()).isFalse();
    }

    @Test
    void aColumnNameBrokenOverTwoParagraphsIsOneColumn() {
        List<Row> rows = CellStreamRows.regroup(stream("一级指标", "二级指标", "三级指标", "年度", "指标值", "实际",
                "完成值", "产出指标", "数量指标", "检定台件数", "≥30000", "34941"));

        assertThat(texts(rows)).containsExactly(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
                List.of("产出指标", "数量指标", "检定台件数", "≥30000", "34941"));
        assertThat(rows.get(0).lines()).containsExactly(1, 3, 5, 7, 9, 11, 13);
    }

    @Test
    void aRubricGroupsRowsByItsColumnPatternAndReadsOnlyTheIndicatorsWeights() {
        ParsedDocument document = parse("服务贸易项目绩效自评表", "项目实施单位", "省商务厅某处", "主管部门", "省商务厅",
                "一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
                "项目决策", "20", "项目目标", "4", "目标内容", "4", "4",
                "决策过程", "8", "决策依据", "3", "3",
                "决策程序", "5", "5",
                "项目管理", "25", "资金管理", "10", "资金使用", "7", "7",
                "财务管理", "3", "2");

        Form form = document.forms().get(0);
        assertThat(form.project()).isEqualTo("服务贸易项目");
        assertThat(form.unit()).isEqualTo("省商务厅某处");
        assertThat(form.indicators()).extracting(Indicator::name)
                .containsExactly("目标内容", "决策依据", "决策程序", "资金使用", "财务管理");
        Indicator procedure = indicator(form, "决策程序");
        assertThat(procedure.level1()).isEqualTo("项目决策");
        assertThat(procedure.level2()).isEqualTo("决策过程");
        assertThat(procedure.weight()).isEqualByComparingTo("5");
        // 财务管理 is a level-2 name elsewhere; here the weight and score after it make it an indicator
        Indicator finance = indicator(form, "财务管理");
        assertThat(finance.level1()).isEqualTo("项目管理");
        assertThat(finance.level2()).isEqualTo("资金管理");
        assertThat(finance.weight()).isEqualByComparingTo("3");
        assertThat(finance.score()).isEqualByComparingTo("2");
    }

    @Test
    void aLevelWeightOtherThanTheSumOfItsIndicatorsIsReported() {
        ParsedDocument document = parse("服务贸易项目绩效自评表",
                "一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
                "项目决策", "11", "项目目标", "4", "目标内容", "4", "4",
                "决策过程", "8", "决策依据", "3", "3",
                "决策程序", "4", "4",
                "项目管理", "25", "资金管理", "10", "资金使用", "7", "7");

        assertThat(document.problems()).extracting(Problem::message)
                .containsOnlyOnce("the weights under '决策过程' add up to 7, its weight is 8")
                .noneMatch(message -> message.contains("'项目目标'") || message.contains("'项目决策'"));
    }

    @Test
    void fundLabelsWithTheirAmountsAndATotalWrittenBelowItsLabel() {
        ParsedDocument document = parse("食品监管补助资金区域绩效目标自评表", "专项名称", "食品监管补助资金", "中央主管部门",
                "市场监管总局", "自评得分", "省级财政部门", "四川省财政厅", "100",
                "预算执行情况", "预算数:", "2.38", "执行数:", "2.30", "20",
                "其中:中央补助", "2.38  万元", "其中:中央补助", "2.30万元");

        Form form = document.forms().get(0);
        assertThat(form.project()).isEqualTo("食品监管补助资金");
        assertThat(form.totalScore()).isEqualByComparingTo("100");
        FundLine total = form.funds().stream().filter(f -> f.source() == FundSource.TOTAL).findFirst().orElseThrow();
        assertThat(total.initialBudget()).isNull();
        assertThat(total.fullYearBudget()).isEqualByComparingTo("2.38");
        assertThat(total.executed()).isEqualByComparingTo("2.30");
        assertThat(total.score()).isNull();
        assertThat(document.problems()).extracting(Problem::message)
                .anyMatch(message -> message.contains("amounts after no fund source or column") && message.contains("20"));
    }

    @Test
    void trailingNumbersAreScoresOnlyWhereTheFormHeadsAScoreColumn() {
        String[] table = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50",
                "产出指标", "质量指标", "指标1:违法案件查办率", "100%", "100%", "4",
                "指标2:投诉举报处置率", "100%", "100%", "3"};
        List<String> headed = new ArrayList<>(List.of("食品监管补助资金区域绩效目标自评表", "专项名称", "食品监管补助资金",
                "自评得分", "省级主管部门", "四川省市场监管局", "100"));
        headed.addAll(List.of(table));
        List<String> unheaded = new ArrayList<>(List.of("食品监管补助资金区域绩效目标自评表", "专项名称", "食品监管补助资金"));
        unheaded.addAll(List.of(table));

        Form scored = parse(headed.toArray(String[]::new)).forms().get(0);
        assertThat(indicator(scored, "违法案件查办率").score()).isEqualByComparingTo("4");
        assertThat(indicator(scored, "投诉举报处置率").score()).isEqualByComparingTo("3");
        assertThat(indicator(scored, "投诉举报处置率").level2()).isEqualTo("质量指标");

        ParsedDocument unheadedDocument = parse(unheaded.toArray(String[]::new));
        assertThat(unheadedDocument.forms().get(0).indicators()).extracting(Indicator::score).containsOnlyNulls();
        assertThat(unheadedDocument.problems()).extracting(Problem::message)
                .anyMatch(message -> message.contains("not under any column") && message.contains("[4]"));
    }

    @Test
    void scoresAboveTheSectionsScoreAreNotReadAsScores() {
        Form form = parse("食品监管补助资金区域绩效目标自评表", "专项名称", "食品监管补助资金",
                "自评得分", "省级主管部门", "四川省市场监管局", "100",
                "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "5",
                "产出指标", "质量指标", "违法案件查办率", "100%", "100%", "4",
                "投诉举报处置率", "100%", "100%", "3").forms().get(0);

        assertThat(form.indicators()).extracting(Indicator::score).containsOnlyNulls();
        assertThat(form.indicators()).extracting(Indicator::actual).containsOnly("100%");
    }

    @Test
    void aNumberThatDoesNotCloseTheHeaderBlockIsNoTotalBelowItsLabel() {
        Form form = parse("食品监管补助资金区域绩效目标自评表", "专项名称", "食品监管补助资金", "自评得分", "省级财政部门",
                "2.38", "四川省财政厅", "预算执行情况", "预算数:", "2.38").forms().get(0);

        assertThat(form.totalScore()).isNull();
    }

    @Test
    void goalTextsUnderTheGoalColumnsAndTheSectionScoreIsNoGoal() {
        ParsedDocument document = parse("食品监管补助资金区域绩效目标自评表", "专项名称", "食品监管补助资金",
                "年度目标完成情况", "预期目标", "目标实际完成情况", "20",
                "目标1:深入开展食品风险隐患排查整治。", "目标1:已开展食品风险隐患排查整治。",
                "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值",
                "产出指标", "质量指标", "违法案件查办率", "100%", "100%");

        Form form = document.forms().get(0);
        assertThat(form.texts()).containsEntry("goal_expected", "目标1:深入开展食品风险隐患排查整治。")
                .containsEntry("goal_actual", "目标1:已开展食品风险隐患排查整治。");
        assertThat(document.problems()).extracting(Problem::message)
                .contains("numbers beside the goal labels not read: [20]");
        assertThat(indicator(form, "违法案件查办率").actual()).isEqualTo("100%");
    }

    @Test
    void fundTableUnderColumnNames() {
        Form form = parse("项目支出绩效自评表", "项目名称", "某项目", "项目资金(万元)", "年初预算数", "全年预算数",
                "全年执行数", "分值", "执行率", "得分", "年度资金总额", "100", "120", "108", "10", "90%", "9",
                "其中:当年财政拨款", "100", "120", "108", "—", "90%", "—").forms().get(0);

        FundLine total = form.funds().get(0);
        assertThat(total.source()).isEqualTo(FundSource.TOTAL);
        assertThat(List.of(total.initialBudget(), total.fullYearBudget(), total.executed(), total.score()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("120"), new BigDecimal("108"),
                        new BigDecimal("9"));
        assertThat(form.funds().get(1).source()).isEqualTo(FundSource.APPROPRIATION);
        assertThat(form.funds().get(1).score()).isNull();
    }

    @Test
    void aFundRowThatLostAnEmptyCellIsAlignedByWhatItsCellsHold() {
        // Changji: the 年初预算数 cell is empty and the stream leaves it out; five numbers under six columns
        ParsedDocument document = parse("项目支出绩效自评表", "(2020年度)", "项目名称", "设备购置及维护",
                "项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
                "年度资金总额", "40", "40", "10", "100%", "10",
                "其中:当年财政拨款", "40", "40", "—", "100%", "—");

        assertThat(document.layout()).isEqualTo("cell_stream");
        FundLine total = document.forms().get(0).funds().get(0);
        assertThat(total.initialBudget()).isNull();
        assertThat(List.of(total.fullYearBudget(), total.executed(), total.weight(), total.rate(), total.score()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("10"),
                        new BigDecimal("100"), new BigDecimal("10"));
    }

    /**
     * A sample's tab rows written as a cell stream (each non-empty cell a paragraph, empty cells left out, as web pages
     * lose them) read as its rows: nearly every indicator value and fund amount again, none different.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000_672dbaea54929c24.txt", "001_8565ebd750e095f3.txt"})
    void aSampleWrittenAsACellStreamReadsAsItsRows(String sample) {
        String text = Samples.text(sample);
        List<String> cells = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (String cell : line.split("\t")) {
                if (!cell.isBlank()) {
                    cells.add(cell.strip());
                }
            }
        }
        ParsedDocument rows = parser.parse(sample, text.getBytes(StandardCharsets.UTF_8));
        ParsedDocument stream = parse(cells.toArray(String[]::new));

        assertThat(stream.layout()).isEqualTo("cell_stream");
        assertThat(stream.forms()).extracting(Form::project)
                .containsExactlyElementsOf(rows.forms().stream().map(Form::project).toList());
        int same = 0;
        int total = 0;
        List<String> different = new ArrayList<>();
        for (int f = 0; f < rows.forms().size(); f++) {
            Map<String, Indicator> read = stream.forms().get(f).indicators().stream()
                    .collect(Collectors.toMap(Indicator::name, Function.identity(), (a, b) -> a));
            for (Indicator expected : rows.forms().get(f).indicators()) {
                Indicator got = read.get(expected.name());
                for (Function<Indicator, Object> value : List.<Function<Indicator, Object>>of(Indicator::level1,
                        Indicator::level2, Indicator::keyWork, Indicator::target, Indicator::targetHalf,
                        Indicator::actual,
                        Indicator::weight, Indicator::score)) {
                    Object want = value.apply(expected);
                    Object have = got == null ? null : value.apply(got);
                    if (want == null) {
                        continue;
                    }
                    total++;
                    if (Objects.equals(want, have)) {
                        same++;
                    } else if (have != null) {
                        different.add(expected.name() + ": " + want + " -> " + have);
                    }
                }
            }
            assertThat(stream.forms().get(f).funds()).extracting(FundLine::fullYearBudget)
                    .usingElementComparator((a, b) -> a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b))
                    .containsAll(rows.forms().get(f).funds().stream().map(FundLine::fullYearBudget)
                            .filter(Objects::nonNull).toList());
        }
        assertThat(different).isEmpty();
        assertThat(same).isGreaterThanOrEqualTo(total * 95 / 100);
    }

    /** The real cell streams: every cell used by a record or reported, and the project lead's name nowhere. */
    @ParameterizedTest
    @ValueSource(strings = {"rw_12_sichuan-anju_2021_transfer.txt", "rw_22_hainan-shangwuting_undated_rubric.txt"})
    void everyCellOfARealStreamIsUsedOrReported(String fragment) throws IOException {
        byte[] bytes = Files.readAllBytes(Samples.dataDir().resolve("realworld").resolve(fragment));
        ParseResult result = parser.read(fragment, bytes);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        List<String> unaccounted = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].replace('\u00A0', ' ').isBlank() && !result.isUsed(i + 1) && !result.isReported(i + 1)) {
                unaccounted.add("line " + (i + 1) + ": " + lines[i]);
            }
        }

        assertThat(result.document().layout()).isEqualTo("cell_stream");
        assertThat(unaccounted).isEmpty();
        assertThat(ParsedDocumentJson.write(result.document())).doesNotContain("李鹏");
    }
}
