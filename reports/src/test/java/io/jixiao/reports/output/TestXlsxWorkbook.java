package io.jixiao.reports.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.reports.SampleWarehouse;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.metrics.GroupBy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 18: the XLSX exports read back with POI, as Excel would open them. */
class TestXlsxWorkbook {

    private static DuckDbMetricEngine engine;
    private static MetricTable rates;

    @BeforeAll
    static void open() {
        engine = DuckDbMetricEngine.open(SampleWarehouse.path());
        rates = engine.run("execution-rate", MetricQuery.DEFAULT);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void headingsInChineseStyledFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook workbook = read(Headers.ZH, "execution-rate", rates)) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("预算执行率");
            Row heading = sheet.getRow(0);
            for (int c = 0; c < rates.columns().size(); c++) {
                assertThat(heading.getCell(c).getStringCellValue()).isEqualTo(Headers.ZH.heading(rates.columns().get(c)));
                assertThat(workbook.getFontAt(heading.getCell(c).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(text(heading)).contains("全年预算数（万元）", "执行率（%）", "执行率较对比年度变化（百分点）");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            String lastColumn = new String(Character.toChars('A' + rates.columns().size() - 1));
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:" + lastColumn + (rates.rows().size() + 1));
            assertThat(sheet.getLastRowNum()).isEqualTo(rates.rows().size());
        }
    }

    @Test
    void numbersAreNumbersInTheFormatOfTheirKind() throws IOException {
        try (XSSFWorkbook workbook = read(Headers.ZH, "execution-rate", rates)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(format(sheet, "full_year_budget")).isEqualTo("#,##0.00");
            assertThat(format(sheet, "executed")).isEqualTo("#,##0.00");
            assertThat(format(sheet, "execution_rate")).isEqualTo("0.00");
            assertThat(format(sheet, "projects")).isEqualTo("#,##0");
            assertThat(format(sheet, "year")).isEqualTo("0");
            for (int r = 0; r < rates.rows().size(); r++) {
                for (String column : List.of("year", "full_year_budget", "executed", "execution_rate")) {
                    Object value = rates.rows().get(r).get(rates.columnIndex(column));
                    Cell cell = sheet.getRow(r + 1).getCell(rates.columnIndex(column));
                    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(cell.getNumericCellValue()).isEqualTo(((Number) value).doubleValue());
                }
                assertThat(sheet.getRow(r + 1).getCell(rates.columnIndex("unit")).getStringCellValue())
                        .isEqualTo(rates.rows().get(r).get(rates.columnIndex("unit")));
            }
        }
    }

    @Test
    void changesAreSignedPercentagePoints() throws IOException {
        // one group over the samples' three years: the only grouping whose rows have a previous year
        MetricTable total = engine.run("execution-rate", new MetricQuery(MetricFilters.NONE, GroupBy.TOTAL));
        try (XSSFWorkbook workbook = read(Headers.ZH, "execution-rate", total)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int change = total.columnIndex("rate_change");
            List<Object> changes = total.column("rate_change");
            assertThat(changes).filteredOn(v -> v != null).isNotEmpty();
            for (int r = 0; r < changes.size(); r++) {
                Cell cell = sheet.getRow(r + 1).getCell(change);
                if (changes.get(r) == null) {
                    assertThat(cell).isNull();
                } else {
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("+0.00;-0.00;0.00");
                    assertThat(cell.getNumericCellValue()).isEqualTo(((Number) changes.get(r)).doubleValue());
                }
            }
        }
    }

    @Test
    void columnsAreWideEnoughForTheirChineseText() throws IOException {
        try (XSSFWorkbook workbook = read(Headers.ZH, "execution-rate", rates)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int unit = rates.columnIndex("unit");
            int longest = rates.column("unit").stream().mapToInt(u -> TableFormatter.displayWidth(u.toString()))
                    .max().orElseThrow();

            // a CJK character takes two widths of a digit; Excel measures columns in 1/256 of one
            assertThat(sheet.getColumnWidth(unit)).isGreaterThanOrEqualTo(longest * 256)
                    .isLessThanOrEqualTo((XlsxWorkbook.MAX_WIDTH + 2) * 256);
            int rateChange = rates.columnIndex("rate_change");
            assertThat(sheet.getColumnWidth(rateChange))
                    .isGreaterThanOrEqualTo(TableFormatter.displayWidth("执行率较对比年度变化（百分点）") * 256);
        }
    }

    @Test
    void englishHeadersAreTheColumnNamesAndTheSheetTheMetric() throws IOException {
        try (XSSFWorkbook workbook = read(Headers.EN, "execution-rate", rates)) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("execution-rate");
            assertThat(text(sheet.getRow(0))).isEqualTo(rates.columns());
            assertThat(format(sheet, "full_year_budget")).isEqualTo("#,##0.00");
        }
    }

    @Test
    void shortfallsNameTheirFileAndLine() throws IOException {
        MetricTable shortfalls = engine.run("shortfalls", new MetricQuery(
                MetricFilters.NONE.withUnits("昌吉回族自治州计量检定所"), GroupBy.UNIT));
        try (XSSFWorkbook workbook = read(Headers.ZH, "shortfalls", shortfalls)) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("偏差清单");
            assertThat(text(sheet.getRow(0))).contains("文件", "行号", "偏差原因分析及改进措施");
            int file = shortfalls.columnIndex("file");
            int line = shortfalls.columnIndex("line");
            assertThat(shortfalls.rows()).isNotEmpty();
            for (int r = 1; r <= shortfalls.rows().size(); r++) {
                assertThat(sheet.getRow(r).getCell(file).getStringCellValue()).isEqualTo("002_13d1e6413ad98fbc.txt");
                assertThat(sheet.getRow(r).getCell(line).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(sheet.getRow(r).getCell(line).getCellStyle().getDataFormatString()).isEqualTo("0");
            }
        }
    }

    @Test
    void textThatStartsAFormulaIsStoredAsQuotedTextNeverAFormula() throws IOException {
        MetricTable table = new MetricTable(List.of("unit", "execution_rate", "=1+1"), List.of(
                Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", new java.math.BigDecimal("-12.50"), "@SUM(1)"),
                Arrays.asList("-", -3, "上海市 -1")));
        try (XSSFWorkbook workbook = read(Headers.ZH, "metric", table)) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            XSSFCell heading = sheet.getRow(0).getCell(2);
            assertThat(heading.getStringCellValue()).isEqualTo("=1+1");
            assertThat(heading.getCellStyle().getQuotePrefixed()).isTrue();
            for (int r = 1; r <= 2; r++) {
                for (int c : new int[] {0, 2}) {
                    XSSFCell cell = sheet.getRow(r).getCell(c);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(table.rows().get(r - 1).get(c));
                    boolean formulaLike = "=+-@".indexOf(cell.getStringCellValue().charAt(0)) >= 0;
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue())
                            .isEqualTo(formulaLike);
                }
            }
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-3);
        }
    }

    @Test
    void aTableLongerThanASheetIsCutWithANote() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(List.of("单位" + i, 2020 + i));
        }
        MetricTable table = new MetricTable(List.of("unit", "year"), rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWorkbook.WrittenSheet written;
        try (XlsxWorkbook workbook = new XlsxWorkbook(Headers.ZH, 10)) {
            written = workbook.add("execution-rate", table);
            workbook.write(out);
        }

        // 10 rows: the heading, 8 of the table, the note
        assertThat(written).isEqualTo(new XlsxWorkbook.WrittenSheet("预算执行率", 8, 12));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("单位7");
            assertThat(sheet.getRow(9).getCell(0).getStringCellValue()).contains("前 8 行", "共 20 行", "10 行");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B9");
        }
        assertThat(XlsxWorkbook.rowsShown(XlsxWorkbook.MAX_ROWS - 1)).isEqualTo(XlsxWorkbook.MAX_ROWS - 1);
        assertThat(XlsxWorkbook.rowsShown(XlsxWorkbook.MAX_ROWS)).isEqualTo(XlsxWorkbook.MAX_ROWS - 2);
    }

    @Test
    void aWorkbookHoldsASheetPerTableUnderDistinctNames() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = new XlsxWorkbook(Headers.ZH)) {
            workbook.add("execution-rate", rates);
            workbook.add("shortfalls", engine.run("shortfalls", MetricQuery.DEFAULT));
            workbook.add("execution-rate", rates);
            workbook.write(out);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("预算执行率", "偏差清单", "预算执行率 (2)");
            for (int s = 0; s < 3; s++) {
                assertThat(workbook.getSheetAt(s).getPaneInformation().isFreezePane()).isTrue();
                assertThat(workbook.getSheetAt(s).getCTWorksheet().getAutoFilter()).isNotNull();
            }
        }
    }

    private static XSSFWorkbook read(Headers headers, String title, MetricTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputFormat.XLSX.writer(headers).write(title, table, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String format(XSSFSheet sheet, String column) {
        int index = rates.columnIndex(column);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(index);
            if (cell != null) {
                return cell.getCellStyle().getDataFormatString();
            }
        }
        return null;
    }

    private static List<String> text(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
