package io.jixiao.schema.value;

import java.math.BigDecimal;

/**
 * One target or actual cell read by the value grammar.
 *
 * @param kind       what the cell says
 * @param comparator the comparator written before the value, null when none is written
 * @param number     the number of a {@link CellKind#NUMBER} cell (a bare trailing 万 applied), else null
 * @param plusMinus  whether the number was written as a tolerance {@code ±n}
 * @param unit       the unit written after the number without its parentheses ({@code %}, {@code 万人}, {@code 元/人/天}),
 *                   empty when none is written, null unless the cell is a number
 * @param text       the normalized cell text (full-width folded, spaces removed), empty for an empty cell
 */
public record CellValue(
        CellKind kind,
        Comparator comparator,
        BigDecimal number,
        boolean plusMinus,
        String unit,
        String text) {

    static CellValue empty() {
        return new CellValue(CellKind.EMPTY, null, null, false, null, "");
    }

    static CellValue notApplicable(String text) {
        return new CellValue(CellKind.NOT_APPLICABLE, null, null, false, null, text);
    }

    static CellValue qualitative(String text) {
        return new CellValue(CellKind.QUALITATIVE, null, null, false, null, text);
    }

    static CellValue dateOrPeriod(Comparator comparator, String text) {
        return new CellValue(CellKind.DATE_OR_PERIOD, comparator, null, false, null, text);
    }

    static CellValue number(Comparator comparator, BigDecimal number, boolean plusMinus, String unit, String text) {
        return new CellValue(CellKind.NUMBER, comparator, number, plusMinus, unit, text);
    }

    /** Whether this is a number written as a percentage. */
    public boolean isPercent() {
        return kind == CellKind.NUMBER && "%".equals(unit);
    }
}
