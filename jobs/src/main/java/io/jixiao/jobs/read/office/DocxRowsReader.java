package io.jixiao.jobs.read.office;

import io.jixiao.jobs.read.binary.BinaryRowsReader;
import io.jixiao.jobs.read.binary.Deadline;
import io.jixiao.jobs.read.binary.DocumentLimits;
import io.jixiao.jobs.read.binary.DocumentRejectedException;
import io.jixiao.jobs.read.binary.SourceRows;
import io.jixiao.jobs.read.layout.Cell;
import io.jixiao.jobs.read.layout.CellText;
import io.jixiao.jobs.read.layout.Row;
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
 * <p>Lines: rows are numbered 1, 2, 3 … in reading order, paragraphs and table rows alike; messages name the place
 * ("table 2 row 5", "paragraph 3").
 */
public final class DocxRowsReader implements BinaryRowsReader {

    /** Word tables have at most 63 columns; a larger gridSpan is a hostile file's and is cut there. */
    private static final int MAX_SPAN = 64;

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public SourceRows read(byte[] bytes, DocumentLimits limits) throws DocumentRejectedException {
        Deadline deadline = limits.deadline();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Row> rows = new ArrayList<>();
            List<String> places = new ArrayList<>();
            int paragraphs = 0;
            int tables = 0;
            for (IBodyElement element : document.getBodyElements()) {
                deadline.check();
                if (element instanceof XWPFParagraph paragraph) {
                    paragraphs++;
                    String text = CellText.clean(paragraph.getText());
                    if (!text.isEmpty()) {
                        places.add("paragraph " + paragraphs);
                        rows.add(new Row(List.of(new Cell(text, places.size())), List.of(places.size())));
                    }
                } else if (element instanceof XWPFTable table) {
                    tables++;
                    readTable(table, tables, rows, places, limits, deadline);
                }
            }
            return new SourceRows(rows, line -> line >= 1 && line <= places.size() ? places.get(line - 1)
                    : "row " + line);
        } catch (EncryptedDocumentException e) {
            throw new DocumentRejectedException("encrypted (password-protected) Word document", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException("corrupt docx document: " + e.getMessage(), e);
        }
    }

    private static void readTable(XWPFTable table, int ordinal, List<Row> rows, List<String> places,
                                  DocumentLimits limits, Deadline deadline) throws DocumentRejectedException {
        int r = 0;
        for (XWPFTableRow tableRow : table.getRows()) {
            deadline.check();
            r++;
            int line = places.size() + 1;
            List<Cell> cells = new ArrayList<>();
            boolean any = false;
            for (XWPFTableCell tableCell : tableRow.getTableCells()) {
                CTTcPr properties = tableCell.getCTTc().getTcPr();
                String text = continuesVerticalMerge(properties) ? "" : text(tableCell);
                any |= !text.isEmpty();
                cells.add(new Cell(text, line));
                for (int span = gridSpan(properties); span > 1; span--) {
                    cells.add(new Cell("", line));
                }
            }
            if (any) {
                places.add("table " + ordinal + " row " + r);
                rows.add(new Row(cells, List.of(line)));
                limits.checkRows(rows.size());
            }
        }
    }

    private static boolean continuesVerticalMerge(CTTcPr properties) {
        return properties != null && properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int gridSpan(CTTcPr properties) {
        return properties != null && properties.isSetGridSpan() ? Math.min(MAX_SPAN, properties.getGridSpan().getVal().intValue()) : 1;
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String part = CellText.clean(paragraph.getText());
            if (!part.isEmpty()) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(part);
            }
        }
        return text.toString();
    }
}
