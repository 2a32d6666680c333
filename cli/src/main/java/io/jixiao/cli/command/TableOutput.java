package io.jixiao.cli.command;

import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.output.OutputFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a result table in the chosen format to a file, or to standard output. */
final class TableOutput {

    private TableOutput() {
    }

    static void write(String title, MetricTable table, OutputFormat format, Path out) throws IOException {
        if (out == null) {
            if (format == OutputFormat.XLSX) {
                throw new IllegalArgumentException("--format xlsx needs --out FILE");
            }
            format.writer().write(title, table, System.out);
            System.out.flush();
            return;
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            format.writer().write(title, table, stream);
        }
        System.err.println("wrote " + out + " (" + table.rows().size() + " rows)");
    }
}
