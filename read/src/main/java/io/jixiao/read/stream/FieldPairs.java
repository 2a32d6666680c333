package io.jixiao.read.stream;

import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.table.ColumnNames;
import io.jixiao.read.table.NumberCells;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A header field, free text, grade or total written as a label cell and its value in the next cell ("项目名称" /
 * "…", "主管部门" / "…"): one label | value row. A label followed by another label (of the vocabulary's, or one it
 * knows Jixiao does not read: other_label) has its value left empty. A personal field's label thus takes the next
 * cell unless that is a label, so that a name or phone number never stands alone in a reported row. A total's label
 * followed by no number ("自评得分" heading the form's score column) takes the first bare number written after it
 * within the header block, only text cells between, if it is no more than 100 and the last cell of the block (the
 * value stands lower in the label's column, at the end of the header's last row).
 */
final class FieldPairs {

    private static final int MAX_COLUMN_DISTANCE = 8;
    private static final BigDecimal MAX_TOTAL = new BigDecimal(100);

    private FieldPairs() {
    }

    static Optional<Block> at(CellStream stream, int start) {
        String key = stream.key(start);
        boolean field = LabelVocabulary.isField(key) || LabelVocabulary.text(key).isPresent() || LabelVocabulary.isGrade(key);
        boolean total = LabelVocabulary.isTotal(key);
        if (!field && !total) {
            return Optional.empty();
        }
        int next = start + 1;
        if (total) {
            if (stream.isNumber(next)) {
                // "总分 | 100 | 95": the weights' total and the score; the total reader takes the last
                int end = stream.isNumber(next + 1) ? next + 2 : next + 1;
                List<Integer> row = new ArrayList<>();
                for (int i = start; i < end; i++) {
                    row.add(i);
                }
                return Optional.of(new Block(List.of(RebuiltRow.of(stream, row)), end));
            }
            return valueBelow(stream, start).map(value -> {
                stream.claim(value);
                if (ColumnNames.indicators(Vocabulary.active()).field(stream.text(start))
                        .filter(TableField.SCORE::equals).isPresent()) {
                    stream.headsScoreColumn(start);
                }
                return pair(stream, start, value, start + 1);
            });
        }
        if (stream.open(next) && !stream.isAnchor(next) && !isOtherLabel(stream, next)) {
            return Optional.of(pair(stream, start, next, next + 1));
        }
        return Optional.empty();
    }

    /** A label Jixiao does not read ("地址", "邮编"): the cell before it was left empty, it is no value. */
    private static boolean isOtherLabel(CellStream stream, int index) {
        return Vocabulary.active().contains("other_label", stream.key(index));
    }

    private static Block pair(CellStream stream, int label, int value, int end) {
        return new Block(List.of(RebuiltRow.of(stream, List.of(label, value))), end);
    }

    /** The first bare number after the label, past text cells only and before any other label of the form. */
    private static Optional<Integer> valueBelow(CellStream stream, int label) {
        for (int at = label + 1; at < stream.size() && at <= label + MAX_COLUMN_DISTANCE; at++) {
            if (!stream.open(at) || stream.isAnchor(at)) {
                return Optional.empty();
            }
            if (stream.isNumber(at)) {
                // the value closes the header block: the form's next part begins after it
                boolean closesBlock = at + 1 >= stream.size() || stream.isAnchor(at + 1);
                BigDecimal value = NumberCells.parse(stream.text(at));
                return closesBlock && value.compareTo(MAX_TOTAL) <= 0 ? Optional.of(at) : Optional.empty();
            }
            if (!Character.isLetter(stream.text(at).codePointAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
