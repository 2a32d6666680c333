package io.jixiao.jobs.quality;

import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import io.jixiao.schema.vocabulary.Grade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures recomputed from a form's cells: execution rate and score, total score, grade. The warehouse
 * stores them beside the stated ones, and the quality rules compare the two.
 */
public record FormFacts(
        FundLine total,
        BigDecimal fullYearBudget,
        BigDecimal executed,
        BigDecimal executionRate,
        BigDecimal executionScore,
        BigDecimal totalScore,
        String grade) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static FormFacts of(Form form) {
        FundLine total = totalLine(form).orElse(null);
        BigDecimal budget = total == null ? null : total.fullYearBudget();
        BigDecimal executed = total == null ? null : total.executed();
        BigDecimal rate = rate(executed, budget);
        BigDecimal executionScore = executionScore(total == null ? null : total.weight(), rate);
        BigDecimal indicatorScores = form.indicators().stream()
                .map(Indicator::score).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalScore = form.kind().isSelfEvaluation() && executionScore != null
                ? executionScore.add(indicatorScores)
                : null;
        String grade = form.totalScore() == null ? null : Grade.forScore(form.totalScore()).chinese();
        return new FormFacts(total, budget, executed, rate, executionScore, totalScore, grade);
    }

    /** The total row of the budget table (self-evaluations) or of the income table (target tables). */
    static Optional<FundLine> totalLine(Form form) {
        return form.funds().stream()
                .filter(f -> FundSource.TOTAL.code().equals(f.source()))
                .filter(f -> FundSide.BUDGET.code().equals(f.side()) || FundSide.INCOME.code().equals(f.side()))
                .findFirst();
    }

    /** executed / budget × 100, 2 decimals; null when either is missing or the budget is zero. */
    public static BigDecimal rate(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return executed.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    }

    /** weight × min(rate, 100%), 2 decimals: the rule the samples score execution by. */
    public static BigDecimal executionScore(BigDecimal weight, BigDecimal rate) {
        if (weight == null || rate == null) {
            return null;
        }
        BigDecimal capped = rate.min(HUNDRED);
        return weight.multiply(capped).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
