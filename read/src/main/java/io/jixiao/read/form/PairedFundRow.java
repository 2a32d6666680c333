package io.jixiao.read.form;

import io.jixiao.read.layout.Row;
import io.jixiao.read.table.ColumnNames;
import io.jixiao.read.table.NumberCells;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fund row written as label / amount pairs instead of under column headers: "预算规模及资金用途 | 预算数 | 20.00 |
 * 其中:财政资金 | 20.00 | 其他资金", "项目金额 | 164万元 | 其中:当年市级财政资金 | 132万元". Each fund-source label
 * directly followed by an amount gives a line with that amount as the full-year budget. A label preceded by another
 * label without an amount ("中期预算资金总额 | 年度预算资金总额 | 25": which of the two is 25?) makes the row
 * ambiguous, and it is reported rather than read.
 */
final class PairedFundRow {

    private static final Pattern AMOUNT = Pattern.compile("(-?\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)?");

    private PairedFundRow() {
    }

    /** Whether the row's first fund-source label is directly followed by one amount (two are a columnar row). */
    static boolean matches(Row row) {
        List<String> cells = row.nonEmptyTexts();
        for (int i = 0; i + 1 < cells.size(); i++) {
            if (source(cells.get(i)) != null && amount(cells.get(i + 1)) != null) {
                return i + 2 >= cells.size() || amount(cells.get(i + 2)) == null;
            }
        }
        return false;
    }

    static void read(Row row, FundSide side, FormDraft draft) {
        List<String> cells = row.nonEmptyTexts();
        List<FundLine> lines = new ArrayList<>();
        List<FundSource> sources = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String[] amount = amount(cells.get(i));
            if (amount == null) {
                continue;
            }
            FundSource source = i > 0 ? source(cells.get(i - 1)) : null;
            TableField column = i > 0 && source == null ? column(cells.get(i - 1)) : null;
            if (source != null && i - 1 >= 2 && amount(cells.get(i - 2)) == null) {
                draft.report(row, "amount after two labels, which it belongs to is uncertain");
                return;
            }
            if (source != null && sources.contains(source)) {
                draft.report(row, "a fund source named twice in one row, which column each amount is in is uncertain");
                return;
            }
            BigDecimal value = new BigDecimal(amount[0].replace(",", ""));
            boolean yuan = "元".equals(amount[1]);
            BigDecimal wan = yuan ? value.movePointLeft(4) : value;
            if (source != null) {
                sources.add(source);
                lines.add(FundLine.builder().side(side).source(source).item(cells.get(i - 1).strip())
                        .fullYearBudget(wan).amountUnit(yuan ? FundLine.YUAN : FundLine.WAN_YUAN)
                        .line(row.firstLine()).build());
            } else if (column != null && !lines.isEmpty()) {
                // "预算数: | 2.38 | 执行数: | 2.38": a column label's amount belongs to the line the row opened
                lines.set(lines.size() - 1, withColumn(lines.get(lines.size() - 1), column, wan));
            } else {
                boolean labelled = i > 0 && amount(cells.get(i - 1)) == null;
                unread.add(labelled ? cells.get(i - 1).strip() + " " + cells.get(i).strip() : cells.get(i).strip());
            }
        }
        if (!unread.isEmpty()) {
            draft.problem(row.firstLine(), "amounts after no fund source or column Jixiao knows, not read: " + unread);
        }
        draft.funds.addAll(lines);
        draft.use(row);
    }

    /** The fund column a label names other than the full-year budget a source's amount already is. */
    private static TableField column(String cell) {
        TableField field = ColumnNames.funds(Vocabulary.active()).field(cell).orElse(null);
        return field == TableField.INITIAL || field == TableField.EXECUTED ? field : null;
    }

    private static FundLine withColumn(FundLine line, TableField column, BigDecimal amount) {
        return line.toBuilder()
                .initialBudget(column == TableField.INITIAL ? amount : line.initialBudget())
                .executed(column == TableField.EXECUTED ? amount : line.executed())
                .build();
    }

    private static FundSource source(String cell) {
        return LabelVocabulary.fundSource(LabelVocabulary.key(cell)).orElse(null);
    }

    /** The number and its unit, or null when the cell is not an amount. */
    private static String[] amount(String cell) {
        String text = LabelVocabulary.compact(cell);
        if (NumberCells.isNumber(text) && !text.endsWith("%")) {
            return new String[] {text, null};
        }
        Matcher matcher = AMOUNT.matcher(text);
        return matcher.matches() ? new String[] {matcher.group(1), matcher.group(2)} : null;
    }
}
