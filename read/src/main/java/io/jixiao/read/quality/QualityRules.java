package io.jixiao.read.quality;

import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;

import java.util.List;

/** Runs every data-quality rule on a form. */
public final class QualityRules {

    private static final List<QualityRule> RULES = List.of(
            new HeaderRules(), new ExecutionRules(), new FundSumRule(), new ScoreRules(), new IndicatorRules());

    private QualityRules() {
    }

    public static List<Finding> check(Form form) {
        FormFacts facts = FormFacts.of(form);
        return RULES.stream().flatMap(rule -> rule.check(form, facts).stream()).toList();
    }
}
