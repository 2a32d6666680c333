package io.jixiao.read.office;

import io.jixiao.read.binary.BinaryRowsReader;
import io.jixiao.read.binary.Deadline;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.DocumentRejectedException;
import io.jixiao.read.binary.SourceRows;
import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.CellCleaning;
import io.jixiao.read.layout.Row;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads every visible sheet of an Excel workbook (xlsx or xls) into rows of cells, in sheet order.
 *
 * <ul>
 *   <li>Cells are read from column A to the row's last cell; a cell that is missing or blank is an empty cell.
 *   <li>A merged region's value is its top-left cell's; the region's other cells read as empty, whatever they hold,
 *       just as the text layouts show merged cells (the form readers carry merged level names down).
 *   <li>Numbers read as Excel displays them (the cell's format; General gives "216.86", not 216.85999999, and "100"
 *       for 100.0); dates as ISO dates ("2023-12-31", with the time when it is not midnight); formulas by their
 *       cached result, never re-evaluated.
 *   <li>Hidden rows, hidden sheets and rows with no text are skipped.
 * </ul>
 *
 * <p>Lines: a cell's line is {@code (sheet ordinal - 1) * 1,000,000 + Excel row number}, so in the first sheet it is
 * the row number Excel shows; messages name the sheet and row ("sheet '自评表' row 12").
 */
public final class WorkbookRowsReader implements BinaryRowsReader {

    /** Lines of sheet n start at (n - 1) times this. */
    static final int SHEET_STRIDE = 1_000_000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String name;

    /** @param name xlsx or xls: the same reader serves both, POI's WorkbookFactory tells them apart */
    public WorkbookRowsReader(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceRows read(byte[] bytes, DocumentLimits limits) throws DocumentRejectedException {
        DocumentLimits.guardPoi();
        Deadline deadline = limits.deadline();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<Row> rows = new ArrayList<>();
            List<String> sheetNames = new ArrayList<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                sheetNames.add(sheet.getSheetName());
                if (!workbook.isSheetHidden(s) && !workbook.isSheetVeryHidden(s)) {
                    readSheet(sheet, s, formatter, rows, limits, deadline);
                }
            }
            return new SourceRows(rows, line -> place(sheetNames, line));
        } catch (EncryptedDocumentException e) {
            throw new DocumentRejectedException("encrypted (password-protected) workbook", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException("corrupt " + name + " workbook: " + e.getMessage(), e);
        }
    }

    private static void readSheet(Sheet sheet, int ordinal, DataFormatter formatter, List<Row> rows,
                                  DocumentLimits limits, Deadline deadline) throws DocumentRejectedException {
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        for (org.apache.poi.ss.usermodel.Row sheetRow : sheet) {
            deadline.check();
            if (sheetRow.getZeroHeight()) {
                continue;
            }
            int r = sheetRow.getRowNum();
            List<CellRangeAddress> crossing = merged.stream()
                    .filter(region -> region.getFirstRow() <= r && r <= region.getLastRow()).toList();
            int line = ordinal * SHEET_STRIDE + r + 1;
            List<Cell> cells = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < sheetRow.getLastCellNum(); c++) {
                org.apache.poi.ss.usermodel.Cell cell = sheetRow.getCell(c);
                String text = cell == null || isCovered(crossing, r, c) ? "" : CellCleaning.clean(text(cell, formatter));
                any |= !text.isEmpty();
                cells.add(new Cell(text, line));
            }
            if (any) {
                rows.add(new Row(cells, List.of(line)));
                limits.checkRows(rows.size());
            }
        }
    }

    /** Whether the cell lies in a merged region but is not its top-left cell. */
    private static boolean isCovered(List<CellRangeAddress> crossing, int row, int column) {
        for (CellRangeAddress region : crossing) {
            if (region.isInRange(row, column)) {
                return row != region.getFirstRow() || column != region.getFirstColumn();
            }
        }
        return false;
    }

    private static String text(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case NUMERIC -> number(cell, formatter);
            default -> "";
        };
    }

    private static String number(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            return date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.format(DATE) : date.format(DATE_TIME);
        }
        return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
    }

    private static String place(List<String> sheetNames, int line) {
        int sheet = line / SHEET_STRIDE;
        String name = sheet < sheetNames.size() ? sheetNames.get(sheet) : String.valueOf(sheet + 1);
        return "sheet '" + name + "' row " + line % SHEET_STRIDE;
    }
}
