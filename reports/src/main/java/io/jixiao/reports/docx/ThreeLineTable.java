package io.jixiao.reports.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import java.math.BigInteger;
import java.util.List;

/**
 * A three-line table (三线表), as Chinese reports and journals set them: a thick rule above and below the table, a
 * thin one under the header, no vertical rules. The header row repeats on each page a long table runs over, and no
 * row is split between pages.
 */
final class ThreeLineTable {
    static final String TEXT_STYLE = "TableText";
    static final String HEADER_STYLE = "TableHeading";
    /** Rule widths in eighths of a point: 1½ pt outside, ¾ pt under the header. */
    static final int THICK = 12;
    static final int THIN = 6;
    private static final String BLACK = "000000";
    /** Space left and right of a cell's text, in twips (about 1.4 mm). */
    static final int CELL_MARGIN = 80;

    private ThreeLineTable() {
    }

    static XWPFTable add(XWPFDocument document, List<String> columns, List<List<String>> rows, ColumnLayout layout) {
        XWPFTable table = document.createTable(1 + rows.size(), columns.size());
        int width = layout.widths().stream().mapToInt(Integer::intValue).sum();
        table.setWidth(String.valueOf(width));
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        table.setTopBorder(XWPFBorderType.SINGLE, THICK, 0, BLACK);
        table.setBottomBorder(XWPFBorderType.SINGLE, THICK, 0, BLACK);
        table.setLeftBorder(XWPFBorderType.NIL, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NIL, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NIL, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NIL, 0, 0, "auto");
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        layout.widths().forEach(column -> grid.addNewGridCol().setW(BigInteger.valueOf(column)));

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int column = 0; column < columns.size(); column++) {
            XWPFTableCell cell = fill(header.getCell(column), HEADER_STYLE, columns.get(column), layout, column);
            CTTcPr cellProperties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTBorder rule = cellProperties.addNewTcBorders().addNewBottom();
            rule.setVal(STBorder.SINGLE);
            rule.setSz(BigInteger.valueOf(THIN));
            rule.setSpace(BigInteger.ZERO);
            rule.setColor(BLACK);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int column = 0; column < columns.size(); column++) {
                fill(row.getCell(column), TEXT_STYLE, rows.get(r).get(column), layout, column);
            }
        }
        return table;
    }

    private static XWPFTableCell fill(XWPFTableCell cell, String style, String text, ColumnLayout layout, int column) {
        cell.setWidth(String.valueOf(layout.widths().get(column)));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setStyle(style);
        ParagraphAlignment alignment = layout.alignments().get(column);
        paragraph.setAlignment(alignment);
        Runs.text(paragraph, text);
        return cell;
    }
}
