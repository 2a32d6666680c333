package io.jixiao.schema.model;

import java.math.BigDecimal;

/**
 * One level-3 performance indicator with its carried-down level-1 and level-2 names.
 *
 * @param keyWork      the 重点工作 column of department target tables, else null
 * @param target       the (full-year) target cell as written
 * @param targetHalf   the half-year target of target tables, else null
 * @param actual       the actual cell as written (self-evaluations), else null
 * @param comparator   the target's comparator symbol (≥ ≤ = &gt; &lt;), null when none is written
 * @param targetValue  the target's number, multipliers (万) applied, null when qualitative
 * @param actualValue  the actual's number, null when qualitative or absent
 * @param unit         the unit of the target (or of the actual when the target has none)
 * @param status       an IndicatorStatus code
 * @param line         the 1-based source line where the indicator's row starts
 */
public record Indicator(
        String level1,
        String level2,
        String keyWork,
        String name,
        String target,
        String targetHalf,
        String actual,
        BigDecimal weight,
        BigDecimal score,
        String reason,
        String comparator,
        BigDecimal targetValue,
        BigDecimal actualValue,
        String unit,
        String status,
        int line) {
}
