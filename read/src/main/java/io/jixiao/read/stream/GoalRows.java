package io.jixiao.read.stream;

import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.layout.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The goal part of a form in a cell stream: its label and column names ("年度目标完成情况" / "预期目标" /
 * "目标实际完成情况", perhaps the section's score after them) make one header row; then each row holds one text per
 * goal column.
 */
final class GoalRows {

    private GoalRows() {
    }

    static Optional<Block> at(CellStream stream, int start) {
        int at = start;
        List<Integer> header = new ArrayList<>();
        if (stream.open(at) && LabelVocabulary.isGoalLabel(stream.key(at))) {
            header.add(at++);
        }
        int columns = 0;
        while (stream.open(at) && LabelVocabulary.isGoalColumn(stream.key(at))) {
            header.add(at++);
            columns++;
        }
        if (columns == 0) {
            return Optional.empty();
        }
        while (stream.isNumber(at)) {
            header.add(at++);
        }
        List<Row> rows = new ArrayList<>();
        rows.add(RebuiltRow.of(stream, header));
        while (goalTexts(stream, at, columns)) {
            List<Integer> row = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                row.add(at++);
            }
            rows.add(RebuiltRow.of(stream, row));
        }
        return Optional.of(new Block(rows, at));
    }

    /** Whether the next {@code columns} cells are goal texts, not labels, numbers or an indicator header. */
    private static boolean goalTexts(CellStream stream, int start, int columns) {
        for (int at = start; at < start + columns; at++) {
            if (!stream.open(at) || stream.isAnchor(at) || stream.cellClass(at).isNumeric()
                    || IndicatorRows.headerAt(stream, at).isPresent()) {
                return false;
            }
        }
        return true;
    }
}
