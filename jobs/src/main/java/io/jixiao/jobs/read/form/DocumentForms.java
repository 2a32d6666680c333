package io.jixiao.jobs.read.form;

import io.jixiao.jobs.read.layout.Row;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads all forms of a document's rows: splits at titles, reads each form, and accounts for every line. */
public final class DocumentForms {

    /** The forms, the problems, the lines records used, the lines reported as problems; rejection when no title. */
    public record Result(List<Form> forms, List<Problem> problems, Set<Integer> usedLines, Set<Integer> reportedLines,
                         String rejection) {
    }

    private final FormSplitter splitter = new FormSplitter();
    private final FormReader reader = new FormReader();

    public Result read(List<Row> rows) {
        FormSplitter.Split split = splitter.split(rows);
        Set<Integer> used = new TreeSet<>();
        Set<Integer> reported = new TreeSet<>();
        if (split.forms().isEmpty()) {
            Row first = split.beforeFirstTitle().isEmpty() ? null : split.beforeFirstTitle().get(0);
            String rejection = first == null ? "no form title found"
                    : "line " + first.firstLine() + ": no form title found: '" + first.display() + "'";
            return new Result(List.of(), List.of(), used, reported, rejection);
        }
        List<Form> forms = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Row row : split.pageHeaders()) {
            used.addAll(row.lines());
        }
        for (Row row : split.beforeFirstTitle()) {
            reported.addAll(row.lines());
            problems.add(new Problem(row.firstLine(), "text before the first form title: '" + row.display() + "'"));
        }
        for (FormSplitter.FormRows formRows : split.forms()) {
            FormDraft draft = reader.read(formRows.kind(), formRows.rows());
            forms.add(draft.build());
            problems.addAll(draft.problems);
            used.addAll(draft.usedLines);
            reported.addAll(draft.reportedLines);
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Result(forms, problems, used, reported, null);
    }
}
