package io.jixiao.jobs.read.stream;

import io.jixiao.jobs.read.form.Labels;
import io.jixiao.jobs.read.layout.Row;
import io.jixiao.jobs.read.table.ColumnNames;
import io.jixiao.jobs.read.table.Numbers;
import io.jixiao.jobs.read.table.TableField;
import io.jixiao.jobs.read.table.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fund table written with column names: its label and a run of fund column names ("项目资金(万元)" / "年初预算数" /
 * "全年预算数" / "全年执行数" / "分值" / "执行率" / "得分") make the header row; each row below is a fund label
 * ("年度资金总额", "其中:当年财政拨款", or an item's name) and the numbers after it, at most one per column. An empty
 * cell the stream left out shortens the row; the fund table reader aligns such rows and does not read what is
 * uncertain.
 */
final class FundColumns {

    private static final int MIN_COLUMNS = 2;

    private FundColumns() {
    }

    static Optional<Block> at(CellStream stream, int start) {
        if (!stream.open(start) || !Labels.isFundTable(stream.key(start))) {
            return Optional.empty();
        }
        List<Integer> header = new ArrayList<>(List.of(start));
        int at = start + 1;
        while (isColumnName(stream, at)) {
            header.add(at++);
        }
        int columns = header.size() - 1;
        if (columns < MIN_COLUMNS) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(RebuiltRow.of(stream, header));
        while (isRowLabel(stream, at)) {
            List<Integer> row = new ArrayList<>(List.of(at++));
            while (row.size() <= columns && isValue(stream, at)) {
                row.add(at++);
            }
            rows.add(RebuiltRow.of(stream, row));
        }
        return Optional.of(new Block(rows, at));
    }

    private static boolean isColumnName(CellStream stream, int index) {
        if (!stream.open(index)) {
            return false;
        }
        return ColumnNames.funds(Vocabulary.active()).field(stream.text(index))
                .filter(field -> field != TableField.LABEL).isPresent();
    }

    /** A fund source's label, or another label followed by a number (an item of a target table's expenses). */
    private static boolean isRowLabel(CellStream stream, int index) {
        if (!stream.open(index) || isValue(stream, index)) {
            return false;
        }
        if (Labels.fundSource(stream.key(index)).isPresent()) {
            return true;
        }
        return !stream.isAnchor(index) && stream.open(index + 1) && stream.cellClass(index + 1).isNumeric();
    }

    private static boolean isValue(CellStream stream, int index) {
        return stream.open(index) && (stream.cellClass(index).isNumeric() || Numbers.isAbsent(stream.text(index)));
    }
}
