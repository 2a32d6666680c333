package io.jixiao.read.quality;

import io.jixiao.schema.finding.FindingRule;
import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
                findings.add(Findings.of(FindingRule.SCORE_ABOVE_WEIGHT, Severity.ERROR,
                        indicator.weight(), indicator.score(), indicator.line(), about(indicator)));
            } else if (order < 0 && !hasReason(indicator)) {
                findings.add(Findings.of(FindingRule.DEDUCTION_WITHOUT_REASON, Severity.WARNING,
                        indicator.weight(), indicator.score(), indicator.line(), about(indicator)));
            }
            if (order == 0 && indicator.weight().signum() > 0
                    && indicator.status() == IndicatorStatus.UNMET) {
                findings.add(Findings.of(FindingRule.FULL_SCORE_TARGET_MISSED, Severity.WARNING,
                        indicator.target(), indicator.actual(), indicator.line(), about(indicator)));
            }
        }
        return findings;
    }

    private static Map<String, String> about(Indicator indicator) {
        return Map.of("indicator", Objects.toString(indicator.name(), ""));
    }

    private static boolean hasReason(Indicator indicator) {
        String reason = indicator.reason();
        return reason != null && !reason.isBlank() && !reason.strip().equals("/");
    }
}
