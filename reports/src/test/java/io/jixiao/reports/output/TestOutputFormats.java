package io.jixiao.reports.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.reports.SampleWarehouse;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestOutputFormats {

    private static final MetricTable TABLE = new MetricTable(
            List.of("unit", "year", "execution_rate", "note"),
            List.of(
                    Arrays.asList("上海市计量测试技术研究院", 2023, new BigDecimal("98.29"), "优"),
                    Arrays.asList("昌吉回族自治州计量检定所", 2020, new BigDecimal("100.0000"), null),
                    Arrays.asList("x, \"quoted\"", 2024, 1.5, "line\nbreak")));

    @Test
    void csvIsUtf8WithByteOrderMark() throws IOException {
        byte[] bytes = write(OutputFormat.CSV);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(4);
        // Chinese headings with their unit by default; a column columns.tsv does not know keeps its name
        assertThat(records.get(0).toList()).containsExactly("单位", "年度", "执行率（%）", "note");
        assertThat(records.get(1).toList()).containsExactly("上海市计量测试技术研究院", "2023", "98.29", "优");
        assertThat(records.get(2).toList()).containsExactly("昌吉回族自治州计量检定所", "2020", "100", "");
        assertThat(records.get(3).toList()).containsExactly("x, \"quoted\"", "2024", "1.5", "line\nbreak");
    }

    @Test
    void csvWithEnglishHeadersHasTheColumnNames() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputFormat.CSV.writer(Headers.EN).write("execution-rate", TABLE, out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords().get(0).toList())
                .containsExactly("unit", "year", "execution_rate", "note");
    }

    @Test
    void jsonKeepsTheColumnNamesWhateverTheHeadings() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputFormat.JSON.writer(Headers.ZH).write("execution-rate", TABLE, out);

        assertThat(new ObjectMapper().readTree(out.toByteArray()).get("columns")).extracting(JsonNode::asText)
                .containsExactly("unit", "year", "execution_rate", "note");
    }

    @Test
    void jsonParsesWithColumnsInOrderAndNumbersAsNumbers() throws IOException {
        JsonNode root = new ObjectMapper().readTree(write(OutputFormat.JSON));

        assertThat(root.get("metric").asText()).isEqualTo("execution-rate");
        assertThat(root.get("columns")).extracting(JsonNode::asText).containsExactly("unit", "year", "execution_rate", "note");
        JsonNode first = root.get("rows").get(0);
        assertThat(first.get("unit").asText()).isEqualTo("上海市计量测试技术研究院");
        assertThat(first.get("year").isInt()).isTrue();
        assertThat(first.get("execution_rate").isNumber()).isTrue();
        assertThat(first.get("execution_rate").decimalValue()).isEqualByComparingTo("98.29");
        assertThat(root.get("rows").get(1).get("note").isNull()).isTrue();
        assertThat(root.get("rows").get(2).get("note").asText()).isEqualTo("line\nbreak");
    }

    @Test
    void xlsxReadsBackWithChineseTextAndNumbers() throws IOException {
        byte[] bytes = write(OutputFormat.XLSX);

        try (InputStream in = new ByteArrayInputStream(bytes); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("预算执行率");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("单位");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("上海市计量测试技术研究院");
            assertThat(rows.get(1).getCellAsNumber(1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2023"));
            assertThat(rows.get(1).getCellAsNumber(2)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("98.29"));
            assertThat(rows.get(2).getCellAsNumber(2)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
            assertThat(rows.get(3).getCellText(3)).isEqualTo("line\nbreak");
        }
    }

    @Test
    void sheetNamesAreCutAndCleaned() {
        assertThat(XlsxWorkbook.sheetName("indicator-completion-by-category")).hasSize(31);
        assertThat(XlsxWorkbook.sheetName("a/b:c")).isEqualTo("a_b_c");
        assertThat(XlsxWorkbook.sheetName("'quoted'")).isEqualTo("_quoted_");
    }

    @Test
    void tableAlignsChineseTextByDisplayWidth() {
        String text = new TableFormatter().format(TABLE);
        List<String> lines = text.lines().toList();

        assertThat(TableFormatter.displayWidth("上海市计量测试技术研究院")).isEqualTo(24);
        assertThat(TableFormatter.displayWidth("x1")).isEqualTo(2);
        // header, rule, three rows, row count
        assertThat(lines).hasSize(6);
        // the year column starts at the same display column on every line, after a 24-column unit
        assertThat(List.of(startOf(lines.get(0), "年度"), startOf(lines.get(2), "2023"), startOf(lines.get(3), "2020"),
                startOf(lines.get(4), "2024"))).containsOnly(26);
        // the rates are right-aligned: they end where the header ends
        assertThat(List.of(endOf(lines.get(2), "98.29"), endOf(lines.get(3), "100"), endOf(lines.get(4), "1.5")))
                .containsOnly(endOf(lines.get(0), "执行率（%）"));
        assertThat(lines.get(4)).contains("line break");
        assertThat(lines.get(5)).isEqualTo("(3 rows)");
    }

    @Test
    void tableWithEnglishHeadersHasTheColumnNames() {
        String heading = new TableFormatter(Headers.EN).format(TABLE).lines().findFirst().orElseThrow();

        assertThat(heading.split(" +")).containsExactly("unit", "year", "execution_rate", "note");
    }

    @Test
    void longCellsAreCutWithAnEllipsis() {
        String goal = "国家时间频率计量中心上海实验室服务国家战略需求，对标国际先进水平的时间实验室";
        String text = new TableFormatter().format(new MetricTable(List.of("goal"), List.of(List.of(goal))));

        String cell = text.lines().toList().get(2);
        assertThat(cell).endsWith("…");
        assertThat(TableFormatter.displayWidth(cell)).isLessThanOrEqualTo(TableFormatter.MAX_CELL_WIDTH);
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void everyFormatWritesARealMetric(OutputFormat format, @TempDir Path folder) throws IOException {
        MetricTable table;
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(SampleWarehouse.path())) {
            table = engine.run("execution-rate", MetricQuery.DEFAULT);
        }
        Path file = folder.resolve("execution-rate." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            format.writer().write("execution-rate", table, out);
        }

        assertThat(file).isNotEmptyFile();
        if (format != OutputFormat.XLSX) {
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("上海市计量测试技术研究院");
        }
        assertThat(OutputFormat.parse(format.name().toLowerCase())).isEqualTo(format);
    }

    /** The display column where the text first starts in the line. */
    private static int startOf(String line, String text) {
        return TableFormatter.displayWidth(line.substring(0, line.indexOf(text)));
    }

    private static int endOf(String line, String text) {
        return startOf(line, text) + TableFormatter.displayWidth(text);
    }

    private static byte[] write(OutputFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write("execution-rate", TABLE, out);
        return out.toByteArray();
    }
}
