package io.jixiao.corpus.convert;

import io.jixiao.read.layout.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's rows as a grid of cell texts with the merged cells an office document would have: a label in the
 * first two columns merged down over the empty cells below it (the indicator table's level names, the fund table's
 * 项目资金 label), and in rows of at most three filled cells each filled cell merged right over the empty cells after
 * it (header fields, goal texts). Merging only empty cells keeps the rows' text as it was.
 */
public record TableGrid(List<List<String>> rows, List<Merge> merges, int width) {

    /** A merged region, inclusive, 0-based. */
    public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        boolean covers(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }

        boolean isTopLeft(int row, int column) {
            return row == firstRow && column == firstColumn;
        }
    }

    private static final int MERGED_DOWN_COLUMNS = 2;
    private static final int MAX_FILLED_TO_MERGE_RIGHT = 3;

    public TableGrid {
        rows = rows.stream().map(List::copyOf).toList();
        merges = List.copyOf(merges);
    }

    public static TableGrid of(List<Row> rows) {
        List<List<String>> texts = new ArrayList<>();
        int width = 0;
        for (Row row : rows) {
            List<String> cells = row.cells().stream().map(cell -> cell.text()).toList();
            texts.add(cells);
            width = Math.max(width, cells.size());
        }
        List<Merge> merges = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            for (int c = 0; c < MERGED_DOWN_COLUMNS; c++) {
                if (isFilled(texts, r, c) && texts.get(r).size() > 1 && mergeAt(merges, r, c) == null) {
                    int last = r;
                    while (last + 1 < texts.size() && continuesDown(texts.get(last + 1), c)) {
                        last++;
                    }
                    if (last > r) {
                        merges.add(new Merge(r, last, c, c));
                    }
                }
            }
        }
        for (int r = 0; r < texts.size(); r++) {
            List<String> row = texts.get(r);
            if (row.size() < 2 || row.stream().filter(text -> !text.isEmpty()).count() > MAX_FILLED_TO_MERGE_RIGHT) {
                continue;
            }
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).isEmpty() || mergeAt(merges, r, c) != null) {
                    continue;
                }
                int last = c;
                while (last + 1 < row.size() && row.get(last + 1).isEmpty() && mergeAt(merges, r, last + 1) == null) {
                    last++;
                }
                if (last > c) {
                    merges.add(new Merge(r, r, c, last));
                }
            }
        }
        return new TableGrid(texts, merges, width);
    }

    /** The merged region the cell lies in, or null. */
    public Merge mergeAt(int row, int column) {
        return mergeAt(merges, row, column);
    }

    /** Whether the row is a single cell (a title, the year, a line of text outside the tables). */
    public boolean isSingleCell(int row) {
        return rows.get(row).size() == 1;
    }

    private static Merge mergeAt(List<Merge> merges, int row, int column) {
        for (Merge merge : merges) {
            if (merge.covers(row, column)) {
                return merge;
            }
        }
        return null;
    }

    private static boolean isFilled(List<List<String>> texts, int row, int column) {
        return column < texts.get(row).size() && !texts.get(row).get(column).isEmpty();
    }

    /** A row below a merged label: a table row whose cells up to the label's column are empty. */
    private static boolean continuesDown(List<String> row, int column) {
        if (row.size() <= column + 1) {
            return false;
        }
        for (int c = 0; c <= column; c++) {
            if (!row.get(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
