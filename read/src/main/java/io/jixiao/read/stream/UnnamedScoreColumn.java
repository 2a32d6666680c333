package io.jixiao.read.stream;

import io.jixiao.read.table.NumberCells;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.TableHeader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Whether the bare numbers after an indicator header's last column are scores. The header names neither weights nor
 * scores, yet its own row and every row under it carry one more number: a column the header does not name. They are
 * read as scores only on the form's own evidence: the form heads a column with a score label whose value stands
 * lower ("自评得分" at its top, {@link CellStream#scoreHeading()}); the number on the header's row is the section's
 * score; no row's number exceeds it, nor does their sum. Otherwise the numbers stay unread and are reported.
 */
final class UnnamedScoreColumn {

    private UnnamedScoreColumn() {
    }

    /** The stream index of the score label that heads the column, when the evidence holds. */
    static Optional<Integer> heading(CellStream stream, TableHeader header, List<Integer> sectionValues,
                                     List<IndicatorRowPattern.Found> rows) {
        if (header.has(TableField.SCORE) || header.has(TableField.WEIGHT) || header.has(TableField.LEVEL_WEIGHT)
                || stream.scoreHeading().isEmpty() || sectionValues.size() != 1 || rows.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal section = NumberCells.parse(stream.text(sectionValues.get(0)));
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorRowPattern.Found row : rows) {
            if (row.extra().size() != 1) {
                return Optional.empty();
            }
            BigDecimal score = NumberCells.parse(stream.text(row.extra().get(0)));
            if (score.compareTo(section) > 0) {
                return Optional.empty();
            }
            sum = sum.add(score);
        }
        return sum.compareTo(section) <= 0 ? stream.scoreHeading() : Optional.empty();
    }
}
