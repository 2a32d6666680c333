package io.jixiao.jobs.read.form;

import io.jixiao.jobs.read.table.Numbers;

import io.jixiao.jobs.read.layout.Row;
import io.jixiao.jobs.read.table.ColumnNames;
import io.jixiao.jobs.read.table.TableField;
import io.jixiao.jobs.read.table.Vocabulary;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A fund table: its column header(s) and rows. Columns shift between the header and the data rows, so a row's value
 * cells (those after its label) are matched to the header's columns in order when their counts agree; otherwise to
 * the side's standard columns when those counts agree (Jiangsu expense tables name only the half-year column but
 * carry both figures); otherwise by position (Changji rows, where an empty cell is an empty column).
 */
final class FundTable {

    enum Column { INITIAL, FULL_YEAR, EXECUTED, HALF_YEAR, WEIGHT, RATE, SCORE }

    private record Header(int position, Column column) {
    }

    private static final Map<FundSide, List<Column>> STANDARD = Map.of(
            FundSide.BUDGET, List.of(Column.INITIAL, Column.FULL_YEAR, Column.EXECUTED, Column.WEIGHT, Column.RATE,
                    Column.SCORE),
            FundSide.INCOME, List.of(Column.FULL_YEAR),
            FundSide.EXPENSE, List.of(Column.HALF_YEAR, Column.FULL_YEAR));

    private final ColumnNames columnNames = ColumnNames.funds(Vocabulary.active());

    private FundSide side;
    private List<Header> headers = new ArrayList<>();
    private boolean amountsInYuan;

    FundTable(FundSide side) {
        this.side = side;
    }

    /** Reads side markers (收入 / 支出) and column names from a header row; false when the row has neither. */
    boolean readHeader(Row row) {
        boolean found = false;
        List<Header> columns = new ArrayList<>();
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
                Column column = column(row.text(i));
                if (column != null) {
                    columns.add(new Header(i, column));
                    found = true;
                }
            }
        }
        if (!columns.isEmpty()) {
            headers = columns;
        }
        return found;
    }

    /** A header cell that states the amounts in 元 rather than 万元: "项目资金（元）", "金额单位：元". */
    static boolean statesYuan(String key) {
        return key.contains("(元)") || key.contains("单位:元") || key.contains("单位元");
    }

    /** The fund column a header cell names through the vocabulary (fund_column), or null. */
    private Column column(String text) {
        TableField field = columnNames.field(text).orElse(null);
        if (field == null) {
            return null;
        }
        return switch (field) {
            case INITIAL -> Column.INITIAL;
            case FULL_YEAR -> Column.FULL_YEAR;
            case HALF_YEAR -> Column.HALF_YEAR;
            case EXECUTED -> Column.EXECUTED;
            case WEIGHT -> Column.WEIGHT;
            case RATE -> Column.RATE;
            case SCORE -> Column.SCORE;
            default -> null;
        };
    }

    /** The index of the row's label cell: its first non-empty cell that is not a number, else -1. */
    static int labelIndex(Row row) {
        for (int i = 0; i < row.size(); i++) {
            String text = row.text(i);
            if (!text.isEmpty()) {
                return Numbers.isNumber(text) || Numbers.isAbsent(text) ? -1 : i;
            }
        }
        return -1;
    }

    /** Whether the row looks like a fund row: a label followed by at least one number or "-". */
    static boolean isFundRow(Row row) {
        int label = labelIndex(row);
        if (label < 0) {
            return false;
        }
        for (int i = label + 1; i < row.size(); i++) {
            String text = row.text(i);
            if (!text.isEmpty() && !Numbers.isNumber(text) && !Numbers.isAbsent(text)) {
                return false;
            }
        }
        return true;
    }

    FundLine read(Row row, FormDraft draft) {
        int label = labelIndex(row);
        String item = row.text(label).strip();
        FundSource source = Labels.fundSource(row.key(label)).orElse(FundSource.ITEM);
        int end = row.size();
        while (end > label + 1 && row.text(end - 1).isEmpty()) {
            end--;
        }
        List<Integer> filled = new ArrayList<>();
        for (int i = label + 1; i < end; i++) {
            if (!row.text(i).isEmpty()) {
                filled.add(i);
            }
        }
        Map<Column, String> values = new EnumMap<>(Column.class);
        List<Column> standard = STANDARD.get(side);
        if (!headers.isEmpty() && filled.size() == headers.size()) {
            for (int i = 0; i < headers.size(); i++) {
                values.put(headers.get(i).column(), row.text(filled.get(i)));
            }
        } else if (filled.size() == standard.size() || headers.isEmpty()) {
            for (int i = 0; i < Math.min(filled.size(), standard.size()); i++) {
                values.put(standard.get(i), row.text(filled.get(i)));
            }
        } else {
            for (Header header : headers) {
                if (header.position() > label) {
                    values.put(header.column(), row.text(header.position()));
                }
            }
        }
        return new FundLine(side.code(), source.code(), item,
                amount(values, Column.INITIAL, row, draft), amount(values, Column.FULL_YEAR, row, draft),
                amount(values, Column.EXECUTED, row, draft), amount(values, Column.HALF_YEAR, row, draft),
                number(values, Column.WEIGHT, row, draft), number(values, Column.RATE, row, draft),
                number(values, Column.SCORE, row, draft), amountsInYuan ? FundLine.YUAN : FundLine.WAN_YUAN,
                row.cells().get(label).line());
    }

    /** An amount in 万元: amounts the table states in 元 are divided by 10,000 (exactly, by moving the point). */
    private BigDecimal amount(Map<Column, String> values, Column column, Row row, FormDraft draft) {
        BigDecimal value = number(values, column, row, draft);
        return value != null && amountsInYuan ? value.movePointLeft(4) : value;
    }

    private static BigDecimal number(Map<Column, String> values, Column column, Row row, FormDraft draft) {
        String text = values.get(column);
        if (text == null) {
            return null;
        }
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            draft.problem(row.firstLine(), "not a number in fund column " + column.name().toLowerCase() + ": '"
                    + text + "'");
            return null;
        }
    }
}
