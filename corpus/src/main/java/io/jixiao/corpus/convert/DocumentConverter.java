package io.jixiao.corpus.convert;

import io.jixiao.read.binary.DocumentFormat;
import io.jixiao.read.encoding.DecodedText;
import io.jixiao.read.encoding.TextDecoder;
import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.layout.LayoutDetector;
import io.jixiao.read.layout.LayoutReader;
import io.jixiao.read.layout.PageBreakJoiner;
import io.jixiao.read.layout.Row;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a text document's tables as an Excel workbook, a Word document or a PDF, the formats units publish their
 * forms in: the text's rows of cells (as its layout reader reads them) become sheet rows, table rows or PDF lines,
 * with merged cells where the printed forms have them ({@link TableGrid}). Used by the parser benchmark and the
 * tests of the binary readers.
 */
public final class DocumentConverter {

    private final TextDecoder decoder = new TextDecoder();
    private final LayoutDetector layouts = new LayoutDetector(new PageBreakJoiner(LabelVocabulary::isAnchor));

    /** The rows of a text document, as the parser reads them before the form readers. */
    public List<Row> rows(byte[] text) {
        DecodedText decoded = decoder.decode(text);
        if (decoded.isRejected()) {
            throw new IllegalArgumentException("not a text document: " + decoded.rejection());
        }
        List<String> lines = Arrays.asList(decoded.text().split("\n", -1));
        LayoutReader layout = layouts.detect(lines)
                .orElseThrow(() -> new IllegalArgumentException("no known text layout"));
        return layout.read(lines).rows();
    }

    public byte[] convert(byte[] text, DocumentFormat format) throws IOException {
        return write(rows(text), format);
    }

    public byte[] write(List<Row> rows, DocumentFormat format) throws IOException {
        TableGrid grid = TableGrid.of(rows);
        return switch (format) {
            case XLSX -> new WorkbookWriter(XSSFWorkbook::new).write(grid);
            case XLS -> new WorkbookWriter(HSSFWorkbook::new).write(grid);
            case DOCX -> new DocxWriter().write(grid);
            case PDF -> new PdfWriter().write(grid);
            case TEXT -> throw new IllegalArgumentException("text is the source format, not a target");
            case PNG, JPEG, TIFF -> throw new IllegalArgumentException(format + " is a scan's format: render a PDF");
            case DOC -> throw new IllegalArgumentException("doc is not written here: LibreOffice converts the docx");
        };
    }
}
