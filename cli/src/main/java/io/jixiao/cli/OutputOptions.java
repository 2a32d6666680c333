package io.jixiao.cli;

import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.output.OutputFormat;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --format} and {@code --out}: how and where a result table is written. */
public final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv (UTF-8 with BOM), json or xlsx (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    private Path out;

    /** Writes the table in the chosen format to the file, or to standard output. */
    public void write(String title, MetricTable table) throws IOException {
        OutputFormat chosen = OutputFormat.parse(format);
        if (out == null) {
            if (chosen == OutputFormat.XLSX) {
                throw new IllegalArgumentException("--format xlsx needs --out FILE");
            }
            chosen.writer().write(title, table, System.out);
            System.out.flush();
            return;
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            chosen.writer().write(title, table, stream);
        }
        System.err.println("wrote " + out + " (" + table.rows().size() + " rows)");
    }
}
