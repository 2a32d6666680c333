package io.jixiao.read.quality;

import io.jixiao.schema.finding.FindingRule;
import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;

import java.util.ArrayList;
import java.util.List;

/** The fields a form's identity rests on: its year, its unit and, for project forms, its project. */
final class HeaderRules implements QualityRule {

    @Override
    public List<Finding> check(Form form, FormFacts facts) {
        List<Finding> findings = new ArrayList<>();
        if (form.year() == null) {
            findings.add(Findings.of(FindingRule.YEAR_MISSING, Severity.ERROR, null, null, form.firstLine()));
        }
        if (blank(form.unit())) {
            findings.add(Findings.of(FindingRule.UNIT_MISSING, Severity.ERROR, null, null, form.firstLine()));
        }
        if (!form.kind().isDepartment() && blank(form.project())) {
            findings.add(Findings.of(FindingRule.PROJECT_MISSING, Severity.ERROR, null, null, form.firstLine()));
        }
        return findings;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
