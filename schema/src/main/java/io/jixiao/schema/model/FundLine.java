package io.jixiao.schema.model;

import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
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
        FundSide side,
        FundSource source,
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

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this fund line's values, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder()
                .side(side)
                .source(source)
                .item(item)
                .initialBudget(initialBudget)
                .fullYearBudget(fullYearBudget)
                .executed(executed)
                .halfYearPlan(halfYearPlan)
                .weight(weight)
                .rate(rate)
                .score(score)
                .amountUnit(amountUnit)
                .line(line);
    }

    /** Builds a fund line; a value not set is null (0 for the line). */
    public static final class Builder {
        private FundSide side;
        private FundSource source;
        private String item;
        private BigDecimal initialBudget;
        private BigDecimal fullYearBudget;
        private BigDecimal executed;
        private BigDecimal halfYearPlan;
        private BigDecimal weight;
        private BigDecimal rate;
        private BigDecimal score;
        private String amountUnit;
        private int line;

        private Builder() {
        }

        public Builder side(FundSide side) {
            this.side = side;
            return this;
        }

        public Builder source(FundSource source) {
            this.source = source;
            return this;
        }

        public Builder item(String item) {
            this.item = item;
            return this;
        }

        public Builder initialBudget(BigDecimal initialBudget) {
            this.initialBudget = initialBudget;
            return this;
        }

        public Builder fullYearBudget(BigDecimal fullYearBudget) {
            this.fullYearBudget = fullYearBudget;
            return this;
        }

        public Builder executed(BigDecimal executed) {
            this.executed = executed;
            return this;
        }

        public Builder halfYearPlan(BigDecimal halfYearPlan) {
            this.halfYearPlan = halfYearPlan;
            return this;
        }

        public Builder weight(BigDecimal weight) {
            this.weight = weight;
            return this;
        }

        public Builder rate(BigDecimal rate) {
            this.rate = rate;
            return this;
        }

        public Builder score(BigDecimal score) {
            this.score = score;
            return this;
        }

        public Builder amountUnit(String amountUnit) {
            this.amountUnit = amountUnit;
            return this;
        }

        public Builder line(int line) {
            this.line = line;
            return this;
        }

        public FundLine build() {
            return new FundLine(side, source, item, initialBudget, fullYearBudget, executed, halfYearPlan, weight,
                    rate, score, amountUnit, line);
        }
    }
}
