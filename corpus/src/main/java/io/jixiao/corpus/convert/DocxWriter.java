package io.jixiao.corpus.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a grid as a Word document: single-cell rows (titles, the year) as paragraphs outside the tables, each run of
 * table rows as one table as wide as its widest row. A horizontal merge is one cell with gridSpan, a vertical merge
 * a column of cells marked vMerge restart / continue; a row narrower than its table ends in a spanning cell. Line
 * breaks inside a cell become paragraphs. The table's grid (tblGrid, which the schema requires) has columns of equal
 * width and each cell its width: without them LibreOffice lays out a spanning cell as one column wide.
 */
final class DocxWriter {

    /** The text width of an A4 page with Word's default margins, in twips. */
    private static final int TABLE_WIDTH_TWIPS = 9000;

    byte[] write(TableGrid grid) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int r = 0;
            while (r < grid.rows().size()) {
                if (grid.isSingleCell(r)) {
                    document.createParagraph().createRun().setText(grid.rows().get(r).get(0));
                    r++;
                    continue;
                }
                int end = r;
                int width = 0;
                while (end < grid.rows().size() && !grid.isSingleCell(end)) {
                    width = Math.max(width, grid.rows().get(end).size());
                    end++;
                }
                writeTable(document.createTable(), grid, r, end, width);
                r = end;
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void writeTable(XWPFTable table, TableGrid grid, int start, int end, int width) {
        int columnWidth = TABLE_WIDTH_TWIPS / width;
        CTTblGrid columns = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < width; c++) {
            columns.addNewGridCol().setW(BigInteger.valueOf(columnWidth));
        }
        for (int r = start; r < end; r++) {
            XWPFTableRow row = r == start ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() > 0) {
                row.removeCell(0);
            }
            List<String> cells = grid.rows().get(r);
            int c = 0;
            while (c < cells.size()) {
                TableGrid.Merge merge = grid.mergeAt(r, c);
                XWPFTableCell cell = row.createCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = merge == null ? 1 : merge.lastColumn() - merge.firstColumn() + 1;
                if (c + span == cells.size() && cells.size() < width) {
                    span += width - cells.size();
                }
                if (span > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                CTTblWidth cellWidth = properties.addNewTcW();
                cellWidth.setType(STTblWidth.DXA);
                cellWidth.setW(BigInteger.valueOf((long) span * columnWidth));
                if (merge != null && merge.lastRow() > merge.firstRow()) {
                    properties.addNewVMerge().setVal(r == merge.firstRow() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                boolean covered = merge != null && r > merge.firstRow();
                setText(cell, covered ? "" : cells.get(c));
                c += merge == null ? 1 : merge.lastColumn() - merge.firstColumn() + 1;
            }
        }
    }

    private static void setText(XWPFTableCell cell, String text) {
        String[] paragraphs = text.split("\n", -1);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                paragraph = cell.addParagraph();
            }
            paragraph.createRun().setText(paragraphs[i]);
        }
    }
}
