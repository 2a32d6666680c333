package io.jixiao.read.layout;

import java.util.List;

/**
 * One table row: its cells and every source line it was read from (a row split over a page break, or written one
 * cell per line, spans several lines). The non-empty cells' texts and keys are collected once, since form readers
 * ask for them many times.
 */
public final class Row {

    private final List<Cell> cells;
    private final List<Integer> lines;
    private final List<String> nonEmptyTexts;
    private final List<String> nonEmptyKeys;
    private final Placement placement;

    /** What a cell's index in the row says about its column. */
    public enum Placement {
        /** Cells as the layout wrote them: an empty cell may stand for an empty column. */
        AS_WRITTEN,
        /** Cell {@code i} stands under column {@code i} of its table's header (rebuilt by that header). */
        BY_COLUMN,
        /** Cells in order, empty ones left out (a cell stream): an index says nothing of the column. */
        COMPACT
    }

    public Row(List<Cell> cells, List<Integer> lines) {
        this(cells, lines, Placement.AS_WRITTEN);
    }

    public Row(List<Cell> cells, List<Integer> lines, Placement placement) {
        this.placement = placement;
        // sized arrays rather than growing lists copied, and walked as arrays rather than by the immutable list's
        // iterator: every row of every document passes here
        Cell[] all = cells.toArray(new Cell[0]);
        this.cells = List.of(all);
        this.lines = List.copyOf(lines);
        int filled = 0;
        for (Cell cell : all) {
            filled += cell.isEmpty() ? 0 : 1;
        }
        String[] texts = new String[filled];
        String[] keys = new String[filled];
        int next = 0;
        for (Cell cell : all) {
            if (!cell.isEmpty()) {
                texts[next] = cell.text();
                keys[next++] = cell.key();
            }
        }
        this.nonEmptyTexts = List.of(texts);
        this.nonEmptyKeys = List.of(keys);
    }

    public List<Cell> cells() {
        return cells;
    }

    public List<Integer> lines() {
        return lines;
    }

    /** Whether the cells stand at their header's column positions ({@link Placement#BY_COLUMN}). */
    public boolean placed() {
        return placement == Placement.BY_COLUMN;
    }

    /** Whether an empty cell may stand for an empty column: false in a compact row. */
    public boolean positional() {
        return placement != Placement.COMPACT;
    }

    public int firstLine() {
        return lines.get(0);
    }

    public int lastLine() {
        return lines.get(lines.size() - 1);
    }

    public int size() {
        return cells.size();
    }

    /** The text of cell {@code index}, empty when the row has no such cell. */
    public String text(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).text() : "";
    }

    /** The match key of cell {@code index}, empty when the row has no such cell. */
    public String key(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).key() : "";
    }

    public List<String> nonEmptyTexts() {
        return nonEmptyTexts;
    }

    /** The match keys of the non-empty cells, in the order of {@link #nonEmptyTexts()}. */
    public List<String> nonEmptyKeys() {
        return nonEmptyKeys;
    }

    /** The line of the first non-empty cell (where a cell-per-line row's content starts). */
    public int firstFilledLine() {
        for (Cell cell : cells) {
            if (!cell.isEmpty()) {
                return cell.line();
            }
        }
        return firstLine();
    }

    /** The row's cells joined by " | ", shortened, for messages. */
    public String display() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(" | ");
            }
            out.append(cells.get(i).text());
        }
        String text = out.toString().replace('\n', ' ');
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
