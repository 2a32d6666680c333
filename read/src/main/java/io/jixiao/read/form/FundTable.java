package io.jixiao.read.form;

import io.jixiao.read.table.NumberCells;

import io.jixiao.read.layout.Row;
import io.jixiao.read.table.CellClass;
import io.jixiao.read.table.ColumnNames;
import io.jixiao.read.table.GluedNumbers;
import io.jixiao.read.table.RowAligner;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fund table: its column header(s) and rows. Columns shift between the header and the data rows, so a row's value
 * cells (those after its label) are matched to the header's columns in order when their counts agree; otherwise to
 * the side's standard columns when those counts agree (Jiangsu expense tables name only the half-year column but
 * carry both figures); otherwise by position (Changji rows, where an empty cell is an empty column).
 */
final class FundTable {

    private record Header(int position, TableField column) {
    }

    private static final Map<FundSide, List<TableField>> STANDARD = Map.of(
            FundSide.BUDGET, List.of(TableField.INITIAL, TableField.FULL_YEAR, TableField.EXECUTED, TableField.WEIGHT, TableField.RATE,
                    TableField.SCORE),
            FundSide.INCOME, List.of(TableField.FULL_YEAR),
            FundSide.EXPENSE, List.of(TableField.HALF_YEAR, TableField.FULL_YEAR));

    private final ColumnNames columnNames = ColumnNames.funds(Vocabulary.active());

    private FundSide side;
    private List<Header> headers = new ArrayList<>();
    /** Positions of header columns that hold nothing stored (得分计算方法, 备注): their notes are not values. */
    private List<Integer> ignored = new ArrayList<>();
    private boolean amountsInYuan;

    FundTable(FundSide side) {
        this.side = side;
    }

    /** Reads side markers (收入 / 支出) and column names from a header row; false when the row has neither. */
    boolean readHeader(Row row) {
        boolean found = false;
        List<Header> columns = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            String key = row.key(i);
            if (key.equals("收入")) {
                side = FundSide.INCOME;
                headers = new ArrayList<>();
                found = true;
            } else if (key.equals("支出")) {
                side = FundSide.EXPENSE;
                headers = new ArrayList<>();
                found = true;
            } else if (statesYuan(key)) {
                amountsInYuan = true;
                found = true;
            } else {
                TableField column = column(key);
                if (column != null) {
                    columns.add(new Header(i, column));
                    found = true;
                } else if (columnNames.fieldOfKey(key).orElse(null) == TableField.IGNORED) {
                    notes.add(i);
                }
            }
        }
        if (!columns.isEmpty()) {
            headers = columns;
            ignored = notes;
        }
        return found;
    }

    /** Whether the header names an executed or rate column: a self-evaluation's fund table. */
    boolean hasExecution() {
        return headers.stream().anyMatch(h -> h.column() == TableField.EXECUTED || h.column() == TableField.RATE);
    }

    /** A header cell that states the amounts in 元 rather than 万元: "项目资金（元）", "金额单位：元". */
    static boolean statesYuan(String key) {
        return key.contains("(元)") || key.contains("单位:元") || key.contains("单位元");
    }

    /** The fund column a header cell (its match key) names through the vocabulary (fund_column), or null. */
    private TableField column(String key) {
        TableField field = columnNames.fieldOfKey(key).orElse(null);
        if (field == null) {
            return null;
        }
        return switch (field) {
            case INITIAL, FULL_YEAR, HALF_YEAR, EXECUTED, WEIGHT, RATE, SCORE -> field;
            default -> null;
        };
    }

    /** The index of the row's label cell: its first non-empty cell that is not a number, else -1. */
    static int labelIndex(Row row) {
        for (int i = 0; i < row.size(); i++) {
            String text = row.text(i);
            if (!text.isEmpty()) {
                return NumberCells.isFigure(text) ? -1 : i;
            }
        }
        return -1;
    }

    /**
     * Whether the row looks like a fund row: a label followed by numbers or "-", perhaps then a note (a 得分计算方法
     * column), but no text between the numbers.
     */
    static boolean isFundRow(Row row) {
        int label = labelIndex(row);
        if (label < 0 || row.key(label).isEmpty()) {
            // no label: a cell too long to be one is text, not a fund row
            return false;
        }
        boolean numbers = false;
        boolean note = false;
        for (int i = label + 1; i < row.size(); i++) {
            String text = row.text(i);
            if (text.isEmpty()) {
                continue;
            }
            if (NumberCells.isFigure(text)) {
                if (note) {
                    return false;
                }
                numbers = true;
            } else if (numbers) {
                note = true;
            } else {
                return false;
            }
        }
        return true;
    }

    FundLine read(Row row, FormDraft draft) {
        int label = labelIndex(row);
        String item = row.text(label).strip();
        FundSource source = LabelVocabulary.fundSource(row.key(label)).orElse(FundSource.ITEM);
        int end = row.size();
        while (end > label + 1 && row.text(end - 1).isEmpty()) {
            end--;
        }
        List<Integer> filled = new ArrayList<>();
        for (int i = label + 1; i < end; i++) {
            if (!row.text(i).isEmpty() && !isNote(row, i)) {
                filled.add(i);
            }
        }
        Map<TableField, String> values = new EnumMap<>(TableField.class);
        List<TableField> standard = STANDARD.get(side);
        if (!headers.isEmpty() && filled.size() == headers.size()) {
            for (int i = 0; i < headers.size(); i++) {
                values.put(headers.get(i).column(), row.text(filled.get(i)));
            }
        } else if (!headers.isEmpty() && filled.size() < headers.size() && placedByArithmetic(row, filled, values)) {
            // fewer figures than columns (an empty cell collapsed in HTML text or a PDF layer, or left empty): they
            // stand where the form's arithmetic agrees, in one placement only
        } else if (filled.size() == standard.size() || headers.isEmpty()) {
            for (int i = 0; i < Math.min(filled.size(), standard.size()); i++) {
                values.put(standard.get(i), row.text(filled.get(i)));
            }
        } else if (row.positional() && onHeaderPositions(row, label, filled)) {
            values.putAll(positional(row, label));
        } else {
            aligned(row, label, end, values, draft);
        }
        return FundLine.builder()
                .side(side)
                .source(source)
                .item(item)
                .initialBudget(amount(values, TableField.INITIAL, row, draft))
                .fullYearBudget(amount(values, TableField.FULL_YEAR, row, draft))
                .executed(amount(values, TableField.EXECUTED, row, draft))
                .halfYearPlan(amount(values, TableField.HALF_YEAR, row, draft))
                .weight(number(values, TableField.WEIGHT, row, draft))
                .rate(number(values, TableField.RATE, row, draft))
                .score(number(values, TableField.SCORE, row, draft))
                .amountUnit(amountsInYuan ? FundLine.YUAN : FundLine.WAN_YUAN)
                .line(row.cells().get(label).line())
                .build();
    }

    /**
     * The row's figures under the header's columns where exactly one placement agrees with the form's arithmetic
     * ({@link GluedNumbers}: 执行率 = 执行数 / 预算数, 得分 ≤ 分值); the header must have a rate to check by.
     */
    private boolean placedByArithmetic(Row row, List<Integer> filled, Map<TableField, String> values) {
        List<TableField> columns = headers.stream().map(Header::column).filter(c -> c != TableField.LABEL).toList();
        if (filled.size() >= columns.size() || columns.size() - filled.size() > 2
                || columns.contains(TableField.IGNORED) || !columns.contains(TableField.RATE)) {
            return false;
        }
        StringBuilder run = new StringBuilder();
        for (int i : filled) {
            String text = row.text(i).strip();
            if (!NumberCells.isFigure(text)) {
                return false;
            }
            run.append(NumberCells.isAbsent(text) ? "-" : text).append(' ');
        }
        // each way of leaving out as many columns as cells are missing, the budget, executed amount and rate kept
        List<Map<TableField, String>> placements = new ArrayList<>();
        int missing = columns.size() - filled.size();
        for (List<TableField> kept : subsets(columns, missing)) {
            if (!kept.containsAll(List.of(TableField.FULL_YEAR, TableField.EXECUTED, TableField.RATE))) {
                continue;  // a placement the rate cannot check proves nothing
            }
            GluedNumbers.cut(run.toString().strip(), kept, Map.of()).ifPresent(cells -> {
                Map<TableField, String> placed = new EnumMap<>(TableField.class);
                for (int i = 0; i < kept.size(); i++) {
                    if (cells.get(i) != null) {
                        placed.put(kept.get(i), cells.get(i));
                    }
                }
                if (!placements.contains(placed)) {
                    placements.add(placed);
                }
            });
        }
        if (placements.size() != 1) {
            return false;
        }
        values.putAll(placements.get(0));
        return true;
    }

    /** The columns with {@code leftOut} of them left out, each way, in order. */
    private static List<List<TableField>> subsets(List<TableField> columns, int leftOut) {
        if (leftOut == 0) {
            return List.of(columns);
        }
        List<List<TableField>> subsets = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            List<TableField> fewer = new ArrayList<>(columns);
            fewer.remove(i);
            for (List<TableField> subset : subsets(fewer, leftOut - 1)) {
                if (!subsets.contains(subset)) {
                    subsets.add(subset);
                }
            }
        }
        return subsets;
    }

    /** The row's cells under the header's columns by position (empty cells left out). */
    private Map<TableField, String> positional(Row row, int label) {
        Map<TableField, String> values = new EnumMap<>(TableField.class);
        for (Header header : headers) {
            if (header.position() > label && header.position() < row.size()
                    && !row.text(header.position()).isEmpty()) {
                values.put(header.column(), row.text(header.position()));
            }
        }
        return values;
    }

    /** Text, not a figure, in a column the header names as holding nothing stored ("执行率*该指标分值…"). */
    private boolean isNote(Row row, int index) {
        return ignored.contains(index) && !NumberCells.isFigure(row.text(index));
    }

    /**
     * Whether the row's label stands left of every header column and each value stands under one, the row reaching
     * the header's last column: a shorter row may have lost empty cells anywhere (text whose blanks collapsed).
     */
    private boolean onHeaderPositions(Row row, int label, List<Integer> filled) {
        if (headers.isEmpty() || headers.stream().anyMatch(header -> header.position() <= label)
                || row.size() <= headers.stream().mapToInt(Header::position).max().orElse(0)) {
            return false;
        }
        return filled.stream().allMatch(i -> headers.stream().anyMatch(header -> header.position() == i));
    }

    /**
     * The row's value cells aligned to the header's columns by what they hold ({@link RowAligner}): a header written
     * without its label column, or a row that dropped an empty cell. Uncertain cells are not read.
     */
    private void aligned(Row row, int label, int end, Map<TableField, String> values, FormDraft draft) {
        List<TableField> fields = headers.stream().map(Header::column).toList();
        List<CellClass> classes = new ArrayList<>();
        int first = label + 1;
        while (first < end && row.text(first).isEmpty()) {
            first++;
        }
        for (int i = first; i < end; i++) {
            classes.add(CellClass.of(row.text(i), Vocabulary.active()));
        }
        RowAligner.Alignment alignment = RowAligner.align(classes, fields);
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            String text = row.text(first + i);
            int column = alignment.columnOf(i);
            if (text.isEmpty()) {
                continue;
            }
            if (column < 0 || alignment.uncertain()[i]) {
                unread.add(text);
            } else {
                values.put(fields.get(column), text);
            }
        }
        if (!unread.isEmpty()) {
            draft.problem(row.firstLine(), "fund cells whose column is uncertain, not read: " + unread);
        }
    }

    /** An amount in 万元: amounts the table states in 元 are divided by 10,000 (exactly, by moving the point). */
    private BigDecimal amount(Map<TableField, String> values, TableField column, Row row, FormDraft draft) {
        BigDecimal value = number(values, column, row, draft);
        return value != null && amountsInYuan ? value.movePointLeft(4) : value;
    }

    private static BigDecimal number(Map<TableField, String> values, TableField column, Row row, FormDraft draft) {
        String text = values.get(column);
        if (text == null) {
            return null;
        }
        try {
            return NumberCells.parse(text);
        } catch (NumberFormatException e) {
            draft.problem(row.firstLine(), "not a number in fund column " + column.name().toLowerCase() + ": '"
                    + text + "'");
            return null;
        }
    }
}
