package io.jixiao.read.quality;

import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.value.ExecutionRate;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import io.jixiao.schema.vocabulary.Grade;

import java.math.BigDecimal;
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

    public static FormFacts of(Form form) {
        FundLine total = totalLine(form).orElse(null);
        BigDecimal budget = total == null ? null : total.fullYearBudget();
        BigDecimal executed = total == null ? null : total.executed();
        BigDecimal rate = ExecutionRate.of(executed, budget);
        BigDecimal executionScore = ExecutionRate.score(total == null ? null : total.weight(), rate);
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
                .filter(f -> f.source() == FundSource.TOTAL)
                .filter(f -> f.side() == FundSide.BUDGET || f.side() == FundSide.INCOME)
                .findFirst();
    }
}
