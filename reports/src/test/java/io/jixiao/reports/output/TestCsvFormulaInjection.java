package io.jixiao.reports.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.reports.metrics.MetricTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Issue 15, fault 8: cells a spreadsheet would run as formulas are written as text; numbers stay numbers. */
class TestCsvFormulaInjection {

    @Test
    void textThatStartsAFormulaIsQuotedAndNegativeNumbersStayNumbers() throws IOException {
        MetricTable table = new MetricTable(List.of("unit", "execution_rate", "note"), List.of(
                Arrays.asList("=cmd|' /C calc'!A0", new BigDecimal("-12.50"), "@SUM(1)"),
                Arrays.asList("+1+1", -3, "-2+3"),
                Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", -0.5, "\tTAB"),
                Arrays.asList("\r=1", null, "上海市 -1"),
                Arrays.asList("plain", 98.29, "")));

        List<CSVRecord> records = csv(table);

        assertThat(records.get(1).toList()).containsExactly("'=cmd|' /C calc'!A0", "-12.5", "'@SUM(1)");
        assertThat(records.get(2).toList()).containsExactly("'+1+1", "-3", "'-2+3");
        assertThat(records.get(3).toList()).containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "-0.5", "'\tTAB");
        assertThat(records.get(4).toList()).containsExactly("'\r=1", "", "上海市 -1");
        assertThat(records.get(5).toList()).containsExactly("plain", "98.29", "");
    }

    @Test
    void columnNamesAreGuardedToo() throws IOException {
        MetricTable table = new MetricTable(List.of("=1+1", "-x"), List.of(Arrays.asList("a", "-1")));

        List<CSVRecord> records = csv(table);

        assertThat(records.get(0).toList()).containsExactly("'=1+1", "'-x");
        // "-1" here is text (a string column), so it is guarded like any text
        assertThat(records.get(1).toList()).containsExactly("a", "'-1");
    }

    private static List<CSVRecord> csv(MetricTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvTableWriter().write("metric", table, out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }
}
