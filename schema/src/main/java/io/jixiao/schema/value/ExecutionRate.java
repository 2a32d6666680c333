package io.jixiao.schema.value;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The execution rate (执行率) and the execution score, defined once: the reader checks a scan's stated rates by it,
 * the ingest stores it beside the stated rate, the quality rules compare the two.
 */
public final class ExecutionRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExecutionRate() {
    }

    /** executed / budget × 100, 2 decimals; null when either is missing or the budget is zero. */
    public static BigDecimal of(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return executed.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    }

    /** weight × min(rate, 100%), 2 decimals: the rule the samples score execution by. */
    public static BigDecimal score(BigDecimal weight, BigDecimal rate) {
        if (weight == null || rate == null) {
            return null;
        }
        return weight.multiply(rate.min(HUNDRED)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
