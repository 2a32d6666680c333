package io.jixiao.read.stream;

import io.jixiao.read.layout.Row;
import java.util.List;

/** Rows rebuilt from the stream's cells, and the index of the first cell after them. */
record Block(List<Row> rows, int end) {

    Block {
        rows = List.copyOf(rows);
    }
}
