package io.jixiao.read.stream;

import io.jixiao.read.form.LabelVocabulary;
import io.jixiao.read.table.CellClass;
import io.jixiao.read.table.LevelName;
import io.jixiao.read.table.RowAligner;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.TableHeader;
import io.jixiao.read.table.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * What one body row of an indicator table holds, as its header tells: level cells (each perhaps with its weight, in a
 * rubric; or a 重点工作 item), the indicator's name, then one cell per value column. A row drops the level cells its rows
 * above share (a merged cell is written once), so it starts with any level or with the name. A level cell is a level
 * name the vocabulary knows, or, in a rubric, any text followed by its weight; the name is text that is no value; each
 * value cell must fit its column ({@link RowAligner#fit}). Trailing text columns (reason, notes) may be left out, as
 * empty cells are; bare numbers after the last column (a score column the header does not name) are kept as extra
 * cells, for the table reader to report.
 */
final class IndicatorRowPattern {

    private static final int MAX_EXTRA = 2;
    /** "1、水稻侧深施肥": a name numbered in its list, not a value. */
    private static final Pattern NUMBERED_NAME = Pattern.compile("\\d{1,2}[、.．]\\D");

    private record Level(int column, int weightColumn, TableField field) {
    }

    /** A row found: its stream index under each column (-1: none), extra cells, and the index after it. */
    record Found(int[] byColumn, List<Integer> extra, int end) {
    }

    private final List<TableField> fields;
    private final List<Level> levels;
    private final int nameColumn;
    private final int lastRequired;
    private final boolean rubric;
    private final int keyWork;
    private final Vocabulary vocabulary = Vocabulary.active();

    private IndicatorRowPattern(List<TableField> fields, List<Level> levels, int nameColumn, int lastRequired) {
        this.fields = fields;
        this.levels = levels;
        this.nameColumn = nameColumn;
        this.lastRequired = lastRequired;
        this.rubric = levels.stream().anyMatch(level -> level.weightColumn() >= 0);
        this.keyWork = keyWorkColumn(levels);
    }

    /** The pattern of the header's rows; empty when its columns are not levels, a name, then values. */
    static Optional<IndicatorRowPattern> of(TableHeader header) {
        List<TableField> fields = header.fields();
        int column = 0;
        // a caption column left of the levels ("年度绩效目标") is a merged cell: no body row writes it
        while (column < fields.size() && fields.get(column) == TableField.IGNORED) {
            column++;
        }
        List<Level> levels = new ArrayList<>();
        while (column < fields.size() && fields.get(column).isLevel()) {
            boolean weighted = column + 1 < fields.size() && fields.get(column + 1) == TableField.LEVEL_WEIGHT;
            levels.add(new Level(column, weighted ? column + 1 : -1, fields.get(column)));
            column += weighted ? 2 : 1;
        }
        if (column >= fields.size() || fields.get(column) != TableField.NAME) {
            return Optional.empty();
        }
        int lastRequired = -1;
        for (int c = column + 1; c < fields.size(); c++) {
            if (isRequired(fields.get(c))) {
                lastRequired = c;
            }
        }
        return lastRequired < 0 ? Optional.empty()
                : Optional.of(new IndicatorRowPattern(fields, levels, column, lastRequired));
    }

    private static boolean isRequired(TableField field) {
        return field == TableField.TARGET || field == TableField.TARGET_HALF || field == TableField.ACTUAL
                || field == TableField.PRIOR_ACTUAL || field == TableField.WEIGHT || field == TableField.SCORE;
    }

    int columns() {
        return fields.size();
    }

    /**
     * The row starting at {@code start}: with all its level cells if they are there, else with fewer; cells for which
     * {@code ends} holds end the table and belong to no row.
     */
    Optional<Found> rowAt(CellStream stream, int start, IntPredicate ends) {
        return rowAt(stream, start, ends, true);
    }

    private Optional<Found> rowAt(CellStream stream, int start, IntPredicate ends, boolean mayTakeTrailing) {
        for (int first = 0; first <= levels.size(); first++) {
            Optional<Found> found = rowFrom(stream, start, first, ends, mayTakeTrailing);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Found> rowFrom(CellStream stream, int start, int firstLevel, IntPredicate ends,
                                    boolean mayTakeTrailing) {
        int[] byColumn = new int[fields.size()];
        Arrays.fill(byColumn, -1);
        int at = start;
        for (Level level : levels.subList(firstLevel, levels.size())) {
            if (!usable(stream, at, ends) || !isLevelCell(stream, at, level)) {
                return Optional.empty();
            }
            byColumn[level.column()] = at++;
            if (level.weightColumn() >= 0) {
                byColumn[level.weightColumn()] = at++;
            }
        }
        if (!usable(stream, at, ends) || !isName(stream, at)) {
            return Optional.empty();
        }
        byColumn[nameColumn] = at++;
        for (int column = nameColumn + 1; column < fields.size(); column++) {
            boolean fits = usable(stream, at, ends) && !stream.isAnchor(at)
                    && RowAligner.fit(fields.get(column), stream.cellClass(at)) > 0;
            if (column <= lastRequired) {
                // with a key-work cell, two texts lead the row: its values must not be text too, or which is which?
                if (!fits || keyWork >= 0 && byColumn[keyWork] >= 0 && stream.cellClass(at) == CellClass.TEXT) {
                    return Optional.empty();
                }
                byColumn[column] = at++;
            } else if (fits && mayTakeTrailing && rowAt(stream, at, ends, false).isEmpty()) {
                // an optional text column takes the cell unless that cell starts the next row (its own was empty)
                byColumn[column] = at++;
            } else {
                break;
            }
        }
        List<Integer> extra = new ArrayList<>();
        while (extra.size() < MAX_EXTRA && stream.isNumber(at) && !ends.test(at)) {
            extra.add(at++);
        }
        if (mayTakeTrailing && extra.isEmpty() && endsInAName(stream, byColumn, at, ends)) {
            return Optional.empty();
        }
        return Optional.of(new Found(byColumn, extra, at));
    }

    /**
     * Whether the row's last value is text that would rather begin the next row: taken as a value it leaves the cell
     * after it in no row. A cell left empty and out of the stream shifts the cells so ("采用新设备… / 较显著 /
     * 采用先进技术… / 较显著 / 较显著", the first row's actual missing).
     */
    private boolean endsInAName(CellStream stream, int[] byColumn, int end, IntPredicate ends) {
        int last = -1;
        for (int column = nameColumn + 1; column < byColumn.length; column++) {
            last = byColumn[column] >= 0 ? byColumn[column] : last;
        }
        if (last < 0 || stream.cellClass(last) != CellClass.TEXT || !stream.open(end) || ends.test(end)
                || LevelName.of(stream.text(end), vocabulary).isPresent()) {
            return false;
        }
        return rowAt(stream, end, ends, false).isEmpty() && rowAt(stream, last, ends, false).isPresent();
    }

    private static boolean usable(CellStream stream, int index, IntPredicate ends) {
        return stream.open(index) && !ends.test(index);
    }

    /** The key-work column (重点工作, in department target tables), or -1. */
    private static int keyWorkColumn(List<Level> levels) {
        for (Level level : levels) {
            if (level.field() == TableField.KEY_WORK) {
                return level.column();
            }
        }
        return -1;
    }

    private boolean isLevelCell(CellStream stream, int index, Level level) {
        if (level.field() == TableField.KEY_WORK) {
            // a work item is text like a name; the name after it and the values after that tell it apart
            return isText(stream.cellClass(index)) && !stream.isAnchor(index) && stream.open(index + 1)
                    && isText(stream.cellClass(index + 1)) && !stream.isAnchor(index + 1);
        }
        if (level.weightColumn() >= 0) {
            CellClass type = stream.cellClass(index);
            return (isText(type) && !stream.isAnchor(index) || type.isLevel()) && stream.isNumber(index + 1);
        }
        return LevelName.of(stream.text(index), vocabulary)
                .filter(name -> level.field() == TableField.LEVEL1 ? name.level1() : name.level2())
                .isPresent();
    }

    /** The indicator's name: text; a level name only in a rubric, where the weight after it tells it apart. */
    private boolean isName(CellStream stream, int index) {
        CellClass type = stream.cellClass(index);
        boolean text = isText(type) || type == CellClass.VALUE && NUMBERED_NAME.matcher(stream.text(index)).lookingAt();
        // an indicator may be named as a header field is ("完成时间"), not as another label of the form
        return text && (!stream.isAnchor(index) || LabelVocabulary.isField(stream.key(index)))
                || rubric && type.isLevel() && stream.isNumber(index + 1);
    }

    private static boolean isText(CellClass type) {
        return type == CellClass.TEXT || type == CellClass.QUALITATIVE;
    }
}
