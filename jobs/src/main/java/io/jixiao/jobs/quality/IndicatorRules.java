package io.jixiao.jobs.quality;

import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.util.ArrayList;
import java.util.List;

/** Each scored indicator: score within its weight, deductions explained, missed targets not given full marks. */
final class IndicatorRules implements QualityRule {

    @Override
    public List<Finding> check(Form form, FormFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator indicator : form.indicators()) {
            if (indicator.weight() == null || indicator.score() == null) {
                continue;
            }
            int order = indicator.score().compareTo(indicator.weight());
            if (order > 0) {
                findings.add(Findings.of("score_above_weight", Severity.ERROR,
                        "得分 exceeds 分值 for " + indicator.name(), indicator.weight(), indicator.score(),
                        indicator.line()));
            } else if (order < 0 && !hasReason(indicator)) {
                findings.add(Findings.of("deduction_without_reason", Severity.WARNING,
                        "points deducted without a 偏差原因分析 for " + indicator.name(), "a deviation reason",
                        indicator.score(), indicator.line()));
            }
            if (order == 0 && indicator.weight().signum() > 0
                    && IndicatorStatus.UNMET.code().equals(indicator.status())) {
                findings.add(Findings.of("full_score_target_missed", Severity.WARNING,
                        "full marks although the target was missed: " + indicator.name(),
                        indicator.target(), indicator.actual(), indicator.line()));
            }
        }
        return findings;
    }

    private static boolean hasReason(Indicator indicator) {
        String reason = indicator.reason();
        return reason != null && !reason.isBlank() && !reason.strip().equals("/");
    }
}
