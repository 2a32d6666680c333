package io.jixiao.read.quality;

import io.jixiao.schema.finding.FindingRule;
import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;

import java.util.ArrayList;
import java.util.List;

/** The execution rate and score a self-evaluation states against the ones its amounts give. */
final class ExecutionRules implements QualityRule {

    @Override
    public List<Finding> check(Form form, FormFacts facts) {
        List<Finding> findings = new ArrayList<>();
        FundLine total = facts.total();
        if (!form.kind().isSelfEvaluation()) {
            return findings;
        }
        if (total == null) {
            findings.add(Findings.of(FindingRule.TOTAL_FUNDS_MISSING, Severity.ERROR, null, null, form.firstLine()));
            return findings;
        }
        if (total.initialBudget() == null) {
            findings.add(Findings.of(FindingRule.INITIAL_BUDGET_MISSING, Severity.INFO, null, null, total.line()));
        }
        if (Findings.differ(facts.executionRate(), total.rate())) {
            findings.add(Findings.of(FindingRule.EXECUTION_RATE_MISMATCH, Severity.WARNING,
                    facts.executionRate(), total.rate(), total.line()));
        }
        if (Findings.differ(facts.executionScore(), total.score())) {
            findings.add(Findings.of(FindingRule.EXECUTION_SCORE_MISMATCH, Severity.WARNING,
                    facts.executionScore(), total.score(), total.line()));
        }
        return findings;
    }
}
