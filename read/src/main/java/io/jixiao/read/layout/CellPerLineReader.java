package io.jixiao.read.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One table cell per line (Changji): rows are separated by blank lines, each cell's line starts with a tab (or, in
 * the pipe variant, ends with {@code |}). A line without that marker continues the cell above it ("社会效益" /
 * "指标"); it is joined without a separator unless the text above ends a sentence (then with a line break).
 * A row split in two (header cells "年度" / "指标值") is merged by the {@link PageBreakJoiner}.
 */
public final class CellPerLineReader implements LayoutReader {

    /** How a cell's line is marked in this layout. */
    public enum Marker { LEADING_TAB, TRAILING_PIPE }

    private final PageBreakJoiner joiner;
    private final Marker marker;

    public CellPerLineReader(PageBreakJoiner joiner, Marker marker) {
        this.joiner = joiner;
        this.marker = marker;
    }

    @Override
    public String name() {
        return marker == Marker.LEADING_TAB ? "cell_per_line" : "pipe_cell_per_line";
    }

    @Override
    public RowsRead read(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            boolean marked = isMarked(line);
            if (!marked && CellCleaning.isBlank(line)) {
                if (!rowLines.isEmpty()) {
                    joiner.append(rows, new Row(cells, rowLines), true);
                    cells = new ArrayList<>();
                    rowLines = new ArrayList<>();
                }
                continue;
            }
            String text = CellCleaning.clean(marked ? unmark(line) : line);
            rowLines.add(i + 1);
            if (marked || cells.isEmpty()) {
                cells.add(new Cell(text, i + 1));
            } else {
                Cell above = cells.remove(cells.size() - 1);
                cells.add(new Cell(CellCleaning.continueCell(above.text(), text), above.line()));
            }
        }
        return new RowsRead(rows, List.of());
    }

    private boolean isMarked(String line) {
        return marker == Marker.LEADING_TAB ? line.startsWith("\t") : line.stripTrailing().endsWith("|");
    }

    private String unmark(String line) {
        if (marker == Marker.LEADING_TAB) {
            return line.substring(1);
        }
        String stripped = line.stripTrailing();
        return stripped.substring(0, stripped.length() - 1);
    }
}
