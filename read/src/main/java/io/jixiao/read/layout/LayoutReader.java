package io.jixiao.read.layout;

import java.util.List;

/** Turns the lines of one physical text layout into rows of cells with their source lines. */
public interface LayoutReader {

    /** The layout's name as reported in ParsedDocument.layout (tab_rows, cell_per_line, pipe_rows …). */
    String name();

    /** Reads rows from {@code lines} (index 0 is line 1). */
    RowsRead read(List<String> lines);
}
