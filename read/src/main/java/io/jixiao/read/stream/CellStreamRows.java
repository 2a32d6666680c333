package io.jixiao.read.stream;

import io.jixiao.read.layout.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds the rows of a text that lost them: one table cell per paragraph ({@code CellStreamReader}). The form's own
 * labels tell where rows are: an indicator header's run of column names and the rows its pattern reads ({@link
 * IndicatorRows}), the goal columns and their texts ({@link GoalRows}), a fund table under column names ({@link
 * FundColumns}) or of labels and amounts ({@link FundPairs}), and header fields as label and value ({@link
 * FieldPairs}). Every other cell stays a row of its own, for the form reader to read or report.
 */
public final class CellStreamRows {

    private CellStreamRows() {
    }

    public static List<Row> regroup(List<Row> oneCellRows) {
        CellStream stream = new CellStream(oneCellRows);
        List<Row> rows = new ArrayList<>();
        int at = 0;
        while (at < stream.size()) {
            if (!stream.open(at)) {
                at++;
                continue;
            }
            int start = at;
            Optional<Block> block = IndicatorRows.at(stream, start)
                    .or(() -> GoalRows.at(stream, start))
                    .or(() -> FundColumns.at(stream, start))
                    .or(() -> FundPairs.at(stream, start))
                    .or(() -> FieldPairs.at(stream, start));
            if (block.isPresent()) {
                rows.addAll(block.get().rows());
                at = block.get().end();
            } else {
                rows.add(RebuiltRow.of(stream, List.of(at)));
                at++;
            }
        }
        return rows;
    }
}
