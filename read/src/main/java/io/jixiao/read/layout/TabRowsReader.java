package io.jixiao.read.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One table row per line, cells split by tabs, empty cells kept (Shanghai, Jiangsu). A line without a tab is a row
 * of one cell (titles, the year). Rows split by a page break are merged by the {@link PageBreakJoiner}.
 */
public final class TabRowsReader implements LayoutReader {

    private final PageBreakJoiner joiner;

    public TabRowsReader(PageBreakJoiner joiner) {
        this.joiner = joiner;
    }

    @Override
    public String name() {
        return "tab_rows";
    }

    @Override
    public RowsRead read(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        // one list reused for every line's cells (a Row copies them): growing a new one per line was a hot spot
        List<Cell> cells = new ArrayList<>();
        boolean afterBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (CellCleaning.isBlank(line)) {
                afterBlank = true;
                continue;
            }
            cells.clear();
            // the cells between tabs, empty ones kept: line.split("\t", -1) without its intermediate array
            int start = 0;
            for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
                cells.add(cell(line, start, tab, i + 1));
                start = tab + 1;
            }
            cells.add(cell(line, start, line.length(), i + 1));
            joiner.append(rows, new Row(cells, List.of(i + 1)), afterBlank);
            afterBlank = false;
        }
        return new RowsRead(rows, List.of());
    }

    /** The cell between two tabs; most cells of a tab row are empty, and those need no cleaning. */
    private static Cell cell(String line, int start, int end, int lineNumber) {
        return start == end ? Cell.empty(lineNumber)
                : new Cell(CellCleaning.clean(line.substring(start, end)), lineNumber);
    }
}
