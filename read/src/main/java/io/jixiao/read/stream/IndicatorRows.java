package io.jixiao.read.stream;

import io.jixiao.read.form.FormSplitter;
import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.layout.Row;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.TableHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An indicator table in a cell stream: its header is a run of column names ({@link HeaderRun}); its body rows are
 * rebuilt by the header's {@link IndicatorRowPattern}, each cell placed under its column. A cell that begins no row is
 * delivered alone (a level name on its own sets the level for the rows below; anything else is reported by the table
 * reader). The table ends at a label of another part of the form (总分, 评分等级, a fund table, a goal, a header field), at
 * the next form's title or at the next indicator header. The header may be followed by the section's score in a column
 * it does not name; whether the rows' trailing numbers are scores is for {@link UnnamedScoreColumn} to say.
 */
final class IndicatorRows {

    /** A body row found by the pattern, or a cell that begins none (row null). */
    private record Piece(IndicatorRowPattern.Found row, int cell) {
    }

    private IndicatorRows() {
    }

    static Optional<Block> at(CellStream stream, int start) {
        Optional<HeaderRun> run = HeaderRun.at(stream, start);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        TableHeader header = run.get().header();
        int at = run.get().end();
        // bare numbers on the header's row: the section's weight or score, in a column the header does not name
        List<Integer> sectionValues = new ArrayList<>();
        while (stream.isNumber(at)) {
            sectionValues.add(at++);
        }
        Optional<IndicatorRowPattern> pattern = IndicatorRowPattern.of(header);
        List<IndicatorRowPattern.Found> found = new ArrayList<>();
        List<Piece> body = new ArrayList<>();
        while (pattern.isPresent() && at < stream.size() && !endsTable(stream, at)) {
            if (!stream.open(at)) {
                at++;
                continue;
            }
            Optional<IndicatorRowPattern.Found> row = pattern.get().rowAt(stream, at, i -> endsTable(stream, i));
            if (row.isPresent()) {
                found.add(row.get());
                body.add(new Piece(row.get(), -1));
                at = row.get().end();
            } else if (LabelVocabulary.isField(stream.key(at))) {
                break;
            } else {
                body.add(new Piece(null, at));
                at++;
            }
        }
        Optional<Integer> scoreHeading = UnnamedScoreColumn.heading(stream, header, sectionValues, found);
        List<List<Integer>> headerCells = new ArrayList<>(run.get().columns());
        scoreHeading.ifPresent(heading -> headerCells.add(List.of(heading)));
        List<Row> rows = new ArrayList<>();
        rows.add(RebuiltRow.joined(stream, headerCells));
        sectionValues.forEach(value -> rows.add(RebuiltRow.of(stream, List.of(value))));
        for (Piece piece : body) {
            IndicatorRowPattern.Found row = piece.row();
            if (row == null) {
                rows.add(RebuiltRow.of(stream, List.of(piece.cell())));
            } else {
                rows.add(scoreHeading.isPresent() ? RebuiltRow.placed(stream, withExtraColumn(row), List.of())
                        : RebuiltRow.placed(stream, row.byColumn(), row.extra()));
            }
        }
        return Optional.of(new Block(rows, at));
    }

    private static int[] withExtraColumn(IndicatorRowPattern.Found row) {
        int[] byColumn = Arrays.copyOf(row.byColumn(), row.byColumn().length + 1);
        byColumn[byColumn.length - 1] = row.extra().get(0);
        return byColumn;
    }

    /** The header whose run of column names starts at {@code start}. */
    static Optional<TableHeader> headerAt(CellStream stream, int start) {
        return HeaderRun.at(stream, start).map(HeaderRun::header);
    }

    static boolean namesRowsAndValues(TableHeader header) {
        boolean rows = header.has(TableField.LEVEL1) || header.has(TableField.LEVEL2) || header.has(TableField.NAME);
        boolean values = header.has(TableField.TARGET) || header.has(TableField.TARGET_HALF)
                || header.has(TableField.ACTUAL) || header.has(TableField.WEIGHT) || header.has(TableField.SCORE);
        return rows && values;
    }

    /**
     * A label of another part of the form, the next form's title, or the next indicator header. A header field's label
     * ends the table only where no row starts with it: indicators are named so too ("完成时间").
     */
    static boolean endsTable(CellStream stream, int index) {
        String key = stream.key(index);
        return LabelVocabulary.isTotal(key) || LabelVocabulary.isGrade(key) || LabelVocabulary.isFundTable(key) || LabelVocabulary.isGoalLabel(key)
                || LabelVocabulary.field(key).filter("personal"::equals).isPresent() || LabelVocabulary.text(key).isPresent()
                || FormSplitter.kindOfTitle(stream.text(index)).isPresent() || headerAt(stream, index).isPresent();
    }
}
