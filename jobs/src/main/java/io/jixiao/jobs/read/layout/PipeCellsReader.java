package io.jixiao.jobs.read.layout;

import java.util.ArrayList;
import java.util.List;

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
                rows.endRow(number);
            } else if (line.pipes() == 0) {
                rows.endRow(-1);
                rows.addCell(line.text(), number, List.of(number));
                rows.endRow(-1);
            } else {
                rows.addCell(line.text(), number, List.of(number));
                if (line.pipes() > 1) {
                    rows.endRow(-1);
                }
            }
        }
        rows.endRow(-1);
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
                    rows.addCell(lines[prose - 1].text(), prose, List.of(prose));
                    rows.endRow(-1);
                }
                pending = new ArrayList<>(pending.subList(Math.max(0, pending.size() - 1), pending.size()));
                inTable = true;
            }
            if (line.text().isEmpty() && line.pipes() > 1) {
                if (!pending.isEmpty()) {
                    addCell(rows, lines, pending);
                }
                rows.endRow(number);
            } else {
                pending.add(number);
                addCell(rows, lines, pending);
                if (line.pipes() > 1) {
                    rows.endRow(-1);
                }
            }
            pending = new ArrayList<>();
        }
        // Lines after the last pipe are prose too (notes under the table), one row each.
        rows.endRow(-1);
        for (int prose : pending) {
            rows.addCell(lines[prose - 1].text(), prose, List.of(prose));
            rows.endRow(-1);
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
                text = text.isEmpty() ? part : CellText.continueCell(text, part);
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
            String text = CellText.clean(line.substring(0, end));
            return new PipeLine(text, pipes, pipes == 0 && text.isEmpty());
        }
    }

    /** The rows being built: the current row's cells and lines, the pipe-only lines kept as layout. */
    private static final class Rows {

        private final List<Row> rows = new ArrayList<>();
        private final List<Integer> layoutLines = new ArrayList<>();
        private List<Cell> cells = new ArrayList<>();
        private List<Integer> rowLines = new ArrayList<>();

        void addCell(String text, int line, List<Integer> lines) {
            cells.add(new Cell(text, line));
            rowLines.addAll(lines);
        }

        /** Ends the current row; {@code layoutLine} (when positive) is the line of pipes that ended it. */
        void endRow(int layoutLine) {
            boolean filled = cells.stream().anyMatch(cell -> !cell.isEmpty());
            if (filled) {
                rows.add(new Row(cells, rowLines));
            } else {
                layoutLines.addAll(rowLines);
            }
            if (layoutLine > 0) {
                layoutLines.add(layoutLine);
            }
            cells = new ArrayList<>();
            rowLines = new ArrayList<>();
        }

        RowsRead read() {
            return new RowsRead(rows, layoutLines);
        }
    }
}
