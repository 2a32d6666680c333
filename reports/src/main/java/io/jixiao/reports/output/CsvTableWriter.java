package io.jixiao.reports.output;

import io.jixiao.reports.metrics.MetricTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV in UTF-8 with a byte-order mark, so that Excel reads the Chinese text right; a heading row first, in the
 * chosen language ({@link Headers}). Text cells (headings included: {@code sql} takes them from the query) cannot
 * start a formula ({@link FormulaGuard}). Numbers are written plainly, with every decimal the result has.
 */
public final class CsvTableWriter implements MetricTableWriter {

    private final Headers headers;

    public CsvTableWriter() {
        this(Headers.ZH);
    }

    public CsvTableWriter(Headers headers) {
        this.headers = Objects.requireNonNull(headers, "headers");
    }

    @Override
    public void write(String title, MetricTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(table.columns().stream().map(headers::heading).map(FormulaGuard::neutralised).toList());
        for (List<Object> row : table.rows()) {
            printer.printRecord(row.stream().map(FormulaGuard::cell).toList());
        }
        printer.flush();
    }
}
