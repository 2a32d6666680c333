package io.jixiao.read.table;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of a table as its header rows name them, left to right: one header row, or several read as one
 * ("绩效指标 | 一级 指标" then "二级指标 | 三级指标 | 分值 …"; "指标值" refined by "2021年实际实现值 | 预期2022年实现值").
 * Header cells the vocabulary does not know are kept as {@link TableField#IGNORED} columns and listed as unread.
 */
public final class TableHeader {

    /** One column: its field, the header text that named it, its cell index in the (first) header row. */
    public record Column(TableField field, String text, int position) {
        public Column {
            requireNonNull(field, "field");
            requireNonNull(text, "text");
        }
    }

    private final List<Column> columns;
    private final List<String> unknown;
    private final List<Integer> lines;

    private TableHeader(List<Column> columns, List<String> unknown, List<Integer> lines) {
        this.columns = List.copyOf(columns);
        this.unknown = List.copyOf(unknown);
        this.lines = List.copyOf(lines);
    }

    /** A header of the given row's cells; empty when a non-empty cell is not a column name. */
    public static Optional<TableHeader> of(List<String> rowCells, List<Integer> rowPositions, ColumnNames names,
                                           int line) {
        // "年度 | 指标值": a column name text split at its blank (年度指标值); the two cells are one column
        List<String> cells = new ArrayList<>();
        List<Integer> cellPositions = new ArrayList<>();
        for (int i = 0; i < rowCells.size(); i++) {
            String cell = rowCells.get(i);
            if (i + 1 < rowCells.size() && names.field(cell).filter(field -> field != TableField.IGNORED).isEmpty()
                    && names.field(cell.strip() + rowCells.get(i + 1).strip())
                            .filter(field -> field != TableField.IGNORED).isPresent()) {
                cell = cell.strip() + rowCells.get(i + 1).strip();
                cells.add(cell);
                cellPositions.add(rowPositions.get(i));
                i++;
                continue;
            }
            cells.add(cell);
            cellPositions.add(rowPositions.get(i));
        }
        List<Column> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int known = 0;
        for (int i = 0; i < cells.size(); i++) {
            Optional<TableField> field = names.field(cells.get(i));
            if (field.isPresent()) {
                known += field.get() == TableField.IGNORED ? 0 : 1;
            } else {
                unknown.add(cells.get(i).strip());
            }
            columns.add(new Column(field.orElse(TableField.IGNORED), cells.get(i).strip(), cellPositions.get(i)));
        }
        // a header may hold a name the vocabulary lacks (or one cut off) when most of its names are known, and any
        // number of them after the columns that name indicators (Fujian's per-village target columns)
        boolean oneUnknown = unknown.size() == 1 && known >= 4;
        if (columns.isEmpty() || !unknown.isEmpty() && !oneUnknown && !unknownAfterNames(columns, unknown)) {
            return Optional.empty();
        }
        return Optional.of(new TableHeader(levelWeights(columns), unknown, List.of(line)));
    }

    /**
     * A cheap test, on the cells' match keys, that {@link #of} can accept them: two or more cells no column name
     * matches need at least three that do (the rule of {@link #of} needs four, or level 1, level 2 and name).
     */
    public static boolean mayName(List<String> keys, ColumnNames names) {
        int named = 0;
        int unnamed = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (names.fieldOfKey(keys.get(i)).isPresent()) {
                named++;
            } else {
                unnamed++;
            }
            // decided before the last cell: most rows tried under a header fail at their second figure
            int left = keys.size() - i - 1;
            if (named >= 3 || unnamed >= 2 && named + left < 3) {
                return named >= 3;
            }
        }
        return unnamed <= 1 || named >= 3;
    }

    /** Whether level 1, level 2 and the indicator name are named, and every unknown column stands after them. */
    private static boolean unknownAfterNames(List<Column> columns, List<String> unknown) {
        int lastNamed = -1;
        boolean level1 = false;
        boolean level2 = false;
        boolean name = false;
        for (int i = 0; i < columns.size(); i++) {
            TableField field = columns.get(i).field();
            level1 |= field == TableField.LEVEL1;
            level2 |= field == TableField.LEVEL2;
            name |= field == TableField.NAME;
            if (field == TableField.LEVEL1 || field == TableField.LEVEL2 || field == TableField.NAME) {
                lastNamed = i;
            }
        }
        for (int i = 0; i <= lastNamed; i++) {
            if (unknown.contains(columns.get(i).text())) {
                return false;
            }
        }
        return level1 && level2 && name;
    }

    /**
     * A rubric names a 分值 column after each level and after the indicator name: the ones right after a level column
     * hold the level's weight, and only the last is the indicator's.
     */
    private static List<Column> levelWeights(List<Column> columns) {
        long weights = columns.stream().filter(column -> column.field() == TableField.WEIGHT).count();
        if (weights < 2) {
            return columns;
        }
        List<Column> named = new ArrayList<>(columns);
        for (int i = 1; i < named.size(); i++) {
            Column column = named.get(i);
            if (column.field() == TableField.WEIGHT && (named.get(i - 1).field() == TableField.LEVEL1
                    || named.get(i - 1).field() == TableField.LEVEL2)) {
                named.set(i, new Column(TableField.LEVEL_WEIGHT, column.text(), column.position()));
            }
        }
        return named;
    }

    /**
     * This header followed by the next header row: sub-columns of a value column replace it, other rows add their
     * columns after these; empty when the next row repeats a field this header already has (a new table).
     */
    public Optional<TableHeader> followedBy(TableHeader next) {
        List<TableField> have = fields();
        List<TableField> adding = next.fields();
        boolean refinesValue = adding.stream().allMatch(TableHeader::isValue) && adding.size() > 1
                && have.stream().filter(TableHeader::isValue).count() == 1;
        List<Integer> allLines = new ArrayList<>(lines);
        allLines.addAll(next.lines);
        if (refinesValue) {
            List<Column> merged = new ArrayList<>();
            for (Column column : columns) {
                if (isValue(column.field())) {
                    merged.addAll(next.columns);
                } else {
                    merged.add(column);
                }
            }
            return Optional.of(new TableHeader(merged, unknown, allLines));
        }
        for (TableField field : adding) {
            if (field != TableField.IGNORED && have.contains(field)) {
                return Optional.empty();
            }
        }
        List<Column> merged = new ArrayList<>(columns);
        merged.addAll(next.columns);
        return Optional.of(new TableHeader(merged, unknown, allLines));
    }

    private static boolean isValue(TableField field) {
        return field == TableField.TARGET || field == TableField.TARGET_HALF || field == TableField.ACTUAL
                || field == TableField.PRIOR_ACTUAL;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<TableField> fields() {
        return columns.stream().map(Column::field).toList();
    }

    public boolean has(TableField field) {
        return columns.stream().anyMatch(column -> column.field() == field);
    }

    public List<Integer> lines() {
        return lines;
    }

    public List<String> unknown() {
        return unknown;
    }

    /** "一级指标→level1 | 二级指标→level2 | …", for --explain. */
    public String describe() {
        return columns.stream().map(column -> column.text().replace('\n', ' ') + "→"
                        + (unknown.contains(column.text()) ? "unknown" : column.field().code()))
                .collect(Collectors.joining(" | "));
    }
}
