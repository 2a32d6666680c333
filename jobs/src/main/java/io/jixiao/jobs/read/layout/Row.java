package io.jixiao.jobs.read.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One table row: its cells and every source line it was read from (a row split over a page break, or written one
 * cell per line, spans several lines).
 */
public record Row(List<Cell> cells, List<Integer> lines) {

    public Row {
        cells = List.copyOf(cells);
        lines = List.copyOf(lines);
    }

    public int firstLine() {
        return lines.get(0);
    }

    public int size() {
        return cells.size();
    }

    /** The text of cell {@code index}, empty when the row has no such cell. */
    public String text(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).text() : "";
    }

    public List<String> nonEmptyTexts() {
        List<String> texts = new ArrayList<>();
        for (Cell cell : cells) {
            if (!cell.isEmpty()) {
                texts.add(cell.text());
            }
        }
        return texts;
    }

    /** The match keys of the non-empty cells, in the order of {@link #nonEmptyTexts()}. */
    public List<String> nonEmptyKeys() {
        List<String> keys = new ArrayList<>();
        for (Cell cell : cells) {
            if (!cell.isEmpty()) {
                keys.add(cell.key());
            }
        }
        return keys;
    }

    /** The match key of cell {@code index}, empty when the row has no such cell. */
    public String key(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).key() : "";
    }

    /** The row's cells joined by tabs, for messages. */
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
