package io.jixiao.read.stream;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A row made of cells of the stream: in their order, or placed under their header's columns. Its lines are listed in
 * the order of its cells, so that a row whose cell came from above (a column's label) starts where its own text does.
 */
final class RebuiltRow {

    private RebuiltRow() {
    }

    /** The cells at {@code indices}, in that order. */
    static Row of(CellStream stream, List<Integer> indices) {
        List<Cell> cells = new ArrayList<>();
        Set<Integer> lines = new LinkedHashSet<>();
        for (int index : indices) {
            cells.add(stream.cell(index));
            lines.add(stream.cell(index).line());
        }
        return new Row(cells, List.copyOf(lines), Row.Placement.COMPACT);
    }

    /** One cell per group of stream indices, a group's texts joined (a header cell written in two paragraphs). */
    static Row joined(CellStream stream, List<List<Integer>> groups) {
        List<Cell> cells = new ArrayList<>();
        Set<Integer> lines = new LinkedHashSet<>();
        for (List<Integer> group : groups) {
            StringBuilder text = new StringBuilder();
            for (int index : group) {
                text.append(stream.text(index));
                lines.add(stream.cell(index).line());
            }
            cells.add(new Cell(text.toString(), stream.cell(group.get(0)).line()));
        }
        return new Row(cells, List.copyOf(lines), Row.Placement.COMPACT);
    }

    /**
     * The cells placed by column: {@code byColumn[c]} is the stream index under column {@code c} or -1 (an empty cell:
     * a merged cell written on a row above, or a cell left empty); {@code extra} cells follow the last column.
     */
    static Row placed(CellStream stream, int[] byColumn, List<Integer> extra) {
        List<Cell> cells = new ArrayList<>();
        Set<Integer> lines = new LinkedHashSet<>();
        int firstLine = -1;
        for (int index : byColumn) {
            if (index >= 0) {
                firstLine = firstLine < 0 ? stream.cell(index).line() : firstLine;
            }
        }
        for (int index : byColumn) {
            cells.add(index >= 0 ? stream.cell(index) : new Cell("", firstLine));
            if (index >= 0) {
                lines.add(stream.cell(index).line());
            }
        }
        for (int index : extra) {
            cells.add(stream.cell(index));
            lines.add(stream.cell(index).line());
        }
        return new Row(cells, List.copyOf(lines), Row.Placement.BY_COLUMN);
    }
}
