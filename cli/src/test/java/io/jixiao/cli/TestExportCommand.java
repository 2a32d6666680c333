package io.jixiao.cli;

import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.output.Headers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: jixiao export, and query's --headers and --out by extension, on the sample warehouse. */
class TestExportCommand {

    @TempDir
    Path temp;

    @Test
    void oneWorkbookWithASheetPerMetric() throws IOException {
        Path file = temp.resolve("all.xlsx");
        JixiaoRun export = JixiaoRun.of("export", "--out", file.toString(), "--warehouse", warehouse());
        assertThat(export.exit()).as(export.err()).isZero();

        List<String> metrics = MetricCatalog.load().names();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(metrics.size());
            for (int s = 0; s < metrics.size(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                assertThat(sheet.getSheetName()).isEqualTo(Headers.ZH.title(metrics.get(s)));
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getCTWorksheet().getAutoFilter()).as(sheet.getSheetName()).isNotNull();
                assertThat(export.err()).contains(metrics.get(s) + " → sheet " + sheet.getSheetName() + ": "
                        + sheet.getLastRowNum() + " rows");
            }
            XSSFSheet shortfalls = workbook.getSheet(Headers.ZH.title("shortfalls"));
            List<String> heading = text(shortfalls.getRow(0));
            assertThat(heading).contains("文件", "行号", "单位");
            assertThat(shortfalls.getLastRowNum()).isPositive();
            assertThat(shortfalls.getRow(1).getCell(heading.indexOf("文件")).getStringCellValue())
                    .matches("00[0-3]_[0-9a-f]{16}\\.txt");
        }
        assertThat(export.err()).contains("wrote " + file + " (" + metrics.size() + " sheets)");
    }

    @Test
    void theQueryFiltersApplyAndAFolderGetsACsvPerMetric() throws IOException {
        Path folder = temp.resolve("csv");
        JixiaoRun export = JixiaoRun.of("export", "--out", folder.toString(), "--metrics", "execution-rate,shortfalls",
                "--years", "2020", "--headers", "en", "--warehouse", warehouse());
        assertThat(export.exit()).as(export.err()).isZero();

        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("execution-rate.csv", "shortfalls.csv");
        }
        byte[] bytes = Files.readAllBytes(folder.resolve("execution-rate.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rates = csv(bytes);
        assertThat(rates.get(0).toList()).startsWith("unit", "year");
        // the samples' 2020 forms are all 昌吉's (002)
        assertThat(column(rates, "year")).isNotEmpty().containsOnly("2020");
        assertThat(column(rates, "unit")).containsOnly("昌吉回族自治州计量检定所");
        List<CSVRecord> shortfalls = csv(Files.readAllBytes(folder.resolve("shortfalls.csv")));
        assertThat(column(shortfalls, "file")).isNotEmpty().containsOnly("002_13d1e6413ad98fbc.txt");
    }

    @Test
    void anOutThatIsNeitherWorkbookNorFolderIsRefused() {
        JixiaoRun export = JixiaoRun.of("export", "--out", temp.resolve("all.csv").toString(), "--warehouse",
                warehouse());

        assertThat(export.exit()).isNotZero();
        assertThat(export.err()).contains("--out takes a workbook (FILE.xlsx) or a folder");
        assertThat(temp.resolve("all.csv")).doesNotExist();
    }

    @Test
    void queryHeadsCsvInChineseByDefaultAndInColumnNamesWithHeadersEn() throws IOException {
        JixiaoRun chinese = JixiaoRun.of("query", "execution-rate", "--format", "csv", "--warehouse", warehouse());
        JixiaoRun english = JixiaoRun.of("query", "execution-rate", "--format", "csv", "--headers", "en",
                "--warehouse", warehouse());

        assertThat(chinese.out()).startsWith("\uFEFF");
        List<CSVRecord> zh = csv(chinese.out().getBytes(StandardCharsets.UTF_8));
        List<CSVRecord> en = csv(english.out().getBytes(StandardCharsets.UTF_8));
        assertThat(zh.get(0).toList()).contains("单位", "年度", "全年预算数（万元）", "执行率（%）");
        assertThat(en.get(0).toList()).contains("unit", "year", "full_year_budget", "execution_rate");
        assertThat(en.get(0).toList()).map(Headers.ZH::heading).isEqualTo(zh.get(0).toList());
        assertThat(zh.subList(1, zh.size()).stream().map(CSVRecord::toList).toList())
                .isEqualTo(en.subList(1, en.size()).stream().map(CSVRecord::toList).toList());
    }

    @Test
    void queryOutTakesItsFormatFromTheExtension() throws IOException {
        Path file = temp.resolve("rates.xlsx");
        JixiaoRun query = JixiaoRun.of("query", "execution-rate", "--out", file.toString(), "--warehouse",
                warehouse());
        assertThat(query.exit()).as(query.err()).isZero();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("预算执行率");
        }

        JixiaoRun mismatch = JixiaoRun.of("query", "execution-rate", "--format", "csv", "--out",
                temp.resolve("rates2.xlsx").toString(), "--warehouse", warehouse());
        assertThat(mismatch.exit()).isNotZero();
        assertThat(mismatch.err()).contains("--format csv but --out");
    }

    private static String warehouse() {
        return SampleWarehouse.path().toString();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }

    /** The values of a column below the heading row. */
    private static List<String> column(List<CSVRecord> records, String heading) {
        int index = records.get(0).toList().indexOf(heading);
        assertThat(index).as(heading).isNotNegative();
        return records.subList(1, records.size()).stream().map(r -> r.get(index)).toList();
    }

    private static List<String> text(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
