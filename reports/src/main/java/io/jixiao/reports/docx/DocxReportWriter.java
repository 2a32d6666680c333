package io.jixiao.reports.docx;

import io.jixiao.reports.html.ReportContent;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes the report as one editable Word document, {@code report.docx}: the charts embedded as images, the tables
 * as Word tables, ready to be pasted into an official 绩效评价报告.
 */
public final class DocxReportWriter {
    public static final String FILE = "report.docx";

    /**
     * Refuses {@code directory} when a {@code report.docx} is there that an earlier report did not write (or it is a
     * link): call it before writing anything else of the same report.
     */
    public void requireReplaceable(Path directory) {
        new DocxReportFile(directory.resolve(FILE)).requireReplaceable();
    }

    /** Writes {@code report.docx} into {@code directory} and returns it; refused as {@link #requireReplaceable}. */
    public Path write(ReportContent content, Path directory) {
        DocxReportFile file = new DocxReportFile(directory.resolve(FILE));
        file.requireReplaceable();
        try (XWPFDocument document = ReportDocument.of(content)) {
            file.write(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory.resolve(FILE);
    }
}
