package io.jixiao.read.office;

import java.util.Arrays;

/**
 * The columns of a Word 97-2003 table, which has no grid of its own: each row lists its cells with their left edge and
 * width. Every cell edge of every row of the table is a column boundary, edges closer than {@link #TOLERANCE_TWIPS}
 * one boundary; a cell spans the columns between its edges, as a docx cell spans its gridSpan.
 */
final class ColumnEdges {

    /** One point: edges meant to line up are written a few twips apart by some editors; no real column is this narrow. */
    static final int TOLERANCE_TWIPS = 20;

    private final int[] boundaries;

    private ColumnEdges(int[] boundaries) {
        this.boundaries = boundaries;
    }

    /** @param edges every cell's left and right edge, in twips, in any order */
    static ColumnEdges of(int[] edges) {
        int[] sorted = edges.clone();
        Arrays.sort(sorted);
        int[] kept = new int[sorted.length];
        int count = 0;
        for (int edge : sorted) {
            if (count == 0 || edge > kept[count - 1] + TOLERANCE_TWIPS) {
                kept[count++] = edge;
            }
        }
        return new ColumnEdges(Arrays.copyOf(kept, count));
    }

    /** How many columns a cell from {@code left} to {@code right} spans: at least one, at most {@link WordRows#MAX_SPAN}. */
    int span(int left, int right) {
        int inside = 0;
        for (int boundary : boundaries) {
            if (boundary > left + TOLERANCE_TWIPS && boundary < right - TOLERANCE_TWIPS) {
                inside++;
            }
        }
        return Math.min(WordRows.MAX_SPAN, inside + 1);
    }
}
