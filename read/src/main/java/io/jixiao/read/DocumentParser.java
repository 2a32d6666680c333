package io.jixiao.read;

import io.jixiao.read.binary.BinaryRowsReader;
import io.jixiao.read.binary.DocumentFormat;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.DocumentRejectedException;
import io.jixiao.read.binary.SourceRows;
import io.jixiao.read.encoding.DecodedText;
import io.jixiao.read.encoding.TextDecoder;
import io.jixiao.read.flat.FlatLinesReader;
import io.jixiao.read.form.DocumentForms;
import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.form.RowQuote;
import io.jixiao.read.layout.CellStreamReader;
import io.jixiao.read.layout.LayoutDetector;
import io.jixiao.read.layout.LayoutReader;
import io.jixiao.read.layout.PageBreakJoiner;
import io.jixiao.read.layout.Row;
import io.jixiao.read.layout.RowsRead;
import io.jixiao.read.office.DocRowsReader;
import io.jixiao.read.office.DocxRowsReader;
import io.jixiao.read.office.WorkbookRowsReader;
import io.jixiao.read.pdf.PdfRowsReader;
import io.jixiao.read.pdf.ScannedPdfException;
import io.jixiao.read.scan.ScanRowsReader;
import io.jixiao.read.scan.Tesseract;
import io.jixiao.read.stream.CellStreamRows;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.model.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one document's bytes into forms. The format is told from the content ({@link DocumentFormat}): Excel
 * (xlsx, xls), Word (docx, doc) and PDF documents are read by their own readers into rows of cells, scans (PDFs
 * without text, PNG, JPEG, TIFF) by OCR; text is decoded and its
 * layout detected. Either way the same form readers turn the rows into forms. Binary documents report problems with
 * their place in the message ("sheet '自评表' row 12: …"); their line numbers follow each reader's convention.
 * Documents over the size, row or time limits are rejected with the reason. Pure Java, thread-safe (it keeps no
 * state between calls), never throws on bad input.
 */
public final class DocumentParser {

    /** The encoding reported for Office and PDF documents: their text is not decoded from the bytes as a whole. */
    public static final String BINARY = "binary";
    private static final Pattern LINE_PREFIX = Pattern.compile("^line (\\d+): ");

    private final DocumentLimits limits;
    private final TextDecoder decoder = new TextDecoder();
    private final PageBreakJoiner joiner = new PageBreakJoiner(LabelVocabulary::isAnchor);
    private final LayoutDetector layouts = new LayoutDetector(joiner);
    private final DocumentForms forms;
    private final Tesseract tesseract = new Tesseract();

    public DocumentParser() {
        this(DocumentLimits.DEFAULT);
    }

    public DocumentParser(DocumentLimits limits) {
        this(limits, false);
    }

    /** @param explain whether results carry how each table was read ({@link ParseResult#explanation()}) */
    public DocumentParser(DocumentLimits limits, boolean explain) {
        this.limits = limits;
        this.forms = new DocumentForms(explain);
    }

    public ParsedDocument parse(String documentName, byte[] bytes) {
        return read(documentName, bytes).document();
    }

    /** Parses and also returns which lines were used and which were reported. */
    public ParseResult read(String documentName, byte[] bytes) {
        try {
            return readChecked(documentName, bytes == null ? new byte[0] : bytes);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect in a reader must not stop a batch: the document is rejected with the reason.
            return rejected(documentName, null,
                    "parser failure: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ParseResult readChecked(String documentName, byte[] bytes) {
        try {
            limits.checkSize(bytes);
            return switch (DocumentFormat.of(bytes)) {
                case TEXT -> readText(documentName, bytes);
                case XLSX -> readBinary(documentName, bytes, new WorkbookRowsReader("xlsx"));
                case XLS -> readBinary(documentName, bytes, new WorkbookRowsReader("xls"));
                case DOCX -> readBinary(documentName, bytes, new DocxRowsReader());
                case DOC -> readBinary(documentName, bytes, new DocRowsReader());
                case PDF -> readPdf(documentName, bytes);
                case PNG, JPEG, TIFF -> readBinary(documentName, bytes,
                        new ScanRowsReader(joiner, tesseract, DocumentFormat.of(bytes)));
            };
        } catch (DocumentRejectedException e) {
            return rejected(documentName, null, e.getMessage());
        }
    }

    /** A PDF without a text layer is a scan: its pages are read by OCR. */
    private ParseResult readPdf(String documentName, byte[] bytes) throws DocumentRejectedException {
        try {
            return readBinary(documentName, bytes, new PdfRowsReader(joiner));
        } catch (ScannedPdfException e) {
            return readBinary(documentName, bytes, new ScanRowsReader(joiner, tesseract, DocumentFormat.PDF));
        }
    }

    private ParseResult readBinary(String documentName, byte[] bytes, BinaryRowsReader reader)
            throws DocumentRejectedException {
        SourceRows rows = reader.read(bytes, limits);
        DocumentForms.Result result = forms.read(rows.rows(), false, ScanRowsReader.isOcr(reader.name()));
        if (result.rejection() != null) {
            Matcher line = LINE_PREFIX.matcher(result.rejection());
            return rejected(documentName, null, line.find()
                    ? rows.place(Integer.parseInt(line.group(1))) + ": " + result.rejection().substring(line.end())
                    : result.rejection());
        }
        List<Problem> problems = new ArrayList<>(rows.problems());
        result.problems().stream()
                .map(problem -> problem.line() > 0
                        ? new Problem(problem.line(), rows.place(problem.line()) + ": " + problem.message())
                        : problem)
                .forEach(problems::add);
        ParsedDocument document = new ParsedDocument(documentName, BINARY, reader.name(), result.forms(), problems,
                null);
        return new ParseResult(document, result.usedLines(), result.reportedLines(), result.explanation());
    }

    private ParseResult readText(String documentName, byte[] bytes) {
        DecodedText decoded = decoder.decode(bytes);
        if (decoded.isRejected()) {
            return rejected(documentName, decoded.encoding(), decoded.rejection());
        }
        List<String> lines = Arrays.asList(decoded.text().split("\n", -1));
        Optional<LayoutReader> layout = layouts.detect(lines);
        if (layout.isEmpty()) {
            int first = firstNonBlank(lines);
            return rejected(documentName, decoded.encoding(), "line " + (first + 1)
                    + ": no known layout (tab rows, one cell per line, pipe rows, pipe cells, space-separated rows, "
                    + "forms flattened into long lines, cells per paragraph): '"
                    + RowQuote.ofLine(lines.get(first), first + 1) + "'");
        }
        RowsRead rows = layout.get().read(lines);
        // a cell stream's rows are rebuilt by the form's labels, which the layout readers do not know
        List<Row> tableRows = layout.get().name().equals(CellStreamReader.NAME)
                ? CellStreamRows.regroup(rows.rows()) : rows.rows();
        // OCR's misreadings live in previews, the text flattened into long lines
        DocumentForms.Result result = forms.read(tableRows, layout.get().name().equals(FlatLinesReader.NAME));
        if (result.rejection() != null) {
            return rejected(documentName, decoded.encoding(), result.rejection());
        }
        BitSet used = (BitSet) result.usedLines().clone();
        rows.layoutLines().forEach(used::set);
        List<Problem> problems = new ArrayList<>(result.problems());
        if (decoded.warning() != null) {
            problems.add(new Problem(lines.size(), decoded.warning()));
        }
        ParsedDocument document = new ParsedDocument(documentName, decoded.encoding(), layout.get().name(),
                result.forms(), problems, null);
        return new ParseResult(document, used, result.reportedLines(), result.explanation());
    }

    private static ParseResult rejected(String documentName, String encoding, String why) {
        return new ParseResult(ParsedDocument.rejected(documentName, encoding, why), new BitSet(), new BitSet());
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }
}
