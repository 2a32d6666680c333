package io.jixiao.jobs.read.pdf;

import io.jixiao.jobs.read.binary.BinaryRowsReader;
import io.jixiao.jobs.read.binary.Deadline;
import io.jixiao.jobs.read.binary.DocumentLimits;
import io.jixiao.jobs.read.binary.DocumentRejectedException;
import io.jixiao.jobs.read.binary.SourceRows;
import io.jixiao.jobs.read.layout.Cell;
import io.jixiao.jobs.read.layout.CellText;
import io.jixiao.jobs.read.layout.PageBreakJoiner;
import io.jixiao.jobs.read.layout.Row;
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
 *   <li>Columns are the left edges of the chunks of lines that hold two or more chunks, over the whole document
 *       (cells are left-aligned on one grid); a chunk belongs to the right-most column starting at or left of it,
 *       so a centred title is a row of one filled cell.
 *   <li>Lines closer than {@link #ROW_GAP} font sizes (baseline to baseline) belong to one table row: a wrapped cell
 *       goes on in the same column on the next line. Its pieces are joined without a separator (CJK), with a blank
 *       between two Latin letters or digits, and with a line break after a sentence end (。；！？), as the
 *       cell-per-line text layout joins them. A page break ends a row, but a first row of a page that only
 *       continues the last row of the page before ("指标" under "社会效益") is joined to it by the
 *       {@link PageBreakJoiner}, as in the text layouts.
 * </ol>
 *
 * <p>Lines: a cell's line is {@code page * 1000 + line on that page}, so 3014 is page 3, line 14; messages say
 * "page 3 line 14". A PDF without any text (a scan) is rejected: OCR is out of scope. Known limits: ruling lines are
 * not read, so a column in which no cell of a multi-cell line starts is not seen (the cells right of it move one
 * column left; form tables have column headers in every column), and tables whose cells are centred or
 * right-aligned, or whose rows are no farther apart than the lines inside a cell, are not rebuilt reliably.
 */
public final class PdfRowsReader implements BinaryRowsReader {

    /** Baselines farther apart than this many font sizes start a new row; lines inside a cell are about 1.25. */
    static final float ROW_GAP = 1.7f;
    /** Line numbers of page p start at p times this. */
    static final int PAGE_STRIDE = 1000;
    /** Chunks whose left edges are this close (points) start the same column. */
    private static final float COLUMN_TOLERANCE = 2f;

    private final PageBreakJoiner joiner;

    public PdfRowsReader(PageBreakJoiner joiner) {
        this.joiner = joiner;
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
            float[] columns = columns(pages);
            List<Row> rows = new ArrayList<>();
            for (List<TextLine> page : pages) {
                readRows(page, columns, rows);
                limits.checkRows(rows.size());
            }
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
            throw new DocumentRejectedException("PDF has no text layer (scanned image?); OCR is not supported");
        }
        return pages;
    }

    /** The left edges of the table columns, ascending. */
    private static float[] columns(List<List<TextLine>> pages) {
        List<Float> edges = new ArrayList<>();
        for (List<TextLine> page : pages) {
            for (TextLine line : page) {
                if (line.chunks().size() > 1) {
                    line.chunks().forEach(chunk -> edges.add(chunk.x()));
                }
            }
        }
        edges.sort(null);
        List<Float> columns = new ArrayList<>();
        for (float edge : edges) {
            if (columns.isEmpty() || edge - columns.get(columns.size() - 1) > COLUMN_TOLERANCE) {
                columns.add(edge);
            }
        }
        float[] result = new float[columns.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = columns.get(i);
        }
        return result;
    }

    private static int column(float[] columns, float x) {
        int index = Arrays.binarySearch(columns, x + COLUMN_TOLERANCE);
        return Math.max(0, index >= 0 ? index : -index - 2);
    }

    private void readRows(List<TextLine> page, float[] columns, List<Row> rows) {
        List<List<TextLine>> pageRows = new ArrayList<>();
        List<TextLine> row = new ArrayList<>();
        for (TextLine line : page) {
            if (!row.isEmpty() && line.y() - row.get(row.size() - 1).y() > ROW_GAP * line.size()) {
                pageRows.add(row);
                row = new ArrayList<>();
            }
            row.add(line);
        }
        if (!row.isEmpty()) {
            pageRows.add(row);
        }
        for (int i = 0; i < pageRows.size(); i++) {
            joiner.append(rows, row(pageRows.get(i), columns), i == 0);
        }
    }

    private static Row row(List<TextLine> lines, float[] columns) {
        TreeMap<Integer, StringBuilder> texts = new TreeMap<>();
        TreeMap<Integer, Integer> firstLines = new TreeMap<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (TextLine line : lines) {
            lineNumbers.add(line.line());
            for (TextLine.Chunk chunk : line.chunks()) {
                int column = column(columns, chunk.x());
                firstLines.putIfAbsent(column, line.line());
                StringBuilder text = texts.computeIfAbsent(column, c -> new StringBuilder());
                append(text, chunk.text());
            }
        }
        List<Cell> cells = new ArrayList<>();
        int first = lines.get(0).line();
        for (int c = 0; c <= texts.lastKey(); c++) {
            StringBuilder text = texts.get(c);
            cells.add(text == null ? new Cell("", first) : new Cell(CellText.clean(text.toString()), firstLines.get(c)));
        }
        return new Row(cells, lineNumbers);
    }

    /** Continues a cell with the text of its next line. */
    private static void append(StringBuilder cell, String next) {
        if (cell.length() > 0 && !next.isEmpty()) {
            char last = cell.charAt(cell.length() - 1);
            if ("。；;！!？?".indexOf(last) >= 0) {
                cell.append('\n');
            } else if (isLatin(last) && isLatin(next.charAt(0))) {
                cell.append(' ');
            }
        }
        cell.append(next);
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
