package io.jixiao.jobs.read.scan;

import io.jixiao.jobs.read.layout.Cell;
import io.jixiao.jobs.read.layout.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cell holding only a dash, as OCR reads it ("一", "=", "——"): the form's "-" for "not applicable". Only a whole
 * cell: 一 inside text is the character one.
 */
final class OcrDashes {

    private static final Pattern DASHES = Pattern.compile("[-‐‑‒–—―－一=_~～]+");

    private OcrDashes() {
    }

    static List<Row> repair(List<Row> rows) {
        List<Row> repaired = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Cell> cells = new ArrayList<>(row.cells().size());
            boolean changed = false;
            for (Cell cell : row.cells()) {
                boolean dash = !cell.text().equals("-") && DASHES.matcher(cell.text()).matches();
                cells.add(dash ? new Cell("-", cell.line()) : cell);
                changed |= dash;
            }
            repaired.add(changed ? new Row(cells, row.lines()) : row);
        }
        return repaired;
    }
}
