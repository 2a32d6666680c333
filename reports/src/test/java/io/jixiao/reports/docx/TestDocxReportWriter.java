package io.jixiao.reports.docx;

import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.RenderedChart;
import io.jixiao.reports.html.FullTableCommands;
import io.jixiao.reports.html.ReportBuilder;
import io.jixiao.reports.html.ReportContent;
import io.jixiao.reports.html.ReportData;
import io.jixiao.reports.html.ReportMessages;
import io.jixiao.reports.html.ReportSection;
import io.jixiao.reports.html.ReportTable;
import io.jixiao.reports.html.TableExcerpt;
import io.jixiao.reports.metrics.MetricFilters;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The Word report of the sample warehouse, read back with POI. */
class TestDocxReportWriter {
    private static ReportContent chinese;
    private static XWPFDocument document;

    @BeforeAll
    static void write(@TempDir Path dir) throws IOException {
        chinese = SampleDocxContent.report(Lang.ZH, 50);
        document = open(new DocxReportWriter().write(chinese, dir));
    }

    @Test
    void writesReportDocxSetOnA4WithTheTitleFirst(@TempDir Path dir) {
        assertThat(new DocxReportWriter().write(chinese, dir)).isEqualTo(dir.resolve("report.docx")).isRegularFile();
        CTSectPr page = pagesOf(document.getBodyElements().get(0));
        assertThat(page.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
        assertThat(page.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(page.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        XWPFParagraph first = document.getParagraphs().get(0);
        assertThat(first.getStyle()).isEqualTo("Title");
        assertThat(first.getText()).isEqualTo("预算绩效分析报告");
        assertThat(document.getParagraphs().get(1).getText())
                .isEqualTo("生成日期：2026-11-21\n年度：2020, 2023, 2024\n筛选条件：无");
        assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("预算绩效分析报告");
        assertThat(texts("Warning")).as("real data, no warning").isEmpty();
    }

    @Test
    void chaptersAreNumberedWordHeadingsInTheOrderOfTheContent() {
        List<String> expected = new ArrayList<>();
        if (!chinese.headlines().isEmpty()) {
            expected.add("要点");
        }
        expected.add("主要数据");
        chinese.sections().forEach(section -> expected.add(section.title()));
        expected.addAll(List.of("未达成指标及偏差原因", "数据质量问题"));
        List<String> numerals = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

        List<String> headings = texts("Heading1");
        assertThat(headings).hasSize(expected.size());
        for (int i = 0; i < headings.size(); i++) {
            assertThat(headings.get(i)).isEqualTo(numerals.get(i) + "、" + expected.get(i));
        }
        var style = document.getStyles().getStyle("Heading1");
        assertThat(style.getName()).isEqualTo("heading 1");
        assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
    }

    @Test
    void figuresAreNumberedBelowTheirChartAndTablesAboveTheirTable() {
        List<RenderedChart> charts = new ArrayList<>();
        List<String> tables = new ArrayList<>(List.of("主要数据"));
        chinese.sections().forEach(section -> {
            charts.addAll(section.charts());
            section.tables().forEach(table -> tables.add(table.caption()));
        });
        charts.addAll(chinese.dataQualityCharts());
        tables.addAll(List.of("未达成指标及偏差原因", "数据质量问题"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(5);

        List<String> figureCaptions = new ArrayList<>();
        List<String> tableCaptions = new ArrayList<>();
        List<IBodyElement> body = document.getBodyElements();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph caption && "Caption".equals(caption.getStyle())) {
                if (caption.getText().startsWith("图")) {
                    figureCaptions.add(caption.getText());
                    assertThat(pictures(body.get(i - 1))).as("the chart above " + caption.getText()).hasSize(1);
                } else {
                    tableCaptions.add(caption.getText());
                    assertThat(body.get(i + 1)).as("the table below " + caption.getText())
                            .isInstanceOf(XWPFTable.class);
                }
                assertThat(instructions(caption)).singleElement().asString().matches(" SEQ [图表] \\\\\\* ARABIC ");
            }
        }
        assertThat(figureCaptions).hasSize(charts.size());
        for (int i = 0; i < charts.size(); i++) {
            assertThat(figureCaptions.get(i)).isEqualTo("图" + (i + 1) + " " + charts.get(i).title());
        }
        assertThat(tableCaptions).hasSize(tables.size());
        for (int i = 0; i < tables.size(); i++) {
            assertThat(tableCaptions.get(i)).isEqualTo("表" + (i + 1) + " " + tables.get(i));
        }
        assertThat(document.getTables()).hasSize(tables.size());
    }

    @Test
    void chartsAreEmbeddedAtTheTextWidthAndKeepTheirShape() {
        List<RenderedChart> charts = new ArrayList<>();
        chinese.sections().forEach(section -> charts.addAll(section.charts()));
        charts.addAll(chinese.dataQualityCharts());
        List<XWPFPicture> pictures = document.getParagraphs().stream().flatMap(p -> pictures(p).stream()).toList();

        assertThat(pictures).hasSize(charts.size());
        double textWidth = (11906 - 1588 - 1474) * (double) Units.EMU_PER_DXA;
        for (int i = 0; i < charts.size(); i++) {
            RenderedChart chart = charts.get(i);
            XWPFPicture picture = pictures.get(i);
            assertThat(picture.getPictureData().getData()).isEqualTo(chart.png());
            assertThat(picture.getDescription()).isEqualTo(chart.title());
            double width = picture.getCTPicture().getSpPr().getXfrm().getExt().getCx();
            double height = picture.getCTPicture().getSpPr().getXfrm().getExt().getCy();
            assertThat(width).as(chart.name()).isLessThanOrEqualTo(textWidth + 1);
            assertThat(height / width).as(chart.name()).isCloseTo((double) chart.height() / chart.width(),
                    within(0.005));
        }
        assertThat(pictures).as("most charts are wider than tall: at the text width")
                .anyMatch(p -> Math.abs(p.getCTPicture().getSpPr().getXfrm().getExt().getCx() - textWidth) < 2);
    }

    @Test
    void tablesHaveThreeRulesAndNoVerticalOnes() {
        assertThat(document.getTables()).isNotEmpty();
        for (XWPFTable table : document.getTables()) {
            assertThat(table.getTopBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(table.getTopBorderSize()).isEqualTo(12);
            assertThat(table.getBottomBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(table.getBottomBorderSize()).isEqualTo(12);
            assertThat(List.of(table.getLeftBorderType(), table.getRightBorderType(), table.getInsideVBorderType(),
                    table.getInsideHBorderType())).containsOnly(XWPFBorderType.NIL);
            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            for (XWPFTableCell cell : header.getTableCells()) {
                CTBorder rule = cell.getCTTc().getTcPr().getTcBorders().getBottom();
                assertThat(rule.getVal()).isEqualTo(STBorder.SINGLE);
                assertThat(rule.getSz()).isEqualTo(BigInteger.valueOf(6));
                assertThat(cell.getCTTc().getTcPr().getTcBorders().isSetLeft()).isFalse();
            }
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                assertThat(row.isCantSplitRow()).isTrue();
                for (XWPFTableCell cell : row.getTableCells()) {
                    assertThat(cell.getCTTc().getTcPr().isSetTcBorders()).isFalse();
                }
            }
        }
    }

    /** The findings' nine columns would wrap to many lines on a portrait page; the execution table fits one. */
    @Test
    void aTableTooWideForAPortraitPageGoesOnALandscapeOneAndEachPageIsNumbered() {
        ReportMessages messages = new ReportMessages(Lang.ZH);
        XWPFTable findings = table("数据质量问题");
        XWPFTable rates = table(messages.get("table.rates"));

        CTSectPr wide = pagesOf(findings);
        assertThat(wide.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        assertThat(wide.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(gridWidth(findings)).isEqualTo(16838 - 1588 - 1474);
        assertThat(pagesOf(rates).getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(gridWidth(rates)).isEqualTo(11906 - 1588 - 1474);

        List<CTSectPr> sections = new ArrayList<>();
        document.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .forEach(p -> sections.add(p.getCTP().getPPr().getSectPr()));
        sections.add(document.getDocument().getBody().getSectPr());
        assertThat(sections).hasSizeGreaterThan(1).allSatisfy(section -> {
            assertThat(section.getFooterReferenceList()).hasSize(1);
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1588));
        });
        assertThat(document.getFooterList()).singleElement().extracting(footer -> footer.getText().strip())
                .isEqualTo("— 1 —");
    }

    @Test
    void figuresAreRightAlignedAndTextLeftAligned() {
        ReportMessages messages = new ReportMessages(Lang.ZH);
        XWPFTable keyFigures = document.getTables().get(0);
        assertThat(column(keyFigures, 1)).isNotEmpty().allSatisfy(cell -> assertThat(alignment(cell))
                .isEqualTo(ParagraphAlignment.RIGHT));
        assertThat(column(keyFigures, 0)).allSatisfy(cell -> assertThat(alignment(cell))
                .isEqualTo(ParagraphAlignment.LEFT));

        XWPFTable rates = table(messages.get("table.rates"));
        List<String> headers = rates.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
        List<XWPFTableCell> budgets = column(rates, headers.indexOf(messages.get("col.budget")));
        assertThat(budgets).extracting(XWPFTableCell::getText).contains("1,164.03");
        assertThat(budgets).allSatisfy(cell -> assertThat(alignment(cell)).isEqualTo(ParagraphAlignment.RIGHT));
        assertThat(column(rates, headers.indexOf(messages.get("unit"))))
                .allSatisfy(cell -> assertThat(alignment(cell)).isEqualTo(ParagraphAlignment.LEFT));

        XWPFTable shortfalls = table("未达成指标及偏差原因");
        int target = shortfalls.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList()
                .indexOf(messages.get("target"));
        assertThat(column(shortfalls, target)).as("targets such as ≥80% are text")
                .allSatisfy(cell -> assertThat(alignment(cell)).isEqualTo(ParagraphAlignment.LEFT));
    }

    @Test
    void leavesOutProjectLeadsAndPhoneNumbersAndKeepsMarkupAsText(@TempDir Path dir) throws IOException {
        String xml = allParts(new DocxReportWriter().write(chinese, dir));

        assertThat(xml).doesNotContain(SampleDocxContent.PERSON).doesNotContain(SampleDocxContent.PHONE)
                .contains("客户需求减少").contains("实际完成值无法与指标值比较").doesNotContain("\u0001");
        assertThat(xml).doesNotContain("<w:p>计量").contains("&lt;w:p>计量监督管理业务经费&lt;/w:p>");
        assertThat(table("未达成指标及偏差原因").getRows().stream().flatMap(row -> row.getTableCells().stream())
                .map(XWPFTableCell::getText)).contains(SampleDocxContent.MARKUP_PROJECT);
    }

    @Test
    void aCutTableSaysSoAndGivesTheCommandThatPrintsItWhole(@TempDir Path dir) throws IOException {
        ReportContent cut = SampleDocxContent.report(Lang.ZH, 1);
        XWPFDocument docx = open(new DocxReportWriter().write(cut, dir));
        List<TableExcerpt<?>> excerpts = new ArrayList<>();
        cut.sections().forEach(section -> section.tables().forEach(table -> excerpts.add(table.excerpt())));
        excerpts.addAll(List.of(cut.shortfalls(), cut.dataQuality()));
        List<TableExcerpt<?>> cuts = excerpts.stream().filter(TableExcerpt::cut).toList();
        assertThat(cuts).hasSizeGreaterThanOrEqualTo(2);

        List<String> notes = docx.getParagraphs().stream().filter(p -> "Note".equals(p.getStyle()))
                .map(XWPFParagraph::getText).filter(text -> text.startsWith("显示")).toList();
        List<String> commands = docx.getParagraphs().stream().filter(p -> "Command".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertThat(notes).hasSize(cuts.size());
        for (int i = 0; i < cuts.size(); i++) {
            assertThat(notes.get(i)).startsWith("显示 1 行（共 " + cuts.get(i).total() + " 行）")
                    .endsWith("完整表格：");
            assertThat(commands.get(i)).isEqualTo(cuts.get(i).fullTableCommand()).startsWith("jixiao ");
        }
    }

    @Test
    void followsTheLanguageOfTheContent(@TempDir Path dir) throws IOException {
        ReportContent english = SampleDocxContent.report(Lang.EN, 50);
        XWPFDocument docx = open(new DocxReportWriter().write(english, dir));

        assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("Budget performance report");
        int first = english.headlines().isEmpty() ? 1 : 2;
        assertThat(texts(docx, "Heading1")).containsSequence(first + ". Key figures",
                        (first + 1) + ". " + english.sections().get(0).title())
                .endsWith((english.sections().size() + first + 2) + ". Data-quality findings");
        List<String> captions = texts(docx, "Caption");
        assertThat(captions).contains("Table 1. Key figures",
                "Figure 1. " + english.sections().get(0).charts().get(0).title());
        assertThat(captions).noneMatch(caption -> caption.contains("图") || caption.startsWith("表"));
    }

    @Test
    void aSyntheticReportAndOneOverNoDataSaySoAtTheTop(@TempDir Path dir) throws IOException {
        ReportData nothing = new ReportData("单位：不存在的单位", List.of(), true, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        ReportContent empty = new ReportBuilder(Lang.ZH, 8, 50, new FullTableCommands("warehouse",
                MetricFilters.NONE)).build(nothing, SampleDocxContent.GENERATED);
        XWPFDocument docx = open(new DocxReportWriter().write(empty, dir));

        assertThat(texts(docx, "Warning")).containsExactly(new ReportMessages(Lang.ZH).get("synthetic"),
                new ReportMessages(Lang.ZH).get("noData"));
        assertThat(docx.getParagraphs().get(1).getText()).endsWith("筛选条件：单位：不存在的单位");
        assertThat(docx.getAllPictures()).isEmpty();
        long sectionsWithout = empty.sections().stream().filter(s -> s.charts().isEmpty() && s.tables().isEmpty())
                .count();
        assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText).filter("无数据。"::equals))
                .hasSize((int) sectionsWithout + 2);
    }

    /** Issue 15's rule for the HTML report holds for the Word one: only an earlier report's file is replaced. */
    @Test
    void replacesAnEarlierReportButNoOneElsesFile(@TempDir Path dir) throws IOException {
        Path earlier = new DocxReportWriter().write(chinese, dir);
        Files.setLastModifiedTime(earlier, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(new DocxReportWriter().write(chinese, dir)).isEqualTo(earlier);
        assertThat(Files.getLastModifiedTime(earlier).toMillis()).isPositive();

        Path someones = Files.createDirectories(dir.resolve("someone")).resolve("report.docx");
        try (XWPFDocument theirs = new XWPFDocument(); var out = Files.newOutputStream(someones)) {
            theirs.createParagraph().createRun().setText("我的报告");
            theirs.write(out);
        }
        byte[] theirBytes = Files.readAllBytes(someones);
        assertThatThrownBy(() -> new DocxReportWriter().write(chinese, someones.getParent()))
                .hasMessage(someones + " exists and is not from an earlier report; the report was not written "
                        + "(give --out a new or empty folder, or one an earlier report wrote)");
        assertThat(someones).hasBinaryContent(theirBytes);

        Path text = Files.writeString(Files.createDirectories(dir.resolve("text")).resolve("report.docx"), "notes");
        assertThatThrownBy(() -> new DocxReportWriter().write(chinese, text.getParent()))
                .hasMessageContaining(text + " exists and is not from an earlier report");
        assertThat(text).hasContent("notes");

        Path linked = Files.createDirectories(dir.resolve("linked")).resolve("report.docx");
        Files.createSymbolicLink(linked, earlier);
        assertThatThrownBy(() -> new DocxReportWriter().requireReplaceable(linked.getParent()))
                .hasMessageContaining(linked + " is a link");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).noneMatch(file -> file.getFileName().toString().endsWith(".next"));
        }
    }

    private static XWPFDocument open(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> texts(String style) {
        return texts(document, style);
    }

    private static List<String> texts(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    private static List<XWPFPicture> pictures(IBodyElement element) {
        if (!(element instanceof XWPFParagraph paragraph)) {
            return List.of();
        }
        return paragraph.getRuns().stream().flatMap(run -> run.getEmbeddedPictures().stream()).toList();
    }

    private static List<String> instructions(XWPFParagraph paragraph) {
        return paragraph.getRuns().stream().map(XWPFRun::getCTR).flatMap(run -> run.getInstrTextList().stream())
                .map(text -> text.getStringValue()).toList();
    }

    private static XWPFTable table(String caption) {
        List<IBodyElement> body = document.getBodyElements();
        for (int i = 0; i < body.size() - 1; i++) {
            if (body.get(i) instanceof XWPFParagraph p && "Caption".equals(p.getStyle())
                    && p.getText().endsWith(" " + caption)) {
                return (XWPFTable) body.get(i + 1);
            }
        }
        throw new AssertionError("no table captioned " + caption);
    }

    /** The section a body element is in: the next section break after it, or the document's last section. */
    private static CTSectPr pagesOf(IBodyElement element) {
        List<IBodyElement> body = document.getBodyElements();
        for (IBodyElement next : body.subList(body.indexOf(element), body.size())) {
            if (next instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                return p.getCTP().getPPr().getSectPr();
            }
        }
        return document.getDocument().getBody().getSectPr();
    }

    private static int gridWidth(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream()
                .mapToInt(column -> ((BigInteger) column.getW()).intValue()).sum();
    }

    private static List<XWPFTableCell> column(XWPFTable table, int column) {
        assertThat(column).isNotNegative();
        return table.getRows().subList(1, table.getRows().size()).stream().map(row -> row.getCell(column)).toList();
    }

    private static ParagraphAlignment alignment(XWPFTableCell cell) {
        return cell.getParagraphs().get(0).getAlignment();
    }

    /** Every part of the package as text: document, styles, properties, footers. */
    private static String allParts(Path docx) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().toLowerCase(Locale.ROOT).endsWith(".png")) {
                    zip.transferTo(all);
                }
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
