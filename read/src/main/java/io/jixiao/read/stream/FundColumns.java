package io.jixiao.read.stream;

import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.layout.Row;
import io.jixiao.read.table.ColumnNames;
import io.jixiao.read.table.NumberCells;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fund table written with column names: its label and a run of fund column names ("项目资金(万元)" / "年初预算数" /
 * "全年预算数" / "全年执行数" / "分值" / "执行率" / "得分") make the header row; each row below is a fund label
 * ("年度资金总额", "其中:当年财政拨款", or an item's name) and the numbers after it. A target
 * table's parts start with their side ("收入" / "全年(程)预算数", "支出" / "半年(程)计划执行数"), each a header row
 * of its own. An empty cell the stream left out shortens a row; the fund table reader aligns such rows and does not
 * read what is uncertain.
 */
final class FundColumns {

    private static final int MIN_COLUMNS = 2;
    private static final int MAX_VALUES = 8;

    private FundColumns() {
    }

    static Optional<Block> at(CellStream stream, int start) {
        if (!stream.open(start) || !LabelVocabulary.isFundTable(stream.key(start))) {
            return Optional.empty();
        }
        List<Integer> header = new ArrayList<>(List.of(start));
        int at = header(stream, start + 1, header);
        if (header.size() - 1 < MIN_COLUMNS && !isSide(stream, start + 1)) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        while (header.size() > 1) {
            rows.add(RebuiltRow.of(stream, header));
            while (isRowLabel(stream, at)) {
                List<Integer> row = new ArrayList<>(List.of(at++));
                // all the numbers up to the next label: a bare number begins no row (a header may name fewer
                // columns than its rows fill, as Jiangsu's expense rows carry half-year and full-year figures)
                while (row.size() <= MAX_VALUES && isValue(stream, at)) {
                    row.add(at++);
                }
                rows.add(RebuiltRow.of(stream, row));
            }
            header = new ArrayList<>();
            if (isSide(stream, at)) {
                at = header(stream, at, header);
            }
        }
        return Optional.of(new Block(rows, at));
    }

    /** Adds the side marker and column names from {@code at} to the header; the index after them. */
    private static int header(CellStream stream, int at, List<Integer> header) {
        if (isSide(stream, at)) {
            header.add(at++);
        }
        while (isColumnName(stream, at)) {
            header.add(at++);
        }
        return at;
    }

    /** "收入" or "支出": the side of a target table's fund rows below. */
    private static boolean isSide(CellStream stream, int index) {
        return stream.open(index) && (stream.key(index).equals("收入") || stream.key(index).equals("支出"));
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
        if (!stream.open(index) || isValue(stream, index) || isSide(stream, index)) {
            return false;
        }
        if (LabelVocabulary.fundSource(stream.key(index)).isPresent()) {
            return true;
        }
        return !stream.isAnchor(index) && stream.open(index + 1) && stream.cellClass(index + 1).isNumeric();
    }

    private static boolean isValue(CellStream stream, int index) {
        return stream.open(index) && (stream.cellClass(index).isNumeric() || NumberCells.isAbsent(stream.text(index)));
    }
}
