package io.jixiao.corpus.generate;

import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.value.IndicatorInterpreter;
import io.jixiao.schema.vocabulary.Coded;
import io.jixiao.schema.vocabulary.FormKind;

import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One form being written into a document: writes its rows in the document's layout and keeps, next to them, the
 * truth the parser should read back — each fund line and indicator with the source line it was written on.
 */
final class FormSheet {

    private final SheetLayout layout;
    private final DocumentText text;
    final AmountUnit amounts;
    private final int firstLine;
    private int lastLine;
    final List<FundLine> funds = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();

    /** Starts the form with its title and year lines. */
    FormSheet(SheetLayout layout, DocumentText text, AmountUnit amounts, String title, String yearLine) {
        this.layout = layout;
        this.text = text;
        this.amounts = amounts;
        if (layout != SheetLayout.CELL_PER_LINE) {
            text.blank();
        }
        this.firstLine = layout.writeTitle(text, title).first();
        text.blank();
        lastLine = layout.writeTitle(text, yearLine).last();
        text.blank();
    }

    int firstLine() {
        return firstLine;
    }

    int lastLine() {
        return lastLine;
    }

    /** The truth of the form written so far: its kind, year and region, lines, fund lines and indicators. */
    Form.Builder form(FormKind kind, int year, RegionCatalog.Region region) {
        return Form.builder()
                .kind(kind)
                .year(year)
                .region(region.division())
                .regionCode(region.divisionCode())
                .firstLine(firstLine)
                .lastLine(lastLine)
                .funds(funds)
                .indicators(indicators);
    }

    SheetLayout.RowLines row(SheetRow row) {
        SheetLayout.RowLines lines = layout.write(text, row);
        layout.separate(text);
        lastLine = lines.last();
        return lines;
    }

    SheetLayout.RowLines row(String... cells) {
        return row(SheetRow.of(cells));
    }

    /** A blank line between parts of a form, as the extraction leaves between tables. */
    void gap() {
        if (layout != SheetLayout.CELL_PER_LINE) {
            text.blank();
        }
    }

    /**
     * Writes a fund row; its label is cell {@code labelCell}, the amounts are in 万元 as read from the cells written.
     * The side and source are their codes ({@link FundSide}, {@link FundSource}).
     */
    void fund(String side, String source, int labelCell, BigDecimal initial, BigDecimal fullYear, BigDecimal executed,
              BigDecimal halfYear, BigDecimal weight, BigDecimal rate, BigDecimal score, String... cells) {
        SheetLayout.RowLines lines = row(cells);
        funds.add(FundLine.builder().side(coded(FundSide.class, side)).source(coded(FundSource.class, source))
                .item(cells[labelCell].strip()).initialBudget(initial).fullYearBudget(fullYear).executed(executed).halfYearPlan(halfYear).weight(weight).rate(rate)
                .score(score).amountUnit(amounts.code()).line(lines.cell(labelCell)).build());
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, String code) {
        return Coded.byCode(type, code).orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName()
                + " with the code " + code));
    }

    /** Writes an indicator row; the truth carries the level names down as the reader of merged cells must. */
    void indicator(SheetRow row, String level1, String level2, String keyWork, String name, String target,
                   String targetHalf, String actual, BigDecimal weight, BigDecimal score, String reason) {
        SheetLayout.RowLines lines = row(row);
        int first = 0;
        while (row.cells().get(first).isEmpty()) {
            first++;
        }
        indicators.add(IndicatorInterpreter.interpret(Indicator.builder().level1(level1).level2(level2)
                .keyWork(keyWork).name(name).target(target).targetHalf(targetHalf).actual(actual).weight(weight)
                .score(score).reason(reason).line(lines.cell(first)).build()));
    }
}
