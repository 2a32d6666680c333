package io.jixiao.corpus.generate;

import java.util.List;

/**
 * One table row of a form as its cells, before it is laid out as text. A row may be split by a page break after
 * {@code splitAt} characters of cell {@code splitCell} (-1: not split), as the PDF-to-text extraction leaves
 * "效益" at the foot of one page and "指标" at the head of the next.
 */
record SheetRow(List<String> cells, int splitCell, int splitAt) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    static SheetRow of(String... cells) {
        return new SheetRow(List.of(cells), -1, 0);
    }

    boolean isSplit() {
        return splitCell >= 0;
    }
}
