package io.jixiao.read.pdf;

import io.jixiao.read.binary.BinaryRowsReader;
import io.jixiao.read.binary.Deadline;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.DocumentRejectedException;
import io.jixiao.read.binary.SourceRows;
import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.CellCleaning;
import io.jixiao.read.layout.PageBreakJoiner;
import io.jixiao.read.layout.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF's text layer into table rows rebuilt from the glyphs' positions.
 *
 * <ol>
 *   <li>Each page's glyphs are grouped into text lines, and each line split into chunks at the gaps between cells
 *       ({@link PageLines}). Lines that only number the page ("-1-", "— 2 —") are dropped ({@link PageNumbers}).
 *   <li>The lines become table rows and cells by their positions ({@link TableRebuilder}).
 * </ol>
 *
 * <p>Lines: a cell's line is {@code page * 1000 + line on that page}, so 3014 is page 3, line 14; messages say
 * "page 3 line 14". A PDF without any text (a scan) is told by a {@link ScannedPdfException}, so that it can be
 * read by OCR instead. Known limits: ruling lines are not read from the PDF's drawing, so a column in which no cell of a multi-cell line starts is not seen (the cells right of it move one
 * column left; form tables have column headers in every column), and tables whose cells are centred or
 * right-aligned, or whose rows are no farther apart than the lines inside a cell, are not rebuilt reliably.
 */
public final class PdfRowsReader implements BinaryRowsReader {

    /** Line numbers of page p start at p times this. */
    static final int PAGE_STRIDE = 1000;
    /** Chunks whose left edges are this close (points) start the same column. */
    private static final float COLUMN_TOLERANCE = 2f;

    private final TableRebuilder rebuilder;

    public PdfRowsReader(PageBreakJoiner joiner) {
        this.rebuilder = new TableRebuilder(joiner, COLUMN_TOLERANCE, 1);
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public SourceRows read(byte[] bytes, DocumentLimits limits) throws DocumentRejectedException {
        Deadline deadline = limits.deadline();
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxBytes() * 4).streamCache)) {
            List<List<TextLine>> pages = pages(document, limits, deadline, isCutShort(bytes));
            List<Row> rows = rebuilder.rows(pages.stream().map(TablePage::ofText).toList());
            limits.checkRows(rows.size());
            return new SourceRows(rows, line -> "page " + line / PAGE_STRIDE + " line " + line % PAGE_STRIDE);
        } catch (InvalidPasswordException e) {
            throw new DocumentRejectedException("encrypted PDF (password-protected): cannot be read", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException((isCutShort(bytes) ? CUT_SHORT + ": " : "corrupt PDF: ")
                    + e.getMessage(), e);
        }
    }

    private static final String CUT_SHORT = "PDF cut short (no %%EOF at its end: an incomplete download or copy?)";
    private static final byte[] END_MARK = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Writers may put a line break, a few blanks or a NUL padding after the end mark. */
    private static final int END_WINDOW = 1024;

    /** Whether the file lacks its end mark near its end: cut short, whatever PDFBox managed to recover. */
    private static boolean isCutShort(byte[] bytes) {
        int from = Math.max(0, bytes.length - END_WINDOW);
        for (int i = bytes.length - END_MARK.length; i >= from; i--) {
            if (Arrays.equals(bytes, i, i + END_MARK.length, END_MARK, 0, END_MARK.length)) {
                return false;
            }
        }
        return true;
    }

    private static List<List<TextLine>> pages(PDDocument document, DocumentLimits limits, Deadline deadline,
                                              boolean cutShort) throws IOException, DocumentRejectedException {
        GlyphCollector collector = new GlyphCollector();
        List<List<TextLine>> pages = new ArrayList<>();
        int glyphs = 0;
        int lines = 0;
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            deadline.check();
            List<Glyph> page = collector.page(document, p);
            glyphs += page.size();
            List<TextLine> pageLines = PageLines.of(page, p * PAGE_STRIDE + 1);
            if (pageLines.size() >= PAGE_STRIDE) {
                throw new DocumentRejectedException("page " + p + " has more than " + (PAGE_STRIDE - 1)
                        + " text lines");
            }
            lines += pageLines.size();
            limits.checkRows(lines);
            pages.add(pageLines.stream().filter(line -> !PageNumbers.isPageNumber(line.text())).toList());
        }
        if (glyphs == 0 && cutShort) {
            // PDFBox recovers what it can of a cut file, often pages without their text: not a scan
            throw new DocumentRejectedException(CUT_SHORT + ": no text could be recovered");
        }
        if (glyphs == 0) {
            throw new ScannedPdfException();
        }
        return pages;
    }

}
