package io.jixiao.read.pdf;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.CellCleaning;
import io.jixiao.read.layout.PageBreakJoiner;
import io.jixiao.read.layout.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Rebuilds table rows from pages of positioned text lines (a PDF's text layer, or the words OCR found on a scan).
 *
 * <ol>
 *   <li>Columns: where the pages show vertical ruling lines, each starts a column (one grid for the document, so
 *       that a table's columns keep their numbers across a page break). Elsewhere the columns are the left edges of the chunks of lines that hold two or more chunks, over all such pages (cells are left-aligned on one
 *       grid), edges closer than the tolerance being one, and an edge where too few chunks start being none. A chunk belongs to the right-most column starting at or
 *       left of it, so a centred title is a row of one filled cell.
 *   <li>Rows: where a page shows horizontal ruling lines, a new row starts at a line with a rule above it. Elsewhere
 *       lines closer than {@link #ROW_GAP} font sizes (baseline to baseline) belong to one row: a wrapped cell goes
 *       on in the same column on the next line. Its pieces are joined without a separator (CJK), with a blank
 *       between two Latin letters or digits, and with a line break after a sentence end (。；！？), as the
 *       cell-per-line text layout joins them. A page break ends a row, but a first row of a page that only
 *       continues the last row of the page before ("指标" under "社会效益") is joined to it by the
 *       {@link PageBreakJoiner}, as in the text layouts.
 * </ol>
 */
public final class TableRebuilder {

    /** Baselines farther apart than this many font sizes start a new row; lines inside a cell are about 1.25. */
    static final float ROW_GAP = 1.7f;

    private final PageBreakJoiner joiner;
    private final float columnTolerance;
    private final int minSupport;

    /**
     * @param columnTolerance how close (in the pages' unit) two left edges must be to start the same column
     * @param minSupport      how many chunks must start at an edge for it to be a column: 1 where positions are exact
     *                        (a PDF's text), more where a stray word may start anywhere (OCR)
     */
    public TableRebuilder(PageBreakJoiner joiner, float columnTolerance, int minSupport) {
        this.joiner = joiner;
        this.columnTolerance = columnTolerance;
        this.minSupport = minSupport;
    }

    public List<Row> rows(List<TablePage> pages) {
        boolean ruled = pages.stream().anyMatch(TablePage::hasColumnRules);
        float[] columns = ruled ? ruledColumns(pages) : columns(pages);
        // a ruled grid says where every cell is, the empty ones at a row's end too: the last rule closes the table
        int width = ruled ? columns.length - 1 : 0;
        List<Row> rows = new ArrayList<>();
        for (TablePage page : pages) {
            readRows(page, columns, width, rows);
        }
        return rows;
    }

    /** The vertical rules of all pages, those closer than the tolerance being one: one grid for the document. */
    private float[] ruledColumns(List<TablePage> pages) {
        List<Float> rules = new ArrayList<>();
        for (TablePage page : pages) {
            for (float rule : page.verticalRules()) {
                rules.add(rule);
            }
        }
        return clustered(rules, 1);
    }

    /** The left edges of the table columns: where the chunks of lines of two or more chunks start, ascending. */
    private float[] columns(List<TablePage> pages) {
        List<Float> edges = new ArrayList<>();
        for (TablePage page : pages) {
            for (TextLine line : page.lines()) {
                if (line.chunks().size() > 1) {
                    line.chunks().forEach(chunk -> edges.add(chunk.x()));
                }
            }
        }
        return clustered(edges, minSupport);
    }

    private float[] clustered(List<Float> edges, int minSupport) {
        edges.sort(null);
        List<Float> columns = new ArrayList<>();
        float start = Float.NaN;
        int support = 0;
        for (float edge : edges) {
            if (support > 0 && edge - start > columnTolerance) {
                if (support >= minSupport) {
                    columns.add(start);
                }
                support = 0;
            }
            if (support == 0) {
                start = edge;
            }
            support++;
        }
        if (support >= minSupport) {
            columns.add(start);
        }
        float[] result = new float[columns.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = columns.get(i);
        }
        return result;
    }

    private int column(float[] columns, float x) {
        int index = Arrays.binarySearch(columns, x + columnTolerance);
        return Math.max(0, index >= 0 ? index : -index - 2);
    }

    private void readRows(TablePage page, float[] columns, int width, List<Row> rows) {
        List<List<TextLine>> pageRows = new ArrayList<>();
        List<TextLine> row = new ArrayList<>();
        for (TextLine line : page.lines()) {
            if (!row.isEmpty() && startsRow(page, row.get(row.size() - 1), line)) {
                pageRows.add(row);
                row = new ArrayList<>();
            }
            row.add(line);
        }
        if (!row.isEmpty()) {
            pageRows.add(row);
        }
        for (int i = 0; i < pageRows.size(); i++) {
            joiner.append(rows, row(pageRows.get(i), columns, width), i == 0);
        }
    }

    private static boolean startsRow(TablePage page, TextLine previous, TextLine line) {
        return page.hasRowRules()
                ? page.ruleBetween(previous.y(), line.y())
                : line.y() - previous.y() > ROW_GAP * line.size();
    }

    /** The row of a group of lines, its cells at least {@code width} (empty ones after its last filled cell). */
    private Row row(List<TextLine> lines, float[] columns, int width) {
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
        for (int c = 0; c <= Math.max(texts.lastKey(), width - 1); c++) {
            StringBuilder text = texts.get(c);
            cells.add(text == null ? new Cell("", first) : new Cell(CellCleaning.clean(text.toString()), firstLines.get(c)));
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
