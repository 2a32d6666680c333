package io.jixiao.read.stream;

import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.layout.Row;
import io.jixiao.read.table.ColumnNames;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fund table written as labels with their amounts in the next cell: "预算执行情况" / "预算数:" / "2.38" / "执行数:" /
 * "2.38" / "20". Its first row is the table's label and each pair of a fund column or fund source label and its
 * amount, then bare numbers (a score column); the rows below repeat as many label / amount pairs ("其中:中央补助" /
 * "2.38 万元" / "其中:中央补助" / "2.38万元"), an amount cell perhaps only its unit ("万元": empty).
 */
final class FundPairs {

    private static final int MAX_TRAILING = 2;

    private FundPairs() {
    }

    static Optional<Block> at(CellStream stream, int start) {
        if (!stream.open(start) || !LabelVocabulary.isFundTable(stream.key(start))) {
            return Optional.empty();
        }
        List<Integer> first = new ArrayList<>(List.of(start));
        int at = start + 1;
        int pairs = 0;
        while (isFundLabel(stream, at) && stream.isAmount(at + 1)) {
            first.add(at);
            first.add(at + 1);
            at += 2;
            pairs++;
        }
        if (pairs == 0) {
            return Optional.empty();
        }
        at = trailingNumbers(stream, at, first);
        List<Row> rows = new ArrayList<>();
        rows.add(RebuiltRow.of(stream, first));
        while (true) {
            List<Integer> row = new ArrayList<>();
            int next = at;
            for (int pair = 0; pair < pairs; pair++) {
                if (!isRowLabel(stream, next) || !stream.isAmount(next + 1)) {
                    return Optional.of(new Block(rows, at));
                }
                row.add(next);
                row.add(next + 1);
                next += 2;
            }
            at = trailingNumbers(stream, next, row);
            rows.add(RebuiltRow.of(stream, row));
        }
    }

    private static int trailingNumbers(CellStream stream, int at, List<Integer> row) {
        int taken = 0;
        while (taken < MAX_TRAILING && stream.isNumber(at)) {
            row.add(at++);
            taken++;
        }
        return at;
    }

    /** A fund column ("预算数:", "执行数:") or fund source label. */
    private static boolean isFundLabel(CellStream stream, int index) {
        if (!stream.open(index)) {
            return false;
        }
        Optional<TableField> column = ColumnNames.funds(Vocabulary.active()).field(stream.text(index));
        return column.filter(field -> field == TableField.INITIAL || field == TableField.FULL_YEAR
                || field == TableField.EXECUTED).isPresent() || LabelVocabulary.fundSource(stream.key(index)).isPresent();
    }

    /** The label of a row under the first: text that is no amount and no label of another part of the form. */
    private static boolean isRowLabel(CellStream stream, int index) {
        return stream.open(index) && !stream.isAmount(index) && !stream.cellClass(index).isNumeric()
                && (!stream.isAnchor(index) || LabelVocabulary.fundSource(stream.key(index)).isPresent());
    }
}
