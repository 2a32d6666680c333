package io.jixiao.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.corpus.convert.DocumentConverter;
import io.jixiao.read.Samples;
import io.jixiao.read.binary.DocumentFormat;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.SourceRows;
import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.PageBreakJoiner;
import io.jixiao.read.layout.Row;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables rebuilt from PDFs written here with PDFBox (CJK font embedded): wrapped cells joined, page numbers dropped,
 * a table running over many pages read whole and in order.
 */
class TestPdfRowsReader {

    private final DocumentConverter converter = new DocumentConverter();
    private final PdfRowsReader reader = new PdfRowsReader(new PageBreakJoiner(LabelVocabulary::isAnchor));

    private static Row row(String... cells) {
        List<Cell> list = new ArrayList<>();
        for (String cell : cells) {
            list.add(new Cell(cell, 1));
        }
        return new Row(list, List.of(1));
    }

    private static List<List<String>> texts(SourceRows rows) {
        return rows.rows().stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void aWrappedCellIsJoinedAndItsNeighboursStayInTheirColumns() throws Exception {
        String goal = "持续建立可靠、高准确度、高稳定度的时间尺度，开展守时技术研究，保持2023年本地原子时标与国家基准时间偏差在"
                + "±15ns以内；支撑上海科研机构 and 高校开展基础前沿科学研究。全年完成 time transfer 测试 120 次。";
        // columns are known from the cells that start in them: the header row fills all ten
        List<Row> rows = List.of(
                row("一", "二", "三", "四", "五", "六", "七", "八", "九", "十"),
                row("项目名称", "时频实验室运维经费", "实施单位", "上海市计量测试技术研究院", "", "", "", "", "", ""),
                row("年度目标", goal, "", "", "分值", "10.00", "", "", "", ""));

        byte[] pdf = converter.write(rows, DocumentFormat.PDF);
        SourceRows read = reader.read(pdf, DocumentLimits.DEFAULT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.lines().filter(line -> line.contains("稳定度") || line.contains("时间尺度"))
                    .count()).as("the goal is wrapped over several lines").isPositive();
            assertThat(text).doesNotContain(goal);
        }
        assertThat(texts(read)).containsExactly(
                List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十"),
                List.of("项目名称", "时频实验室运维经费", "实施单位", "上海市计量测试技术研究院"),
                List.of("年度目标", goal, "", "", "分值", "10.00"));
        assertThat(read.rows().get(2).lines()).as("the wrapped row's lines").hasSizeGreaterThan(2);
        // 时频实验室运维经费 is one character wider than its column: the row takes lines 2 and 3
        assertThat(read.rows().get(1).lines()).containsExactly(1002, 1003);
        assertThat(read.rows()).extracting(r -> read.place(r.firstLine()))
                .containsExactly("page 1 line 1", "page 1 line 2", "page 1 line 4");
    }

    @Test
    void aTableOverManyPagesIsReadWholeInOrderWithoutPageNumbers() throws Exception {
        List<Row> rows = new ArrayList<>();
        rows.add(row("三级指标", "年度指标值", "实际完成值", "分值", "得分"));
        for (int i = 1; i <= 150; i++) {
            rows.add(row("第" + i + "项指标", "≥" + i + "家", (i + 1) + "家", "1.00", "1.00"));
        }

        byte[] pdf = converter.write(rows, DocumentFormat.PDF);
        SourceRows read = reader.read(pdf, DocumentLimits.DEFAULT);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            text = new PDFTextStripper().getText(document);
        }
        // the footers are in the text layer, "-1-" on odd pages and "— 2 —" on even ones
        assertThat(text).contains("-1-", "— 2 —", "-3-");
        assertThat(texts(read)).hasSize(151).containsExactlyElementsOf(
                rows.stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList());
        assertThat(read.rows()).extracting(row -> row.firstLine() / PdfRowsReader.PAGE_STRIDE)
                .as("pages of the rows").isSorted().contains(1, 4);
    }

    /**
     * The page-split row of sample 003 (lines 25-27 of the text): "社会效益" on one page, "指标" and the rest of the
     * unit "次)" on the next. Written so that the fragments are the first row of page 2, they are joined back.
     */
    @Test
    void aRowSplitByAPageBreakIsJoined() throws Exception {
        List<Row> rows = new ArrayList<>();
        rows.add(row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"));
        for (int i = 1; i <= 60; i++) {
            rows.add(row("产出指标", "数量指标", "第" + i + "项指标", "≥" + i + "家", i + "家", "1.00", "1.00"));
        }
        SourceRows plain = reader.read(converter.write(rows, DocumentFormat.PDF), DocumentLimits.DEFAULT);
        int firstOnPage2 = 0;
        while (plain.rows().get(firstOnPage2).firstLine() < 2 * PdfRowsReader.PAGE_STRIDE) {
            firstOnPage2++;
        }
        // the last row of page 1 becomes the split row, its fragments the first row of page 2
        int last = firstOnPage2 - 1;
        List<Row> split = new ArrayList<>(rows.subList(0, last));
        split.add(row("效益指标", "社会效益", "服务人次", "≥3.00(万人)", "4.00(万人)", "10.00", "10.00"));
        split.add(row("", "指标", "", "次)", "次)", "", ""));
        split.addAll(rows.subList(last, rows.size()));

        SourceRows read = reader.read(converter.write(split, DocumentFormat.PDF), DocumentLimits.DEFAULT);

        assertThat(read.rows()).hasSize(rows.size() + 1);
        Row joined = read.rows().get(last);
        assertThat(joined.cells()).extracting(Cell::text)
                .containsExactly("效益指标", "社会效益指标", "服务人次", "≥3.00(万人次)", "4.00(万人次)", "10.00", "10.00");
        assertThat(joined.lines()).extracting(line -> line / PdfRowsReader.PAGE_STRIDE).containsExactly(1, 2);
    }

    @Test
    void theSamplesPdfHasNoPageNumberRowsAndNoTextLost() throws Exception {
        String sample = "001_8565ebd750e095f3.txt";
        byte[] pdf = converter.convert(Samples.bytes(sample), DocumentFormat.PDF);

        SourceRows read = reader.read(pdf, DocumentLimits.DEFAULT);

        List<String> cells = read.rows().stream().flatMap(row -> row.nonEmptyTexts().stream()).toList();
        List<String> textCells = converter.rows(Samples.bytes(sample)).stream()
                .flatMap(row -> row.nonEmptyTexts().stream()).toList();
        assertThat(cells).noneMatch(PageNumbers::isPageNumber).containsExactlyElementsOf(textCells);
    }

    /**
     * A real form's check boxes (rw_13, 湖北黄石: "1、持续性项目 ☑ 2、新增性项目 □"): WenQuanYi Micro Hei has no ☑, which
     * is written in DejaVu Sans; every cell is read back as the text has it.
     */
    @Test
    void aRealFormsCheckBoxesAreWrittenAndReadBack() throws Exception {
        byte[] text = Files.readAllBytes(Samples.dataDir().resolve("realworld/rw_13_hubei-huangshi_2022.txt"));
        List<String> textCells = converter.rows(text).stream().flatMap(row -> row.nonEmptyTexts().stream()).toList();
        assertThat(String.join("", textCells)).as("the fragment's check boxes").contains("☑", "□");

        SourceRows read = reader.read(converter.convert(text, DocumentFormat.PDF), DocumentLimits.DEFAULT);

        assertThat(read.rows().stream().flatMap(row -> row.nonEmptyTexts().stream()).toList())
                .containsExactlyElementsOf(textCells);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1-", "- 12 -", "— 2 —", "—3—", "－4－", "第 5 页", "第6页 共12页", "7 / 12"})
    void pageNumbersAreRecognised(String line) {
        assertThat(PageNumbers.isPageNumber(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "100.00", "-5", "≥90%", "第一季度", "2023-12-31", "1-2月"})
    void cellsAreNotPageNumbers(String cell) {
        assertThat(PageNumbers.isPageNumber(cell)).isFalse();
    }

    @Test
    void glyphsOverprintedForBoldAreReadOnceAndCellGapsSplitALine() {
        float size = 10;
        List<Glyph> glyphs = List.of(
                new Glyph(100, 50, size, size, "项"), new Glyph(100.5f, 50, size, size, "项"),
                new Glyph(110, 50, size, size, "目"), new Glyph(110.5f, 50.2f, size, size, "目"),
                new Glyph(120, 50, 3, size, " "), new Glyph(123, 50, size, size, "名"),
                new Glyph(150, 50.5f, size, size, "值"));

        List<TextLine> lines = PageLines.of(glyphs, 1001);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(1001);
            assertThat(line.chunks()).extracting(TextLine.Chunk::text).containsExactly("项目 名", "值");
        });
    }
}
