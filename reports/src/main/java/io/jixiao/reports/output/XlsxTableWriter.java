package io.jixiao.reports.output;

import io.jixiao.reports.metrics.MetricTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** An Excel workbook of one sheet named after the metric ({@link XlsxWorkbook}). */
public final class XlsxTableWriter implements MetricTableWriter {

    private final Headers headers;

    public XlsxTableWriter() {
        this(Headers.ZH);
    }

    public XlsxTableWriter(Headers headers) {
        this.headers = Objects.requireNonNull(headers, "headers");
    }

    @Override
    public void write(String title, MetricTable table, OutputStream out) throws IOException {
        try (XlsxWorkbook workbook = new XlsxWorkbook(headers)) {
            workbook.add(title, table);
            workbook.write(out);
        }
    }
}
