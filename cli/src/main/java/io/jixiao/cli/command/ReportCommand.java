package io.jixiao.cli.command;

import io.jixiao.cli.FilterOptions;
import io.jixiao.cli.WarehouseOption;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.docx.DocxReportWriter;
import io.jixiao.reports.html.FullTableCommands;
import io.jixiao.reports.html.ReportBuilder;
import io.jixiao.reports.html.ReportContent;
import io.jixiao.reports.html.ReportData;
import io.jixiao.reports.html.ReportWriter;
import io.jixiao.reports.html.WarehouseReportData;
import io.jixiao.corpus.generate.CorpusGenerator;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code jixiao report}: the comparison charts and tables as one offline HTML file, or as an editable Word document
 * ({@code --format docx}), or both from one build of the charts ({@code --format html,docx}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the report from the warehouse: HTML (charts embedded, opens offline) or Word (docx).")
public final class ReportCommand implements Callable<Integer> {

    /** What the report is written as. */
    public enum Format { HTML, DOCX }

    @Spec
    private CommandSpec spec;
    static final int DEFAULT_ROWS = 50;

    @Mixin
    private WarehouseOption warehouse;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
            description = "the folder the report goes in: index.html and the SVG charts, or report.docx "
                    + "(default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "html",
            description = "html (default), docx (an editable Word document, report.docx), or html,docx for both")
    private List<Format> formats;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "agencies named in each chart; the rest are grouped as others (default: ${DEFAULT-VALUE})")
    private int top;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "" + DEFAULT_ROWS,
            description = "rows a table shows at most; a longer one shows the rows that matter first and the "
                    + "command that writes it whole (default: ${DEFAULT-VALUE})")
    private int rows;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "zh (default) or en for titles and labels; document text stays as written")
    private String lang;

    @Override
    public Integer call() {
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse.localPath())) {
            if (filters.matchNothing(engine, spec)) {
                return FilterOptions.NOTHING_MATCHES;
            }
            Set<Format> as = EnumSet.copyOf(formats);
            for (Path file : write(engine, warehouse, filters, out, top, rows, Lang.parse(lang), as)) {
                System.out.println("report: " + file.toAbsolutePath());
            }
        }
        return 0;
    }

    /** Writes the HTML report; returns its index file. */
    static Path write(WarehouseOption warehouse, FilterOptions filters, Path out, int top, int rows, Lang lang) {
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse.localPath())) {
            return write(engine, warehouse, filters, out, top, rows, lang, EnumSet.of(Format.HTML)).get(0);
        }
    }

    /**
     * Writes the report in each format into {@code out}; returns the files, HTML first. Nothing is written when a
     * file in the way is not an earlier report's.
     */
    private static List<Path> write(DuckDbMetricEngine engine, WarehouseOption warehouse, FilterOptions filters,
                                    Path out, int top, int rows, Lang lang, Set<Format> formats) {
        DocxReportWriter docx = new DocxReportWriter();
        if (formats.contains(Format.DOCX)) {
            docx.requireReplaceable(out);
        }
        ReportData data = new WarehouseReportData(engine).fetch(filters.filters(), lang,
                holdsSyntheticDocuments(engine));
        FullTableCommands commands = new FullTableCommands(warehouse.location(), filters.filters());
        ReportContent content = new ReportBuilder(lang, top, rows, commands).build(data, LocalDate.now());
        List<Path> written = new ArrayList<>();
        if (formats.contains(Format.HTML)) {
            written.add(new ReportWriter().write(content, out));
        }
        if (formats.contains(Format.DOCX)) {
            written.add(docx.write(content, out));
        }
        return written;
    }

    /** Whether any document in the warehouse was written by {@code jixiao generate} (its name says so). */
    static boolean holdsSyntheticDocuments(MetricEngine engine) {
        String prefix = CorpusGenerator.FILE_PREFIX;
        MetricTable count = engine.runSql("SELECT count(*) AS n FROM documents WHERE substr(file_name, 1, "
                + prefix.length() + ") = '" + prefix + "'");
        return ((Number) count.rows().get(0).get(0)).longValue() > 0;
    }
}
