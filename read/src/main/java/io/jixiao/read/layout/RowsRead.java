package io.jixiao.read.layout;

import java.util.List;

/**
 * What a layout reader made of a text: its rows, and the non-blank lines it consumed as layout only
 * (markdown separator lines) so that they count as used.
 */
public record RowsRead(List<Row> rows, List<Integer> layoutLines) {

    public RowsRead {
        rows = List.copyOf(rows);
        layoutLines = List.copyOf(layoutLines);
    }
}
