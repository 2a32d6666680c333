package io.jixiao.read.pdf;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.PageBreakJoiner;
import io.jixiao.read.layout.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows rebuilt from positioned lines: a ruled grid says where each cell is, the empty ones at a row's end too. */
class TestTableRebuilder {

    private static TextLine line(int number, float y, float... xs) {
        List<TextLine.Chunk> chunks = new ArrayList<>();
        for (float x : xs) {
            chunks.add(new TextLine.Chunk(x, "v" + (int) x));
        }
        return new TextLine(number, y, 10, chunks);
    }

    private static List<List<String>> texts(List<Row> rows) {
        return rows.stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void aRuledRowReachesTheLastColumnOfTheGrid() {
        // five columns between six rules; the second row's last two cells are empty ("0.00 | 0.00 | 0.00 | | ")
        TablePage page = new TablePage(List.of(line(1, 15, 2, 22, 42, 62, 82), line(2, 35, 2, 22, 42)),
                new float[] {0, 20, 40}, new float[] {0, 20, 40, 60, 80, 100});

        List<Row> rows = new TableRebuilder(new PageBreakJoiner(text -> false), 3, 1).rows(List.of(page));

        assertThat(texts(rows)).containsExactly(List.of("v2", "v22", "v42", "v62", "v82"),
                List.of("v2", "v22", "v42", "", ""));
    }

    @Test
    void withoutRulesARowEndsAtItsLastCell() {
        TablePage page = TablePage.ofText(List.of(line(1, 15, 2, 22, 42, 62), line(2, 35, 2, 22)));

        List<Row> rows = new TableRebuilder(new PageBreakJoiner(text -> false), 3, 1).rows(List.of(page));

        assertThat(texts(rows)).containsExactly(List.of("v2", "v22", "v42", "v62"), List.of("v2", "v22"));
    }
}
