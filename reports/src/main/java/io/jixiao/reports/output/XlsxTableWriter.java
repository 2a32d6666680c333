package io.jixiao.reports.output;

import io.jixiao.reports.metrics.MetricTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** An Excel workbook with one sheet named after the metric: a bold header row, numbers as numbers. */
public final class XlsxTableWriter implements MetricTableWriter {

    private static final int MAX_SHEET_NAME = 31;

    @Override
    public void write(String title, MetricTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Jixiao", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(title));
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.value(0, c, table.columns().get(c));
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r + 1, c, number);
                } else if (value instanceof Boolean bool) {
                    sheet.value(r + 1, c, bool);
                } else if (value != null) {
                    sheet.value(r + 1, c, value.toString());
                }
            }
        }
        workbook.finish();
    }

    /** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
    static String sheetName(String title) {
        String name = title == null || title.isBlank() ? "metric" : title.replaceAll("[:\\\\/?*\\[\\]]", "_");
        return name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name;
    }
}
