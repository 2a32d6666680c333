package io.jixiao.read.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.schema.model.ParsedDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The layout readers on the real samples (tab rows, one cell per line) and on pipe-layout conversions of them. */
class TestLayoutReaders {

    private static final PageBreakJoiner JOINER = new PageBreakJoiner(LabelVocabulary::isAnchor);

    private static String sample(String name) {
        return Samples.text(name);
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    private static Row rowAt(RowsRead read, int line) {
        return read.rows().stream().filter(row -> row.firstLine() == line).findFirst().orElseThrow();
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    @Test
    void tabRowsKeepEmptyCellsAndLineNumbers() {
        RowsRead read = new TabRowsReader(JOINER).read(lines(sample("000_672dbaea54929c24.txt")));
        Row row = rowAt(read, 71);
        assertThat(texts(row)).containsExactly("", "医用诊断X射线非介入式管电压表校准装置校准电压表数量", "", "400台", "400台",
                "5.00", "5.00", "", "");
        assertThat(row.lines()).containsExactly(71);
        assertThat(texts(rowAt(read, 3))).containsExactly("财政项目支出绩效自评表");
    }

    @Test
    void tabRowSplitByPageBreakIsMergedCellByCell() {
        RowsRead read = new TabRowsReader(JOINER).read(lines(sample("003_c12283996fba6272.txt")));
        Row split = rowAt(read, 25);
        assertThat(texts(split)).containsExactly("效益指标", "社会效益指标", "媒体报道累计阅读量", "≥3.00(万人次)",
                "4.00(万人次)", "5.00", "5.00", "");
        assertThat(split.lines()).containsExactly(25, 27);
        assertThat(read.rows()).noneMatch(row -> row.firstLine() == 27);

        assertThat(rowAt(read, 91).text(1)).isEqualTo("可持续影响指 标");
        assertThat(rowAt(read, 120).text(1)).isEqualTo("社会效益指标");
        Row shifted = rowAt(read, 152);
        assertThat(shifted.text(0)).isEqualTo("可持 续影响指 标");
        assertThat(shifted.text(1)).isEqualTo("长效管理制度建设");
        assertThat(shifted.lines()).containsExactly(152, 154);

        Row goal = rowAt(read, 46);
        assertThat(goal.lines()).containsExactly(46, 48);
        assertThat(goal.text(4)).endsWith("开展专题规划前期研究工作</p>，形成研究报告初稿，支撑完成了上海总体组的规划文本编制，同步为中心发展转型和机构改革前瞻研究"
                + "提供基础。围绕智能情报融合创新体系建设，推进建立智能情报采集与分析机制，形成每日科技热点与专题月报报送相关处室。为提升研发公共服务能力，"
                + "持续开展核心业务数据循证分析，完成市重点实验室建设发展成效分析、大型科学仪器设施开放共享成效分析专报交相关处室。");
    }

    @Test
    void rowsAfterABlankLineWithNumbersOrAnchorsAreNotContinuations() {
        RowsRead read = new TabRowsReader(JOINER).read(lines(sample("003_c12283996fba6272.txt")));
        assertThat(rowAt(read, 176).text(2)).isEqualTo("业务宽带专线");
        assertThat(rowAt(read, 174).lines()).containsExactly(174);
        assertThat(rowAt(read, 34).text(0)).isEqualTo("财政项目支出绩效自评表");
    }

    @Test
    void cellPerLineJoinsBrokenLabelsAndSplitHeaderRows() {
        RowsRead read = new CellPerLineReader(JOINER, CellPerLineReader.Marker.LEADING_TAB)
                .read(lines(sample("002_13d1e6413ad98fbc.txt")));
        assertThat(texts(rowAt(read, 5))).containsExactly("项目名称", "成本性支出");
        assertThat(texts(rowAt(read, 40))).containsExactly("", "上年结转资金", "", "", "", "—", "", "—");
        Row header = rowAt(read, 66);
        assertThat(texts(header)).containsExactly("绩              效    指    标", "一级指标", "二级指标", "三级指标",
                "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        assertThat(header.lines()).contains(66, 74, 76, 84);
        Row broken = rowAt(read, 366);
        assertThat(broken.text(2)).isEqualTo("社会效益指标");
        assertThat(broken.text(3)).isEqualTo("新技术应用率（%）");
        assertThat(texts(rowAt(read, 413)).get(0)).isEqualTo("附件1：");
        Row goals = rowAt(read, 489);
        assertThat(goals.text(1)).contains("拓宽计量器具检定范围；\n目标2：保障计量准确度").endsWith("合法权益。");
    }

    @Test
    void detectorPicksTheLayoutFromTheText() {
        LayoutDetector detector = new LayoutDetector(JOINER);
        assertThat(detector.detect(lines(sample("000_672dbaea54929c24.txt"))).orElseThrow().name()).isEqualTo("tab_rows");
        assertThat(detector.detect(lines(sample("001_8565ebd750e095f3.txt"))).orElseThrow().name()).isEqualTo("tab_rows");
        assertThat(detector.detect(lines(sample("002_13d1e6413ad98fbc.txt"))).orElseThrow().name())
                .isEqualTo("cell_per_line");
        assertThat(detector.detect(lines(toPipeRows(sample("003_c12283996fba6272.txt"), "&nbsp;"))).orElseThrow()
                .name()).isEqualTo("pipe_rows");
        assertThat(detector.detect(lines(toPipeCells(sample("002_13d1e6413ad98fbc.txt")))).orElseThrow().name())
                .isEqualTo("pipe_cell_per_line");
        assertThat(detector.detect(List.of("just", "some words"))).isEmpty();
    }

    @Test
    void pipeRowsReadMarkdownRowsSeparatorsAndNonBreakingSpaces() {
        String text = "| 项目名称 | 服务 |&nbsp;|\n|---|:---:|---|\n 主管部门 |\u00A0| 上海市科学技术委员会\n";
        RowsRead read = new PipeRowsReader(JOINER).read(lines(text));
        assertThat(read.rows()).hasSize(2);
        assertThat(texts(read.rows().get(0))).containsExactly("项目名称", "服务", "");
        assertThat(texts(read.rows().get(1))).containsExactly("主管部门", "", "上海市科学技术委员会");
        assertThat(read.rows().get(1).firstLine()).isEqualTo(3);
        assertThat(read.layoutLines()).containsExactly(2);
    }

    @ParameterizedTest
    @CsvSource({"000_672dbaea54929c24.txt, &nbsp;", "001_8565ebd750e095f3.txt, \u00A0", "003_c12283996fba6272.txt, ''"})
    void samplesConvertedToPipeRowsReadLikeTheOriginals(String name, String blank) {
        String original = sample(name);
        DocumentParser parser = new DocumentParser();
        ParsedDocument tabs = parser.parse(name, original.getBytes(StandardCharsets.UTF_8));
        ParsedDocument pipes = parser.parse(name, toPipeRows(original, blank).getBytes(StandardCharsets.UTF_8));

        assertThat(pipes.layout()).isEqualTo("pipe_rows");
        assertThat(pipes.forms()).usingRecursiveFieldByFieldElementComparator().isEqualTo(tabs.forms());
        assertThat(pipes.problems()).isEqualTo(tabs.problems());
    }

    @Test
    void cellPerLineSampleConvertedToTrailingPipesReadsLikeTheOriginal() {
        String original = sample("002_13d1e6413ad98fbc.txt");
        DocumentParser parser = new DocumentParser();
        ParsedDocument tabs = parser.parse("002", original.getBytes(StandardCharsets.UTF_8));
        ParsedDocument pipes = parser.parse("002", toPipeCells(original).getBytes(StandardCharsets.UTF_8));

        assertThat(pipes.layout()).isEqualTo("pipe_cell_per_line");
        assertThat(pipes.forms()).usingRecursiveFieldByFieldElementComparator().isEqualTo(tabs.forms());
    }

    @Test
    void pageBreakJoinClosesSplitParenthesesAndKeepsARepeatedCharacterOnce() {
        assertThat(PageBreakJoiner.join("≥3.00(万人)", "次)")).isEqualTo("≥3.00(万人次)");
        assertThat(PageBreakJoiner.join("可持续影响", "响指 标")).isEqualTo("可持续影响指 标");
        assertThat(PageBreakJoiner.join("效益", "指标")).isEqualTo("效益指标");
        assertThat(PageBreakJoiner.join("2.00(个)", "(次)")).isEqualTo("2.00(个)(次)");
    }

    /** Tab rows written as markdown-like pipe rows, empty cells as {@code blank}; the first blank line a separator. */
    static String toPipeRows(String text, String blank) {
        List<String> out = new ArrayList<>();
        boolean separatorWritten = false;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                out.add(separatorWritten || out.isEmpty() ? line : "|---|---|");
                separatorWritten = separatorWritten || !out.isEmpty() && out.get(out.size() - 1).startsWith("|---");
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(cell.isEmpty() ? blank : cell);
            }
            out.add("| " + String.join(" | ", cells) + " |");
        }
        return String.join("\n", out);
    }

    /** One cell per line marked by a trailing pipe instead of a leading tab; empty cells as non-breaking spaces. */
    static String toPipeCells(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t")) {
                String cell = line.substring(1);
                out.add((cell.isEmpty() ? "\u00A0" : cell) + "|");
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    @Test
    void pageMarkersAreLayoutLinesAndBreakThePageLikeABlankLine() {
        assertThat(List.of("-1-", " — 2 — ", "－3－", "第1页 共3页", "第2页 / 共28页", "第 4 页", "共3页 第2页"))
                .allMatch(PageMarkers::isMarker);
        assertThat(List.of("1", "-1", "—", "- 1", "第1页 共3页 附件", "服务贸易项目绩效自评表.docx_第1页", ""))
                .noneMatch(PageMarkers::isMarker);

        String text = "财政项目支出绩效自评表\n项目名称\t服务\n- 2 -\n主管部门\t上海市科学技术委员会\n";
        RowsRead read = new LayoutDetector(JOINER).detect(lines(text)).orElseThrow().read(lines(text));
        assertThat(read.rows()).extracting(Row::firstLine).containsExactly(1, 2, 4);
        assertThat(read.layoutLines()).containsExactly(3);
    }

    @Test
    void textInNoShapeIsStillRejected() {
        LayoutDetector detector = new LayoutDetector(JOINER);
        assertThat(detector.detect(lines("会议纪要\n\n2023年第三季度工作会议于9月12日召开。\n会议讨论了下一阶段的工作安排。\n")))
                .isEmpty();
        assertThat(detector.detect(lines("Dear colleagues,\n\nplease find\n\nthe budget\n\nattached\n\nfor\n\n"
                + "next year\n\nregards\n"))).isEmpty();
    }
}
