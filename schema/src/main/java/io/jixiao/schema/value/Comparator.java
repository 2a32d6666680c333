package io.jixiao.schema.value;

import java.math.BigDecimal;

/** The comparator written before a target value: the actual must stand in this relation to the target. */
public enum Comparator {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EQUAL("="),
    GREATER(">"),
    LESS("<");

    /** Two numbers closer than this are equal: cells carry at most a few decimals. */
    private static final BigDecimal EQUALITY_TOLERANCE = new BigDecimal("1e-9");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical symbol stored in the warehouse: ≥ ≤ = &gt; &lt;. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code actual} stands in this relation to {@code target}. */
    public boolean holds(BigDecimal actual, BigDecimal target) {
        int order = actual.compareTo(target);
        return switch (this) {
            case AT_LEAST -> order >= 0;
            case AT_MOST -> order <= 0;
            case GREATER -> order > 0;
            case LESS -> order < 0;
            case EQUAL -> actual.subtract(target).abs().compareTo(EQUALITY_TOLERANCE) <= 0;
        };
    }

    /** This comparator with equality allowed: ≥ for &gt;, ≤ for &lt;, else itself. */
    Comparator inclusive() {
        return switch (this) {
            case GREATER -> AT_LEAST;
            case LESS -> AT_MOST;
            default -> this;
        };
    }

    /** Whether this comparator bounds the value from below (≥, &gt;) rather than from above or exactly. */
    boolean isLowerBound() {
        return this == AT_LEAST || this == GREATER;
    }

    /** Whether this comparator bounds the value from above (≤, &lt;). */
    boolean isUpperBound() {
        return this == AT_MOST || this == LESS;
    }
}
