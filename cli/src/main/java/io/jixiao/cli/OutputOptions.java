package io.jixiao.cli;

import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.output.OutputFormat;
import io.jixiao.reports.output.XlsxWorkbook;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code --format}, {@code --out} and {@code --headers}: how and where a result table is written. */
public final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv (UTF-8 with BOM), json or xlsx (default: the --out file's extension, else table)")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    private Path out;

    @Mixin
    private HeadersOption headers;

    /** Writes the table in the chosen format to the file, or to standard output. */
    public void write(String title, MetricTable table) throws IOException {
        OutputFormat chosen = format();
        if (out == null) {
            if (chosen == OutputFormat.XLSX) {
                throw new IllegalArgumentException("--format xlsx needs --out FILE");
            }
            chosen.writer(headers.headers()).write(title, table, System.out);
            System.out.flush();
            return;
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            chosen.writer(headers.headers()).write(title, table, stream);
        }
        int rows = table.rows().size();
        int shown = chosen == OutputFormat.XLSX ? XlsxWorkbook.rowsShown(rows) : rows;
        System.err.println("wrote " + out + " (" + rows + " rows" + (shown < rows ? "; the sheet holds the first "
                + shown + ", as a note in it says: --format csv writes them all" : "") + ")");
    }

    /** Whether the table goes to the terminal, to be read there (not to a file, nor as CSV or JSON to a pipe). */
    public boolean toTerminal() {
        return out == null && format() == OutputFormat.TABLE;
    }

    /**
     * {@code --format}, else the format the {@code --out} file's extension names, else the terminal table; a format
     * other than the extension's is refused (Excel would not open a CSV named .xlsx).
     */
    OutputFormat format() {
        Optional<OutputFormat> named = out == null ? Optional.empty() : byExtension(out.getFileName().toString());
        if (format == null) {
            return named.orElse(OutputFormat.TABLE);
        }
        OutputFormat chosen = OutputFormat.parse(format);
        if (named.isPresent() && named.get() != chosen) {
            throw new IllegalArgumentException("--format " + format + " but --out " + out + " names "
                    + named.get().name().toLowerCase(Locale.ROOT) + ": make them agree");
        }
        return chosen;
    }

    private static Optional<OutputFormat> byExtension(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return Arrays.stream(OutputFormat.values()).filter(f -> name.endsWith("." + f.extension())).findFirst();
    }
}
