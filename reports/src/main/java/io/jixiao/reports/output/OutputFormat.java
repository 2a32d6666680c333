package io.jixiao.reports.output;

import java.util.Locale;
import java.util.function.Supplier;

/** The output formats of metric tables, each with its file extension. */
public enum OutputFormat {
    TABLE("txt", TableFormatter::new),
    CSV("csv", CsvTableWriter::new),
    JSON("json", JsonTableWriter::new),
    XLSX("xlsx", XlsxTableWriter::new);

    private final String extension;
    private final Supplier<MetricTableWriter> writer;

    OutputFormat(String extension, Supplier<MetricTableWriter> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    public MetricTableWriter writer() {
        return writer.get();
    }

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "': use table, csv, json or xlsx", e);
        }
    }
}
