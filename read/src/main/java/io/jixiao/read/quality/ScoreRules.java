package io.jixiao.read.quality;

import io.jixiao.schema.finding.FindingRule;
import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.Grade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A self-evaluation's weights add up to 100, its total to the sum of its scores, its grade to its total. */
final class ScoreRules implements QualityRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(Form form, FormFacts facts) {
        List<Finding> findings = new ArrayList<>();
        if (!form.kind().isSelfEvaluation()) {
            return findings;
        }
        BigDecimal executionWeight = facts.total() == null ? null : facts.total().weight();
        BigDecimal executionScore = facts.total() == null ? null : facts.total().score();
        BigDecimal weights = sum(form.indicators().stream().map(Indicator::weight).toList(), executionWeight);
        if (weights != null && weights.compareTo(HUNDRED) != 0) {
            findings.add(Findings.of(FindingRule.WEIGHTS_SUM, Severity.WARNING, HUNDRED, weights, form.firstLine()));
        }
        BigDecimal scores = sum(form.indicators().stream().map(Indicator::score).toList(), executionScore);
        if (form.totalScore() == null) {
            findings.add(Findings.of(FindingRule.TOTAL_SCORE_MISSING, Severity.WARNING, scores, null, form.lastLine()));
        } else if (Findings.differ(scores, form.totalScore())) {
            findings.add(Findings.of(FindingRule.TOTAL_SCORE_MISMATCH, Severity.WARNING, scores,
                    form.totalScore(), form.lastLine()));
        }
        if (form.totalScore() != null) {
            String earned = Grade.forScore(form.totalScore()).chinese();
            if (form.grade() == null) {
                findings.add(Findings.of(FindingRule.GRADE_MISSING, Severity.INFO, earned, null, form.lastLine()));
            } else if (!form.grade().startsWith(earned)) {
                findings.add(Findings.of(FindingRule.GRADE_MISMATCH, Severity.ERROR, earned,
                        form.grade(), form.lastLine()));
            }
        }
        return findings;
    }

    private static BigDecimal sum(List<BigDecimal> values, BigDecimal first) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty() || first == null) {
            return null;
        }
        return present.stream().reduce(first, BigDecimal::add);
    }
}
