package io.jixiao.read.stream;

import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import io.jixiao.read.table.CellClass;
import io.jixiao.read.table.NumberCells;
import io.jixiao.read.table.Vocabulary;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The cells of a text that lost its rows, in reading order, and which of them a rebuilt row has already claimed out
 * of order (a column's value written further down than its label).
 */
final class CellStream {

    private final List<Cell> cells;
    private final List<CellClass> classes;
    private final BitSet claimed = new BitSet();
    private int scoreHeading = -1;

    CellStream(List<Row> oneCellRows) {
        List<Cell> all = new ArrayList<>();
        for (Row row : oneCellRows) {
            for (Cell cell : row.cells()) {
                if (!cell.isEmpty()) {
                    all.add(cell);
                }
            }
        }
        this.cells = List.copyOf(all);
        Vocabulary vocabulary = Vocabulary.active();
        this.classes = all.stream().map(cell -> CellClass.of(cell.text(), vocabulary)).toList();
    }

    int size() {
        return cells.size();
    }

    /** Whether {@code index} is a cell not yet claimed. */
    boolean open(int index) {
        return index >= 0 && index < cells.size() && !claimed.get(index);
    }

    void claim(int index) {
        claimed.set(index);
    }

    /** A score label that heads a column of the form, its value written lower down ("自评得分" … "100"). */
    Optional<Integer> scoreHeading() {
        return scoreHeading < 0 ? Optional.empty() : Optional.of(scoreHeading);
    }

    void headsScoreColumn(int index) {
        scoreHeading = scoreHeading < 0 ? index : scoreHeading;
    }

    Cell cell(int index) {
        return cells.get(index);
    }

    String text(int index) {
        return cells.get(index).text();
    }

    String key(int index) {
        return cells.get(index).key();
    }

    CellClass cellClass(int index) {
        return classes.get(index);
    }

    /** A bare number (no percent sign): an amount, a weight or a score. */
    boolean isNumber(int index) {
        return open(index) && classes.get(index) == CellClass.NUMBER;
    }

    /** A label of the form (a header field, a table or section label, a level name …). */
    boolean isAnchor(int index) {
        return LabelVocabulary.isAnchor(key(index));
    }

    /** An amount as written in a fund cell: "2.38", "2.38 万元", a bare unit "万元" (empty), or "-". */
    boolean isAmount(int index) {
        if (!open(index)) {
            return false;
        }
        String compact = LabelVocabulary.compact(text(index));
        String number = compact.endsWith("万元") ? compact.substring(0, compact.length() - 2)
                : compact.endsWith("元") ? compact.substring(0, compact.length() - 1) : compact;
        return number.isEmpty() || NumberCells.isAbsent(number) || NumberCells.isNumber(number) && !number.endsWith("%");
    }
}
