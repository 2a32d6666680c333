package io.jixiao.reports.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a table's columns sit on the page: numbers right-aligned (so that their digits line up), text left-aligned,
 * and each column as wide as its text asks for, in proportion, within the text width.
 *
 * @param alignments one per column
 * @param widths     one per column, in twentieths of a point (twips), summing to the table's width
 */
record ColumnLayout(List<ParagraphAlignment> alignments, List<Integer> widths) {
    /** A figure as the report prints it: 1,164.03, -3, 99.21%, 2020. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?%?");
    /** What the report prints for a figure it does not have. */
    private static final Pattern NO_FIGURE = Pattern.compile("|–|-|—");
    /** Widths in half-width characters (a Chinese character counts two): a longer text wraps, a header wraps early. */
    private static final int NARROWEST = 4;
    private static final int WIDEST = 40;
    private static final int HEADER_WIDEST = 10;
    /** A column's text up to this many half-width characters is given room not to wrap. */
    private static final int UNWRAPPED = 10;
    /** A half-width character of the table's text (9 pt): 4½ pt, in twips. */
    private static final double CHARACTER = 90;

    ColumnLayout {
        alignments = List.copyOf(alignments);
        widths = List.copyOf(widths);
        if (alignments.size() != widths.size()) {
            throw new IllegalArgumentException(alignments.size() + " alignments for " + widths.size() + " columns");
        }
    }

    /** Right-aligns the columns that hold figures only (at least one). */
    static ColumnLayout of(List<String> columns, List<List<String>> rows, int tableWidth) {
        List<ParagraphAlignment> alignments = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            int c = column;
            boolean figures = rows.stream().anyMatch(row -> isNumber(row.get(c)))
                    && rows.stream().allMatch(row -> isNumber(row.get(c)) || isNoFigure(row.get(c)));
            alignments.add(figures ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        }
        return of(columns, rows, alignments, tableWidth);
    }

    /**
     * Each column first gets the room its text needs up to {@link #UNWRAPPED} characters (a year, a figure, a short
     * name never wraps); what is left goes to the longer columns in proportion to what more they ask for.
     */
    static ColumnLayout of(List<String> columns, List<List<String>> rows, List<ParagraphAlignment> alignments,
                           int tableWidth) {
        List<Integer> wants = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            int widest = Math.min(HEADER_WIDEST, width(columns.get(column)));
            for (List<String> row : rows) {
                widest = Math.max(widest, width(row.get(column)));
            }
            wants.add(Math.max(NARROWEST, Math.min(WIDEST, widest)));
        }
        List<Double> widths = new ArrayList<>();
        double needed = 0;
        for (int want : wants) {
            double width = Math.min(want, UNWRAPPED) * CHARACTER + 2 * ThreeLineTable.CELL_MARGIN;
            widths.add(width);
            needed += width;
        }
        double more = wants.stream().mapToInt(want -> Math.max(0, want - UNWRAPPED)).sum();
        double left = tableWidth - needed;
        for (int column = 0; column < wants.size(); column++) {
            double width = widths.get(column);
            if (left < 0) {
                width = width * tableWidth / needed;  // too many columns: all narrower alike
            } else if (more > 0) {
                width += left * Math.max(0, wants.get(column) - UNWRAPPED) / more;
            } else {
                width += left / wants.size();
            }
            widths.set(column, width);
        }
        List<Integer> twips = new ArrayList<>();
        int given = 0;
        for (int column = 0; column < widths.size(); column++) {
            int width = column == widths.size() - 1 ? tableWidth - given : (int) Math.round(widths.get(column));
            twips.add(width);
            given += width;
        }
        return new ColumnLayout(alignments, twips);
    }

    static boolean isNumber(String cell) {
        return cell != null && NUMBER.matcher(cell.strip()).matches();
    }

    private static boolean isNoFigure(String cell) {
        return cell == null || NO_FIGURE.matcher(cell.strip()).matches();
    }

    /** The width of the longest line, in half-width characters. */
    private static int width(String text) {
        int widest = 0;
        for (String line : (text == null ? "" : text).split("\n")) {
            widest = Math.max(widest, line.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum());
        }
        return widest;
    }
}
