package io.jixiao.schema.model;

import io.jixiao.schema.vocabulary.IndicatorStatus;
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
 * @param status       whether the actual meets the target (stored and written as its code), null until interpreted
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
        IndicatorStatus status,
        int line) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this indicator's values, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder()
                .level1(level1)
                .level2(level2)
                .keyWork(keyWork)
                .name(name)
                .target(target)
                .targetHalf(targetHalf)
                .actual(actual)
                .weight(weight)
                .score(score)
                .reason(reason)
                .comparator(comparator)
                .targetValue(targetValue)
                .actualValue(actualValue)
                .unit(unit)
                .status(status)
                .line(line);
    }

    /** Builds an indicator; a value not set is null (0 for the line). */
    public static final class Builder {
        private String level1;
        private String level2;
        private String keyWork;
        private String name;
        private String target;
        private String targetHalf;
        private String actual;
        private BigDecimal weight;
        private BigDecimal score;
        private String reason;
        private String comparator;
        private BigDecimal targetValue;
        private BigDecimal actualValue;
        private String unit;
        private IndicatorStatus status;
        private int line;

        private Builder() {
        }

        public Builder level1(String level1) {
            this.level1 = level1;
            return this;
        }

        public Builder level2(String level2) {
            this.level2 = level2;
            return this;
        }

        public Builder keyWork(String keyWork) {
            this.keyWork = keyWork;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder target(String target) {
            this.target = target;
            return this;
        }

        public Builder targetHalf(String targetHalf) {
            this.targetHalf = targetHalf;
            return this;
        }

        public Builder actual(String actual) {
            this.actual = actual;
            return this;
        }

        public Builder weight(BigDecimal weight) {
            this.weight = weight;
            return this;
        }

        public Builder score(BigDecimal score) {
            this.score = score;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder comparator(String comparator) {
            this.comparator = comparator;
            return this;
        }

        public Builder targetValue(BigDecimal targetValue) {
            this.targetValue = targetValue;
            return this;
        }

        public Builder actualValue(BigDecimal actualValue) {
            this.actualValue = actualValue;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder status(IndicatorStatus status) {
            this.status = status;
            return this;
        }

        public Builder line(int line) {
            this.line = line;
            return this;
        }

        public Indicator build() {
            return new Indicator(level1, level2, keyWork, name, target, targetHalf, actual, weight, score, reason,
                    comparator, targetValue, actualValue, unit, status, line);
        }
    }
}
