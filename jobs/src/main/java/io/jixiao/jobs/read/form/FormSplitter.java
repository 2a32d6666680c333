package io.jixiao.jobs.read.form;

import io.jixiao.jobs.read.layout.Row;
import io.jixiao.schema.vocabulary.FormKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a document's rows into forms at their title rows (…绩效自评表 / …绩效目标表). */
public final class FormSplitter {

    /** The rows of one form, its title row first. */
    public record FormRows(FormKind kind, List<Row> rows) {
    }

    /** The forms found, and the rows before the first title and page headers that belong to no form. */
    public record Split(List<FormRows> forms, List<Row> pageHeaders, List<Row> beforeFirstTitle) {
    }

    public Split split(List<Row> rows) {
        List<FormRows> forms = new ArrayList<>();
        List<Row> pageHeaders = new ArrayList<>();
        List<Row> before = new ArrayList<>();
        List<Row> current = null;
        FormKind kind = null;
        for (Row row : rows) {
            List<String> cells = row.nonEmptyTexts();
            if (cells.isEmpty() || cells.size() == 1 && Labels.isPageHeader(Labels.key(cells.get(0)))) {
                pageHeaders.add(row);
                continue;
            }
            Optional<FormKind> title = cells.size() == 1 ? kindOfTitle(cells.get(0)) : Optional.empty();
            if (title.isPresent()) {
                if (current != null) {
                    forms.add(new FormRows(kind, current));
                }
                kind = title.get();
                current = new ArrayList<>();
                current.add(row);
            } else if (current != null) {
                current.add(row);
            } else {
                before.add(row);
            }
        }
        if (current != null) {
            forms.add(new FormRows(kind, current));
        }
        return new Split(forms, pageHeaders, before);
    }

    /** The kind a title names: 部门整体…目标表, 部门整体…自评表, …项目…目标表, …自评表. */
    static Optional<FormKind> kindOfTitle(String cell) {
        String key = Labels.compact(cell);
        if (key.length() > 40 || !key.contains("绩效")) {
            return Optional.empty();
        }
        boolean department = key.contains("部门整体") || key.contains("单位整体");
        if (key.endsWith("目标表")) {
            return Optional.of(department ? FormKind.DEPARTMENT_TARGET : FormKind.PROJECT_TARGET);
        }
        if (key.endsWith("自评表")) {
            return Optional.of(department ? FormKind.DEPARTMENT_SELF_EVALUATION : FormKind.PROJECT_SELF_EVALUATION);
        }
        return Optional.empty();
    }
}
