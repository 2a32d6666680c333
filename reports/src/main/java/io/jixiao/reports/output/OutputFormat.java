package io.jixiao.reports.output;

import java.util.Locale;
import java.util.function.Function;

/**
 * The output formats of metric tables, each with its file extension. JSON keeps the column names whatever the
 * headings: it is read by programs, which look values up by name.
 */
public enum OutputFormat {
    TABLE("txt", TableFormatter::new),
    CSV("csv", CsvTableWriter::new),
    JSON("json", headers -> new JsonTableWriter()),
    XLSX("xlsx", XlsxTableWriter::new);

    private final String extension;
    private final Function<Headers, MetricTableWriter> writer;

    OutputFormat(String extension, Function<Headers, MetricTableWriter> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    /** The writer with Chinese headings. */
    public MetricTableWriter writer() {
        return writer(Headers.ZH);
    }

    public MetricTableWriter writer(Headers headers) {
        return writer.apply(headers);
    }

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "': use table, csv, json or xlsx", e);
        }
    }
}
