package io.jixiao.read.pdf;

import java.util.List;

/**
 * One page's text lines and the table's ruling lines where they were seen, in one unit (points for a PDF's text
 * layer, pixels for a scan), y from the top.
 *
 * @param lines           the text lines, top to bottom
 * @param horizontalRules the y of each horizontal ruling line, ascending; empty where none were seen
 * @param verticalRules   the x of each vertical ruling line, ascending; empty where none were seen
 */
public record TablePage(List<TextLine> lines, float[] horizontalRules, float[] verticalRules) {

    public TablePage {
        lines = List.copyOf(lines);
        horizontalRules = horizontalRules.clone();
        verticalRules = verticalRules.clone();
    }

    /** A page of which only the text is known. */
    public static TablePage ofText(List<TextLine> lines) {
        return new TablePage(lines, new float[0], new float[0]);
    }

    /** Whether a horizontal rule lies between two baselines: the two lines are in different table rows. */
    boolean ruleBetween(float upper, float lower) {
        for (float rule : horizontalRules) {
            if (rule > upper && rule < lower) {
                return true;
            }
        }
        return false;
    }

    /** Whether the page shows enough horizontal rules to tell its rows by them. */
    boolean hasRowRules() {
        return horizontalRules.length >= MIN_RULES;
    }

    /** Whether the page shows enough vertical rules to tell its columns by them. */
    boolean hasColumnRules() {
        return verticalRules.length >= MIN_RULES;
    }

    /** A table's outline alone is two rules; a third divides it. */
    private static final int MIN_RULES = 3;
}
