package io.jixiao.corpus.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a grid as an Excel workbook (xlsx or xls), one sheet per form as units publish them: each form title starts a
 * new sheet. Plain decimals become numeric cells formatted with their decimals as written ("230.00" is 230 shown
 * with format 0.00); merged regions are declared, and their hidden cells hold the top-left text, as some office
 * suites leave them, so that a reader must resolve the merge to read the form right.
 */
final class WorkbookWriter {

    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9]\\d{0,11})(\\.\\d{1,6})?");

    private final Supplier<Workbook> workbooks;

    WorkbookWriter(Supplier<Workbook> workbooks) {
        this.workbooks = workbooks;
    }

    byte[] write(TableGrid grid) throws IOException {
        try (Workbook workbook = workbooks.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<Integer, CellStyle> styles = new HashMap<>();
            Sheet sheet = null;
            int sheetStart = 0;
            for (int r = 0; r < grid.rows().size(); r++) {
                if (sheet == null || grid.isSingleCell(r) && isFormTitle(grid.rows().get(r).get(0))) {
                    sheet = workbook.createSheet("表" + (workbook.getNumberOfSheets() + 1));
                    sheetStart = r;
                }
                Row row = sheet.createRow(r - sheetStart);
                for (int c = 0; c < grid.rows().get(r).size(); c++) {
                    TableGrid.Merge merge = grid.mergeAt(r, c);
                    String text = merge == null ? grid.rows().get(r).get(c)
                            : grid.rows().get(merge.firstRow()).get(merge.firstColumn());
                    write(row.createCell(c), text, workbook, styles);
                    if (merge != null && merge.isTopLeft(r, c)) {
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(merge.firstRow() - sheetStart,
                                merge.lastRow() - sheetStart, merge.firstColumn(), merge.lastColumn()));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static boolean isFormTitle(String text) {
        return text.contains("绩效") && (text.endsWith("自评表") || text.endsWith("目标表"));
    }

    private static void write(Cell cell, String text, Workbook workbook, Map<Integer, CellStyle> styles) {
        if (!DECIMAL.matcher(text).matches()) {
            cell.setCellValue(text);
            return;
        }
        int decimals = Math.max(0, new BigDecimal(text).scale());
        CellStyle style = styles.computeIfAbsent(decimals, d -> {
            CellStyle created = workbook.createCellStyle();
            created.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            return created;
        });
        cell.setCellValue(Double.parseDouble(text));
        cell.setCellStyle(style);
    }
}
