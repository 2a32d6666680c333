package io.jixiao.reports.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a table's columns sit on the page: numbers right-aligned (so that their digits line up), text left-aligned,
 * and each column as wide as its text asks for, the way a browser lays out a table: when every column fits on one
 * line, each gets its width and the rest of the line in proportion; when not, each first gets room for
 * {@link #UNWRAPPED} characters (a year, a figure, a short name never wraps) or its longest word, and the longer
 * ones share what is left, in proportion to what more they ask for.
 *
 * @param alignments one per column
 * @param widths     one per column, in twentieths of a point (twips), summing to the table's width
 * @param room       the share of what the longer columns ask for beyond their least width that they got:
 *                   1 when every cell fits on one line, 0 when even the short ones are squeezed
 */
record ColumnLayout(List<ParagraphAlignment> alignments, List<Integer> widths, double room) {
    /** A figure as the report prints it: 1,164.03, -3, 99.21%, 2020. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?%?");
    /** What the report prints for a figure it does not have. */
    private static final Pattern NO_FIGURE = Pattern.compile("|–|-|—");
    /** Widths in half-width characters (a Chinese character counts two); a longer text wraps in any case. */
    private static final int NARROWEST = 4;
    private static final int WIDEST = 40;
    private static final int UNWRAPPED = 10;
    /**
     * A word of Latin letters, digits and signs (a rule's name, a source file and line) breaks only where a column is
     * too narrow for it: up to this many characters, its column is made wide enough.
     */
    private static final int WORD_WIDEST = 30;
    /** Room for one more character than measured: glyphs differ from the estimate, and "2020" must not wrap. */
    private static final int SLACK = 1;
    /** A half-width character of the table's text (9 pt): 4½ pt, in twips. */
    private static final double CHARACTER = 90;
    private static final double MARGINS = 2.0 * ThreeLineTable.CELL_MARGIN;

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

    static ColumnLayout of(List<String> columns, List<List<String>> rows, List<ParagraphAlignment> alignments,
                           int tableWidth) {
        double[] natural = new double[columns.size()];
        double[] least = new double[columns.size()];
        for (int column = 0; column < columns.size(); column++) {
            int widest = width(columns.get(column));
            int longestWord = 0;
            for (List<String> row : rows) {
                widest = Math.max(widest, width(row.get(column)));
                longestWord = Math.max(longestWord, longestWord(row.get(column)));
            }
            widest = Math.max(NARROWEST, Math.min(WIDEST, widest));
            natural[column] = (widest + SLACK) * CHARACTER + MARGINS;
            int leastWidth = Math.min(widest, Math.max(UNWRAPPED, Math.min(WORD_WIDEST, longestWord)));
            least[column] = (leastWidth + SLACK) * CHARACTER + MARGINS;
        }
        double naturalSum = sum(natural);
        double leastSum = sum(least);
        double[] widths = new double[columns.size()];
        double room;
        if (naturalSum <= tableWidth) {
            room = 1;
            for (int column = 0; column < widths.length; column++) {
                widths[column] = natural[column] * tableWidth / naturalSum;
            }
        } else if (leastSum <= tableWidth) {
            room = (tableWidth - leastSum) / (naturalSum - leastSum);
            for (int column = 0; column < widths.length; column++) {
                widths[column] = least[column] + room * (natural[column] - least[column]);
            }
        } else {
            room = 0;
            for (int column = 0; column < widths.length; column++) {
                widths[column] = least[column] * tableWidth / leastSum;
            }
        }
        List<Integer> twips = new ArrayList<>();
        int given = 0;
        for (int column = 0; column < widths.length; column++) {
            int width = column == widths.length - 1 ? tableWidth - given : (int) Math.round(widths[column]);
            twips.add(width);
            given += width;
        }
        return new ColumnLayout(alignments, twips, room);
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

    /** The longest run without a place to break a line: no white space and no Chinese character in it. */
    private static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int c : (text == null ? "" : text).codePoints().toArray()) {
            run = Character.isWhitespace(c) || c >= 0x2E80 ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
