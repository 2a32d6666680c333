package io.jixiao.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.DocumentRejectedException;
import io.jixiao.read.binary.SourceRows;
import io.jixiao.read.layout.Row;
import io.jixiao.schema.model.ParsedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cells of xlsx and xls workbooks written here with POI read as Excel shows them. */
class TestWorkbookRowsReader {

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("xlsx", (Supplier<Workbook>) XSSFWorkbook::new),
                Arguments.of("xls", (Supplier<Workbook>) HSSFWorkbook::new));
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> read(String format, byte[] bytes) throws DocumentRejectedException {
        SourceRows rows = new WorkbookRowsReader(format).read(bytes, DocumentLimits.DEFAULT);
        return rows.rows().stream().map(row -> row.cells().stream().map(cell -> cell.text()).toList()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void numbersReadAsWrittenWithoutFloatNoise(String format, Supplier<Workbook> create) throws Exception {
        Workbook workbook = create.get();
        Sheet sheet = workbook.createSheet("数字");
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(0);
        row.createCell(0).setCellValue(216.86);
        row.createCell(1).setCellValue(100.0);
        row.createCell(2).setCellValue(0.1 + 0.2);
        CellStyle twoDecimals = workbook.createCellStyle();
        twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        row.createCell(3).setCellValue(230);
        row.getCell(3).setCellStyle(twoDecimals);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
        row.createCell(4).setCellValue(LocalDate.of(2023, 12, 31));
        row.getCell(4).setCellStyle(date);
        row.createCell(5).setCellValue("  时频实验室\u00A0");

        assertThat(read(format, bytes(workbook)))
                .containsExactly(List.of("216.86", "100", "0.3", "230.00", "2023-12-31", "时频实验室"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everyVisibleSheetIsReadAndHiddenRowsAndSheetsAreNot(String format, Supplier<Workbook> create)
            throws Exception {
        Workbook workbook = create.get();
        Sheet first = workbook.createSheet("自评表一");
        first.createRow(0).createCell(0).setCellValue("第一张");
        first.createRow(1).createCell(0).setCellValue("隐藏行");
        first.getRow(1).setZeroHeight(true);
        first.createRow(4).createCell(1).setCellValue("第五行");
        workbook.createSheet("草稿").createRow(0).createCell(0).setCellValue("隐藏表");
        workbook.setSheetHidden(1, true);
        workbook.createSheet("自评表二").createRow(2).createCell(0).setCellValue("第二张");

        SourceRows rows = new WorkbookRowsReader(format).read(bytes(workbook), DocumentLimits.DEFAULT);

        assertThat(rows.rows()).extracting(row -> row.nonEmptyTexts().get(0))
                .containsExactly("第一张", "第五行", "第二张");
        assertThat(rows.rows()).extracting(Row::firstLine).containsExactly(1, 5, 2_000_003);
        assertThat(rows.place(5)).isEqualTo("sheet '自评表一' row 5");
        assertThat(rows.place(2_000_003)).isEqualTo("sheet '自评表二' row 3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aMergedRegionReadsAsItsTopLeftValueWhateverItsOtherCellsHold(String format, Supplier<Workbook> create)
            throws Exception {
        Workbook workbook = create.get();
        Sheet sheet = workbook.createSheet("表1");
        for (int r = 0; r < 3; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
            row.createCell(0).setCellValue("产出指标");
            row.createCell(1).setCellValue("指标" + r);
            row.createCell(2).setCellValue("旧值");
        }
        sheet.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));

        assertThat(read(format, bytes(workbook))).containsExactly(
                List.of("产出指标", "指标0", "旧值"),
                List.of("", "指标1", ""),
                List.of("", "指标2", "旧值"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void problemsNameTheSheetAndRow(String format, Supplier<Workbook> create) throws Exception {
        Workbook workbook = create.get();
        Sheet sheet = workbook.createSheet("绩效自评");
        sheet.createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
        org.apache.poi.ss.usermodel.Row name = sheet.createRow(2);
        name.createCell(0).setCellValue("项目名称");
        name.createCell(1).setCellValue("时频实验室运维经费");
        org.apache.poi.ss.usermodel.Row odd = sheet.createRow(3);
        odd.createCell(0).setCellValue("备注说明");
        odd.createCell(1).setCellValue("无");

        ParsedDocument document = new DocumentParser().parse("form." + format, bytes(workbook));

        assertThat(document.layout()).isEqualTo(format);
        assertThat(document.forms()).singleElement().extracting(form -> form.project())
                .isEqualTo("时频实验室运维经费");
        assertThat(document.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("sheet '绩效自评' row 4: row not recognised");
        });
    }
}
