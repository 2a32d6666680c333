package io.jixiao.read.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.schema.model.ParsedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layout readers on fragments of real forms from other regions (data/realworld, copied from the development set):
 * the layout detected and rows checked cell by cell against the text.
 */
class TestRealFragmentLayouts {

    private static final LayoutDetector DETECTOR = new LayoutDetector(new PageBreakJoiner(LabelVocabulary::isAnchor));

    static List<String> lines(String fragment) {
        try {
            String text = Files.readString(Samples.dataDir().resolve("realworld").resolve(fragment),
                    StandardCharsets.UTF_8);
            return Arrays.asList(text.split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RowsRead read(String fragment, String layout) {
        List<String> lines = lines(fragment);
        LayoutReader reader = DETECTOR.detect(lines).orElseThrow();
        assertThat(reader.name()).isEqualTo(layout);
        return reader.read(lines);
    }

    static Row rowAt(RowsRead read, int line) {
        return read.rows().stream().filter(row -> row.firstLine() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no row starts at line " + line));
    }

    static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    @Test
    void pipeCellLinesClosedByPipeLinesMakeOneRowPerRunOfPipes() {
        RowsRead read = read("rw_26_yunnan-baoshan_2022.txt", "pipe_cells");

        assertThat(texts(read.rows().get(0))).containsExactly("附件1");
        assertThat(texts(read.rows().get(1))).containsExactly("2022年度项目支出绩效自评表");
        assertThat(texts(read.rows().get(2))).containsExactly("单位名称:保山市退役军人事务局 填报日期:2023年4月6日");
        assertThat(texts(rowAt(read, 4))).containsExactly("项目名称", "春节走访慰问经费");
        assertThat(rowAt(read, 4).lines()).containsExactly(4, 5, 6, 7);
        assertThat(texts(rowAt(read, 9))).containsExactly("主管部门", "保山市退役军人事务局", "项目实施单位", "保山市退役军人事务局");
        assertThat(texts(rowAt(read, 28))).containsExactly("预算执行情况(万元)(20分)", "", "预算数(A)", "执行数(B)",
                "执行率(B/A)", "得分(20分*执行率)");
        assertThat(texts(rowAt(read, 42))).containsExactly("年度财政资金总额", "34.64", "34.64", "100%", "20");
        assertThat(texts(rowAt(read, 82))).containsExactly("质量指标", "补助经费足额拨付率", "100%", "100%", "20");
        assertThat(texts(rowAt(read, 148))).containsExactly("总分(100分)", "100", "自评等级", "优");
        assertThat(texts(rowAt(read, 157))).containsExactly("偏差大或目标未完成原因分析", "无");
        assertThat(texts(rowAt(read, 170))).containsExactly("2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权");

        assertThat(read.rows()).hasSize(20);
        assertThat(read.layoutLines()).contains(8, 17, 41, 104, 105, 106, 107, 108, 109);
        assertThat(read.rows()).noneMatch(row -> row.lines().contains(104));
    }

    @Test
    void pipeClosedCellsEndRowsAtRunsOfPipesAndKeepProseLinesApart() {
        RowsRead read = read("rw_09_shaanxi-chencang_2023_target.txt", "pipe_cells");

        assertThat(texts(rowAt(read, 1))).containsExactly("区残联:");
        assertThat(texts(rowAt(read, 4))).containsExactly("2.绩效目标表(福彩公益金)");
        assertThat(texts(rowAt(read, 5))).containsExactly("绩效目标表(一般公共预算资金)");
        assertThat(texts(rowAt(read, 6))).containsExactly("项目名称", "残疾人事业发展补助资金(一般公共预算)");
        assertThat(texts(rowAt(read, 10))).containsExactly("资金金额", "年度资金总额");
        assertThat(texts(rowAt(read, 13))).containsExactly("其中:中央补助", "50.29");
        assertThat(texts(rowAt(read, 15))).containsExactly("地方资金");
        assertThat(read.layoutLines()).containsExactly(12, 16);
    }

    @Test
    void pipeClosedCellsAfterNoticeProseReadTheIndicatorRowWithItsVillageColumns() {
        RowsRead read = read("rw_32_fujian-anxi_2022_target.txt", "pipe_cells");

        assertThat(texts(rowAt(read, 9))).containsExactly("2022年省级第七批水利专项资金安排表");
        // The header row ends without a pipe: its cells ran into the first row's, twice the table's width of 5.
        assertThat(texts(rowAt(read, 11))).containsExactly("序号", "乡镇名称", "项 目 名 称", "金额", "备注");
        assertThat(texts(rowAt(read, 16))).containsExactly("1", "西坪镇", "尧山村排洪排水工程建设", "20");
        assertThat(texts(rowAt(read, 21))).containsExactly("2", "桃舟乡", "吾培村前村洋头水圳修复", "15");
        assertThat(texts(rowAt(read, 54))).containsExactly("2022年省级第七批水利专项资金绩效目标表");
        assertThat(texts(rowAt(read, 60))).containsExactly("资金情况(万元)", "资金总额", "100", "其中:财政拨款", "100", "其他资金");
        assertThat(texts(rowAt(read, 83))).containsExactly("产出 指标", "数量指标", "开展小型水利工程建设(个)",
                "反映小型水利工程建设项目开展情况", "1", "1", "1", "1", "1", "1", "1");
        assertThat(texts(rowAt(read, 95))).containsExactly("时效指标");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw_09_shaanxi-chencang_2023_target.txt", "rw_26_yunnan-baoshan_2022.txt",
            "rw_32_fujian-anxi_2022_target.txt"})
    void everyNonBlankLineIsInARowOrLayout(String fragment) {
        List<String> lines = lines(fragment);
        RowsRead read = DETECTOR.detect(lines).orElseThrow().read(lines);
        BitSet accounted = new BitSet();
        read.rows().forEach(row -> row.lines().forEach(accounted::set));
        read.layoutLines().forEach(accounted::set);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !accounted.get(i + 1)) {
                missing.add(i + 1);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void cellsOnePerParagraphAreAStreamOfOneCellRows() {
        RowsRead read = read("rw_12_sichuan-anju_2021_transfer.txt", "cell_stream");

        assertThat(read.rows()).allSatisfy(row -> assertThat(row.size()).isEqualTo(1));
        assertThat(texts(read.rows().get(0))).containsExactly("政府信息公开");
        assertThat(texts(rowAt(read, 9))).containsExactly("专项名称");
        assertThat(texts(rowAt(read, 43))).containsExactly("2.38  万元");
        assertThat(texts(rowAt(read, 113))).containsExactly("指标2:违法案件查办率");
        assertThat(read.rows()).noneMatch(row -> row.firstLine() == 49 || row.firstLine() == 59);
    }

    @Test
    void pageMarkersInAPreviewAreLayoutNotRows() {
        RowsRead read = read("rw_22_hainan-shangwuting_undated_rubric.txt", "cell_stream");

        assertThat(read.layoutLines()).containsExactly(6, 8, 10, 12, 14);
        assertThat(read.rows()).noneMatch(row -> row.firstLine() == 6);
        assertThat(texts(rowAt(read, 5))).containsExactly("服务贸易项目绩效自评表.docx_第1页");
        assertThat(texts(rowAt(read, 125))).containsExactly("项目决策");
        assertThat(texts(rowAt(read, 127))).containsExactly("20");
    }

    @Test
    void rowsSeparatedBySingleSpacesSplitWhereTheLineClearlyIsARow() {
        RowsRead read = read("rw_23_chongqing-fengjie_2023_target.txt", "space_rows");

        assertThat(texts(rowAt(read, 1))).containsExactly("2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表");
        assertThat(texts(rowAt(read, 4))).containsExactly("(   2023年度)");
        assertThat(texts(rowAt(read, 8))).containsExactly("项目名称", "2023年云雾土家族乡加工园配套设施建设项目", "项目分类",
                "资产资源类--房屋类");
        assertThat(texts(rowAt(read, 10))).containsExactly("实施单位", "云雾土家族乡", "项目负责人", "徐德迁", "联系电话",
                "13452649655");
        assertThat(rowAt(read, 13).text(0)).isEqualTo("年度主要目标和成果");
        assertThat(rowAt(read, 13).text(1)).startsWith("新建中药材晾晒房一座,").endsWith("配套三格式化粪池4.5立方米。");
        assertThat(texts(rowAt(read, 19))).containsExactly("其中:财政资金", "65", "财政资金科目代码", "21305");
        assertThat(texts(rowAt(read, 21))).containsExactly("年度预算执行率", "100%", "分值", "10分");
        assertThat(texts(rowAt(read, 22))).containsExactly("年度绩效目标(90分)", "一级指标", "二级指标", "三级指标", "指标值",
                "分值", "指标解释");
        assertThat(texts(rowAt(read, 23))).containsExactly("成本指标(0-20)分", "经济成本指标", "项目建设成本", "≤65万元", "10");
        Row wrapped = rowAt(read, 32);
        assertThat(texts(wrapped)).containsExactly("产出指标(40-50)分");
        assertThat(wrapped.lines()).containsExactly(32, 33);
    }

    @Test
    void spacedCellsAreSplitOnlyWhereTheLineClearlyIsARow() {
        assertThat(SpaceRowsReader.SpacedCells.split("执行数 65 万元 得分 10", false))
                .containsExactly("执行数", "65 万元", "得分", "10");
        assertThat(SpaceRowsReader.SpacedCells.split("产 出 指 标 数量指标", false)).containsExactly("产 出 指 标", "数量指标");
        assertThat(SpaceRowsReader.SpacedCells.split("经济效益 指标 项目收益", false)).containsExactly("经济效益 指标", "项目收益");
        assertThat(SpaceRowsReader.SpacedCells.split("项目名称  2024 年度 项目  上海市", true))
                .containsExactly("项目名称", "2024 年度 项目", "上海市");
        assertThat(SpaceRowsReader.SpacedCells.split("下达给你们， 请按时完成", false)).containsExactly("下达给你们， 请按时完成");
        assertThat(SpaceRowsReader.SpacedCells.split("大小:43.50 KB", false)).containsExactly("大小:43.50 KB");
        // issue 16: words a PDF's layout broke are one again; a unit column, a grade stay cells of their own
        assertThat(SpaceRowsReader.SpacedCells.split("设备购置成本控制数 ≤200万元 164.41万 元 5.00 5.00", false))
                .containsExactly("设备购置成本控制数", "≤200万元", "164.41万元", "5.00", "5.00");
        assertThat(SpaceRowsReader.SpacedCells.split("实施单位 浙江省科学技术情报研究 所", false))
                .containsExactly("实施单位", "浙江省科学技术情报研究所");
        assertThat(SpaceRowsReader.SpacedCells.split("半年(程)指标 值 全年(程)指标值", false))
                .containsExactly("半年(程)指标值", "全年(程)指标值");
        // a lone unit after words is no broken word, nor a clear cell: the line stays whole
        assertThat(SpaceRowsReader.SpacedCells.split("受益人数 人 500", false)).containsExactly("受益人数 人 500");
        assertThat(SpaceRowsReader.SpacedCells.split("评分等级 优", false)).containsExactly("评分等级", "优");
        assertThat(SpaceRowsReader.SpacedCells.split("Dear colleagues, please", false))
                .containsExactly("Dear colleagues, please");
        assertThat(SpaceRowsReader.SpacedCells.split("《福建省财政厅 福建省水利厅关于下达》", false))
                .containsExactly("《福建省财政厅 福建省水利厅关于下达》");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw_14_ningxia-yuanzhou_2022_ocr.txt", "rw_17_hunan-lingling_2021_dept.txt",
            "rw_20_beijing-haidian_2016.txt"})
    void formsFlattenedIntoLongLinesAreReadAsFlatLines(String fragment) {
        assertThat(DETECTOR.detect(lines(fragment))).map(LayoutReader::name).contains("flat_lines");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw_09_shaanxi-chencang_2023_target.txt", "rw_12_sichuan-anju_2021_transfer.txt",
            "rw_22_hainan-shangwuting_undated_rubric.txt", "rw_23_chongqing-fengjie_2023_target.txt",
            "rw_26_yunnan-baoshan_2022.txt", "rw_32_fujian-anxi_2022_target.txt", "rw_14_ningxia-yuanzhou_2022_ocr.txt",
            "rw_17_hunan-lingling_2021_dept.txt", "rw_20_beijing-haidian_2016.txt"})
    void fragmentsCutAnywhereAreReadOrRejectedNeverAFailure(String fragment) {
        byte[] bytes = String.join("\n", lines(fragment)).getBytes(StandardCharsets.UTF_8);
        DocumentParser parser = new DocumentParser();
        for (int cut = 1; cut < bytes.length; cut += 7) {
            ParsedDocument document = parser.parse(fragment, Arrays.copyOf(bytes, cut));
            assertThat(document.rejection()).as("cut at %d", cut).satisfiesAnyOf(
                    rejection -> assertThat(rejection).isNull(),
                    rejection -> assertThat(rejection).doesNotStartWith("parser failure"));
        }
    }
}
