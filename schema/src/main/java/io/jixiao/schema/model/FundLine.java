package io.jixiao.schema.model;

import java.math.BigDecimal;

/**
 * One row of a fund table, amounts in 万元 (converted from 元 where the document states 元).
 * Absent cells are null; "-" and "—" in weight and score columns are read as absent.
 *
 * @param side    {@code budget}, {@code income} or {@code expense} (FundSide codes)
 * @param source  a FundSource code; {@code item} for a named expense line
 * @param item    the row's label as written (the expense item's name for {@code item} rows)
 * @param amountUnit the unit the document states its amounts in, {@code 万元} or {@code 元}; the amounts here are
 *                in 万元 either way
 * @param line    the 1-based source line of the row
 */
public record FundLine(
        String side,
        String source,
        String item,
        BigDecimal initialBudget,
        BigDecimal fullYearBudget,
        BigDecimal executed,
        BigDecimal halfYearPlan,
        BigDecimal weight,
        BigDecimal rate,
        BigDecimal score,
        String amountUnit,
        int line) {

    public static final String WAN_YUAN = "万元";
    public static final String YUAN = "元";
}
