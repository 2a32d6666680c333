package io.jixiao.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.corpus.convert.DocumentConverter;
import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.read.binary.DocumentFormat;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.SourceRows;
import io.jixiao.schema.model.ParsedDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Word tables with merged cells, and the text around them, read into rows of cells. */
class TestDocxRowsReader {

    @Test
    void gridSpanAndVerticalMergesKeepTheColumnsAligned() throws Exception {
        byte[] bytes;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("项目支出绩效自评表");
            document.createParagraph();
            XWPFTable table = document.createTable(3, 3);
            XWPFTableRow first = table.getRow(0);
            first.getCell(0).setText("产出指标");
            first.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            first.getCell(1).setText("数量指标");
            first.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            first.removeCell(2);
            for (int r = 1; r < 3; r++) {
                XWPFTableRow row = table.getRow(r);
                row.getCell(0).setText("产出指标");
                row.getCell(0).getCTTc().addNewTcPr().addNewVMerge();
                row.getCell(1).setText("指标" + r);
                row.getCell(2).setText("第一段");
                row.getCell(2).addParagraph().createRun().setText("第二段");
            }
            document.createParagraph().createRun().setText("金额单位：元");
            document.write(out);
            bytes = out.toByteArray();
        }

        SourceRows rows = new DocxRowsReader().read(bytes, DocumentLimits.DEFAULT);

        assertThat(rows.rows()).extracting(row -> row.cells().stream().map(cell -> cell.text()).toList())
                .containsExactly(List.of("项目支出绩效自评表"),
                        List.of("产出指标", "数量指标", ""),
                        List.of("", "指标1", "第一段\n第二段"),
                        List.of("", "指标2", "第一段\n第二段"),
                        List.of("金额单位：元"));
        assertThat(rows.rows()).extracting(row -> rows.place(row.firstLine()))
                .containsExactly("paragraph 1", "table 1 row 1", "table 1 row 2", "table 1 row 3", "paragraph 3");
    }

    @Test
    void textOutsideTheTablesReachesTheFormHeader() throws Exception {
        byte[] docx = new DocumentConverter().convert(Samples.bytes("000_672dbaea54929c24.txt"),
                DocumentFormat.DOCX);
        List<String> paragraphs;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(text -> !text.isBlank()).toList();
            assertThat(document.getTables()).isNotEmpty().allSatisfy(table -> assertThat(table.getRows())
                    .anySatisfy(row -> assertThat(row.getTableCells()).anySatisfy(cell ->
                            assertThat(cell.getCTTc().getTcPr().isSetGridSpan()
                                    || cell.getCTTc().getTcPr().isSetVMerge()).isTrue())));
        }

        ParsedDocument parsed = new DocumentParser().parse("000.docx", docx);

        // the titles and years are paragraphs, not table cells: the forms' kind and year come from them
        assertThat(paragraphs).contains("财政项目支出绩效自评表", "(2023年度)");
        assertThat(parsed.forms()).hasSize(5).allSatisfy(form -> {
            assertThat(form.year()).isEqualTo(2023);
            assertThat(form.kind().code()).isEqualTo("project_self_evaluation");
        });
    }
}
