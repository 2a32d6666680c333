package io.jixiao.corpus.generate;

import java.util.List;

/** The physical text layouts Jixiao reads, as the generator writes them. */
enum SheetLayout {
    /** One row per line, cells split by tabs (Shanghai, Jiangsu). */
    TAB_ROWS("tab_rows"),
    /** One cell per line after a tab, rows separated by blank lines (Changji). */
    CELL_PER_LINE("cell_per_line"),
    /** One row per line, cells between pipes. */
    PIPE_ROWS("pipe_rows");

    private final String code;

    SheetLayout(String code) {
        this.code = code;
    }

    /** The layout name the parser reports. */
    String code() {
        return code;
    }

    /** Writes the row; returns the source line of each cell and the row's last line. */
    RowLines write(DocumentText text, SheetRow row) {
        return switch (this) {
            case TAB_ROWS -> delimited(text, row, "", "\t", "");
            case PIPE_ROWS -> delimited(text, row, "|", "|", "|");
            case CELL_PER_LINE -> cellPerLine(text, row);
        };
    }

    /** A row of one cell: a title or year line, written without delimiters in the tab layout. */
    RowLines writeTitle(DocumentText text, String title) {
        return switch (this) {
            case TAB_ROWS -> {
                int line = text.line(title);
                yield new RowLines(new int[] {line}, line);
            }
            case PIPE_ROWS -> delimited(text, SheetRow.of(title), "|", "|", "|");
            case CELL_PER_LINE -> cellPerLine(text, SheetRow.of(title));
        };
    }

    /** What separates two rows: nothing in row layouts, a blank line where every cell has a line of its own. */
    void separate(DocumentText text) {
        if (this == CELL_PER_LINE) {
            text.blank();
        }
    }

    private static RowLines delimited(DocumentText text, SheetRow row, String open, String separator, String close) {
        List<String> cells = row.cells();
        int[] lines = new int[cells.size()];
        if (!row.isSplit()) {
            int line = text.line(open + String.join(separator, cells) + close);
            java.util.Arrays.fill(lines, line);
            return new RowLines(lines, line);
        }
        String[] head = cells.toArray(String[]::new);
        String[] tail = new String[cells.size()];
        java.util.Arrays.fill(tail, "");
        String split = cells.get(row.splitCell());
        head[row.splitCell()] = split.substring(0, row.splitAt());
        tail[row.splitCell()] = split.substring(row.splitAt());
        int line = text.line(open + String.join(separator, head) + close);
        text.blank();
        int last = text.line(open + String.join(separator, tail) + close);
        java.util.Arrays.fill(lines, line);
        return new RowLines(lines, last);
    }

    private static RowLines cellPerLine(DocumentText text, SheetRow row) {
        List<String> cells = row.cells();
        int[] lines = new int[cells.size()];
        int last = 0;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i == row.splitCell()) {
                lines[i] = text.line("\t" + cell.substring(0, row.splitAt()));
                last = text.line(cell.substring(row.splitAt()));
            } else {
                lines[i] = text.line("\t" + cell);
                last = lines[i];
            }
        }
        return new RowLines(lines, last);
    }

    /** The 1-based source line of each cell of a written row, and the last line the row took. */
    record RowLines(int[] cells, int last) {

        int first() {
            return cells[0];
        }

        int cell(int index) {
            return cells[index];
        }
    }
}
