package io.jixiao.jobs.quality;

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
            findings.add(Findings.of("year_missing", Severity.ERROR,
                    "no fiscal year found: the form is filed under year 0", null, null, form.firstLine()));
        }
        if (blank(form.unit())) {
            findings.add(Findings.of("unit_missing", Severity.ERROR,
                    "no 实施单位 / 单位名称 found", null, null, form.firstLine()));
        }
        if (form.kind().startsWith("project") && blank(form.project())) {
            findings.add(Findings.of("project_missing", Severity.ERROR,
                    "no 项目名称 found", null, null, form.firstLine()));
        }
        return findings;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
