package io.jixiao.read.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table cell per line with pipes, as web pages' tables come out of some text extractors: every cell is closed by
 * a pipe and every row by a run of pipes (one per column the row lacks, so the run's length varies). Two variants:
 * <ul>
 *   <li>cell text on lines of its own, closed by a line "|" (a cell may span lines: "预算执行情况(万元)" / "(20分)"
 *   stays one cell; a "|" with no text before it is an empty cell), the row ended by a line "||||";</li>
 *   <li>each cell on one line ending " |", the row ended by a line of pipes or by a run after the cell
 *   ("50.29 | ||||").</li>
 * </ul>
 * Lines outside the cells (notice prose before the table, notes after it, in the second variant also a title between
 * two tables) are rows of one cell, one line each; lines of pipes only, and rows of empty cells, are layout.
 */
public final class PipeCellsReader implements LayoutReader {

    @Override
    public String name() {
        return "pipe_cells";
    }

    @Override
    public RowsRead read(List<String> lines) {
        PipeLine[] parsed = new PipeLine[lines.size()];
        int closedTexts = 0;
        int openTexts = 0;
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = PipeLine.of(lines.get(i));
            if (!parsed[i].text().isEmpty()) {
                if (parsed[i].pipes() > 0) {
                    closedTexts++;
                } else {
                    openTexts++;
                }
            }
        }
        return closedTexts > openTexts ? readClosedCells(parsed) : readCellLines(parsed);
    }

    /** Cells written "text |": a line without a pipe is a row of its own, a line of pipes only ends the row. */
    private static RowsRead readClosedCells(PipeLine[] lines) {
        Rows rows = new Rows();
        for (int i = 0; i < lines.length; i++) {
            PipeLine line = lines[i];
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (line.text().isEmpty()) {
                rows.endRow(number, line.pipes());
            } else if (line.pipes() == 0) {
                rows.addProse(line.text(), number);
            } else {
                rows.addCell(line.text(), number, List.of(number));
                if (line.pipes() > 1) {
                    rows.endRow(-1, line.pipes() - 1);
                }
            }
        }
        return rows.read();
    }

    /** Cell text on its own lines, each cell closed by a line "|", each row by a line of two pipes or more. */
    private static RowsRead readCellLines(PipeLine[] lines) {
        Rows rows = new Rows();
        List<Integer> pending = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            PipeLine line = lines[i];
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (line.pipes() == 0) {
                pending.add(number);
                continue;
            }
            if (!inTable) {
                // Before the first pipe the lines are prose, one row each; only the last one is the first cell.
                for (int prose : pending.subList(0, Math.max(0, pending.size() - 1))) {
                    rows.addProse(lines[prose - 1].text(), prose);
                }
                pending = new ArrayList<>(pending.subList(Math.max(0, pending.size() - 1), pending.size()));
                inTable = true;
            }
            if (line.text().isEmpty() && line.pipes() > 1) {
                if (!pending.isEmpty()) {
                    addCell(rows, lines, pending);
                }
                rows.endRow(number, line.pipes());
            } else {
                pending.add(number);
                addCell(rows, lines, pending);
                if (line.pipes() > 1) {
                    rows.endRow(-1, line.pipes() - 1);
                }
            }
            pending = new ArrayList<>();
        }
        // Lines after the last pipe are prose too (notes under the table), one row each.
        for (int prose : pending) {
            rows.addProse(lines[prose - 1].text(), prose);
        }
        return rows.read();
    }

    /** Adds one cell of the text of {@code cellLines} (the closing "|" line among them adds no text). */
    private static void addCell(Rows rows, PipeLine[] lines, List<Integer> cellLines) {
        String text = "";
        int first = -1;
        for (int number : cellLines) {
            String part = lines[number - 1].text();
            if (!part.isEmpty()) {
                text = text.isEmpty() ? part : CellCleaning.continueCell(text, part);
                first = first < 0 ? number : first;
            }
        }
        rows.addCell(text, first < 0 ? cellLines.get(0) : first, cellLines);
    }

    /** A line split into its text and the pipes that end it (spaces between them allowed: "50.29 | ||||"). */
    record PipeLine(String text, int pipes, boolean isBlank) {

        static PipeLine of(String line) {
            int end = line.length();
            int pipes = 0;
            while (end > 0) {
                char c = line.charAt(end - 1);
                if (c == '|') {
                    pipes++;
                } else if (!(c <= ' ' || c == '\u00A0' || c == '\u3000')) {
                    break;
                }
                end--;
            }
            String text = CellCleaning.clean(line.substring(0, end));
            return new PipeLine(text, pipes, pipes == 0 && text.isEmpty());
        }
    }

    /**
     * The rows being built, the lines of pipes only kept as layout. A row's width is its cells and the pipes that
     * pad it: where cells of two rows ran together because the first row ended without a pipe (a header row with
     * every column filled), the row is twice the width of the table's other rows, and is cut in rows of that width.
     */
    private static final class Rows {

        private final List<Row> rows = new ArrayList<>();
        private final List<Integer> layoutLines = new ArrayList<>();
        private final List<Built> table = new ArrayList<>();
        private List<Cell> cells = new ArrayList<>();
        private List<List<Integer>> cellLines = new ArrayList<>();

        private record Built(List<Cell> cells, List<List<Integer>> cellLines, int width, boolean padded) {
        }

        void addCell(String text, int line, List<Integer> lines) {
            cells.add(new Cell(text, line));
            cellLines.add(List.copyOf(lines));
        }

        /** Ends the current row; {@code layoutLine} (when positive) is the line of pipes that ended it. */
        void endRow(int layoutLine, int padding) {
            if (!cells.isEmpty()) {
                table.add(new Built(cells, cellLines, cells.size() + padding, padding > 0));
            }
            if (layoutLine > 0) {
                layoutLines.add(layoutLine);
            }
            cells = new ArrayList<>();
            cellLines = new ArrayList<>();
        }

        /** A line of prose: a row of its own, between tables. */
        void addProse(String text, int line) {
            endRow(-1, 0);
            endTable();
            rows.add(new Row(List.of(new Cell(text, line)), List.of(line)));
        }

        RowsRead read() {
            endRow(-1, 0);
            endTable();
            layoutLines.sort(null);
            return new RowsRead(rows, layoutLines);
        }

        private void endTable() {
            int width = commonWidth();
            for (Built row : table) {
                int parts = width > 0 && row.padded() && row.width() % width == 0 && row.cells().size() > width
                        ? row.width() / width : 1;
                int size = parts > 1 ? width : row.cells().size();
                for (int from = 0; from < row.cells().size(); from += size) {
                    int to = parts > 1 && from + size < row.cells().size() ? from + size : row.cells().size();
                    add(row.cells().subList(from, to), row.cellLines().subList(from, to));
                    if (to == row.cells().size()) {
                        break;
                    }
                }
            }
            table.clear();
        }

        private void add(List<Cell> rowCells, List<List<Integer>> lines) {
            List<Integer> rowLines = new ArrayList<>();
            lines.forEach(rowLines::addAll);
            if (rowCells.stream().allMatch(Cell::isEmpty)) {
                layoutLines.addAll(rowLines);
            } else {
                rows.add(new Row(rowCells, rowLines));
            }
        }

        /** The width most rows ended by pipes have, 0 when there are none. */
        private int commonWidth() {
            Map<Integer, Integer> counts = new HashMap<>();
            table.stream().filter(Built::padded).forEach(row -> counts.merge(row.width(), 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        }
    }
}
