package io.jixiao.jobs.quality;

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
        if (!form.kind().endsWith("self_evaluation")) {
            return findings;
        }
        if (total == null) {
            findings.add(Findings.of("total_funds_missing", Severity.ERROR,
                    "no 年度资金总额 row: the execution rate cannot be computed", null, null, form.firstLine()));
            return findings;
        }
        if (total.initialBudget() == null) {
            findings.add(Findings.of("initial_budget_missing", Severity.INFO,
                    "年初预算数 is empty on the 年度资金总额 row", null, null, total.line()));
        }
        if (Findings.differ(facts.executionRate(), total.rate())) {
            findings.add(Findings.of("execution_rate_mismatch", Severity.WARNING,
                    "stated 执行率 differs from 全年执行数 / 全年预算数 × 100",
                    facts.executionRate(), total.rate(), total.line()));
        }
        if (Findings.differ(facts.executionScore(), total.score())) {
            findings.add(Findings.of("execution_score_mismatch", Severity.WARNING,
                    "stated execution score differs from 分值 × min(执行率, 100%)",
                    facts.executionScore(), total.score(), total.line()));
        }
        return findings;
    }
}
