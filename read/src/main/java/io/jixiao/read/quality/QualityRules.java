package io.jixiao.read.quality;

import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs every data-quality rule on a form. */
public final class QualityRules {

    private static final List<QualityRule> RULES = List.of(
            new HeaderRules(), new ExecutionRules(), new FundSumRule(), new ScoreRules(), new IndicatorRules());

    private QualityRules() {
    }

    public static List<Finding> check(Form form) {
        return check(form, FormFacts.of(form));
    }

    /** The rules on a form whose figures the caller has recomputed already ({@link FormFacts#of}). */
    public static List<Finding> check(Form form, FormFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (QualityRule rule : RULES) {
            findings.addAll(rule.check(form, facts));
        }
        return Collections.unmodifiableList(findings);
    }
}
