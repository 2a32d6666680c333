package io.jixiao.read.office;

import io.jixiao.read.binary.BinaryRowsReader;
import io.jixiao.read.binary.Deadline;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.DocumentRejectedException;
import io.jixiao.read.binary.SourceRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document (docx) in reading order: a paragraph outside the tables with text is a row of one cell (the
 * form title, the year, "金额单位：元"), each table row a row of cells.
 *
 * <ul>
 *   <li>A cell spanning n grid columns (gridSpan) is its text followed by n - 1 empty cells, so that columns line
 *       up as in the text layouts.
 *   <li>A cell continuing a vertical merge (vMerge without restart) is empty: the merged value is the top cell's.
 *   <li>A cell's paragraphs are joined by line breaks.
 * </ul>
 *
 * <p>Lines and places as {@link WordRows} numbers and names them.
 */
public final class DocxRowsReader implements BinaryRowsReader {

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public SourceRows read(byte[] bytes, DocumentLimits limits) throws DocumentRejectedException {
        DocumentLimits.guardPoi();
        Deadline deadline = limits.deadline();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            WordRows rows = new WordRows(limits);
            for (IBodyElement element : document.getBodyElements()) {
                deadline.check();
                if (element instanceof XWPFParagraph paragraph) {
                    rows.paragraph(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    readTable(table, rows, deadline);
                }
            }
            return rows.sourceRows();
        } catch (EncryptedDocumentException e) {
            throw new DocumentRejectedException("encrypted (password-protected) Word document", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException("corrupt docx document: " + e.getMessage(), e);
        }
    }

    private static void readTable(XWPFTable table, WordRows rows, Deadline deadline)
            throws DocumentRejectedException {
        rows.startTable();
        for (XWPFTableRow tableRow : table.getRows()) {
            deadline.check();
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell tableCell : tableRow.getTableCells()) {
                CTTcPr properties = tableCell.getCTTc().getTcPr();
                cells.add(continuesVerticalMerge(properties) ? "" : WordRows.cellText(
                        tableCell.getParagraphs().stream().map(XWPFParagraph::getText).toList()));
                for (int span = gridSpan(properties); span > 1; span--) {
                    cells.add("");
                }
            }
            rows.tableRow(cells);
        }
    }

    private static boolean continuesVerticalMerge(CTTcPr properties) {
        return properties != null && properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int gridSpan(CTTcPr properties) {
        return properties != null && properties.isSetGridSpan() ? Math.min(WordRows.MAX_SPAN, properties.getGridSpan().getVal().intValue()) : 1;
    }
}
