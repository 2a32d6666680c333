package io.jixiao.read.scan;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import io.jixiao.read.table.NumberCells;
import io.jixiao.schema.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A cell holding only a dash, as OCR reads it ("一", "=", "——"): the form's "-" for "not applicable". Only a whole
 * cell: 一 inside text is the character one. A cell of one other character between two figures of a row ("400.00 |
 * 划 | 100.00": a dash and the rule beside it read as one character) is a mark OCR could not read: it is taken as a
 * "-", stores nothing, and is reported; the row's figures around it are kept.
 */
final class OcrDashes {

    private static final Pattern DASHES = Pattern.compile("[-‐‑‒–—―－一=_~～]+");
    /** Digits, and the one-character values a form writes among figures (无, 是, 优 …): neither is a lost mark. */
    private static final Pattern READABLE = Pattern.compile("[\\d无有是否优良中差好]");

    private OcrDashes() {
    }

    static List<Row> repair(List<Row> rows, IntFunction<String> places, List<Problem> problems) {
        List<Row> repaired = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Cell> cells = new ArrayList<>(row.cells());
            boolean changed = false;
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (!cell.text().equals("-") && DASHES.matcher(cell.text()).matches()) {
                    cells.set(i, new Cell("-", cell.line()));
                    changed = true;
                } else if (isUnreadMark(row, i)) {
                    cells.set(i, new Cell("-", cell.line()));
                    problems.add(new Problem(cell.line(), places.apply(cell.line()) + ": '" + cell.text()
                            + "' between two figures is a mark OCR could not read: not stored"));
                    changed = true;
                }
            }
            repaired.add(changed ? new Row(cells, row.lines()) : row);
        }
        return repaired;
    }

    private static boolean isUnreadMark(Row row, int index) {
        String text = row.text(index);
        return text.codePointCount(0, text.length()) == 1 && !READABLE.matcher(text).matches()
                && isFigure(neighbour(row, index, -1)) && isFigure(neighbour(row, index, 1));
    }

    private static String neighbour(Row row, int index, int step) {
        for (int i = index + step; i >= 0 && i < row.size(); i += step) {
            if (!row.text(i).isEmpty()) {
                return row.text(i);
            }
        }
        return null;
    }

    private static boolean isFigure(String text) {
        return text != null && NumberCells.isFigure(text);
    }
}
