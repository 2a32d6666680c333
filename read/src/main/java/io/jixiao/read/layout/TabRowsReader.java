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
        boolean afterBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (CellCleaning.isBlank(line)) {
                afterBlank = true;
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            // the cells between tabs, empty ones kept: line.split("\t", -1) without its intermediate array
            int start = 0;
            for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
                cells.add(new Cell(CellCleaning.clean(line.substring(start, tab)), i + 1));
                start = tab + 1;
            }
            cells.add(new Cell(CellCleaning.clean(line.substring(start)), i + 1));
            joiner.append(rows, new Row(cells, List.of(i + 1)), afterBlank);
            afterBlank = false;
        }
        return new RowsRead(rows, List.of());
    }
}
