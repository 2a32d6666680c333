package io.jixiao.read.form;

import io.jixiao.read.layout.Row;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.vocabulary.FormKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a document's rows into forms. A form starts at its title (a short cell naming a kind: …绩效自评表,
 * …目标表, …申报表, …批复表 …); a title right after another with nothing between names the same form. A form without
 * a title starts at its first form row (a header field such as 项目名称, a fund table, an indicator header); a new form
 * starts where the header block repeats (项目名称 again after the form has read its tables). The kind of a form
 * without a title is decided from its content by {@link FormReader}.
 */
public final class FormSplitter {

    private static final int MAX_TITLE_LENGTH = 60;
    /** "2.2022年…绩效目标表": an item of a notice's list of attachments names a form, it is not its title. */
    private static final Pattern LIST_ITEM = Pattern.compile("\\d{1,2}[.、]");


    /** The rows of one form, its title row first when it has one; kind null when no title names it. */
    public record FormRows(FormKind kind, List<Row> rows, boolean titled, boolean repeated) {
    }

    /** The forms found, and the rows before the first form and page headers that belong to no form. */
    public record Split(List<FormRows> forms, List<Row> pageHeaders, List<Row> beforeFirstTitle) {
    }

    public Split split(List<Row> rows) {
        List<FormRows> forms = new ArrayList<>();
        List<Row> pageHeaders = new ArrayList<>();
        List<Row> before = new ArrayList<>();
        List<Row> current = null;
        FormKind kind = null;
        boolean titled = false;
        boolean onlyTitles = false;
        boolean tablesRead = false;
        boolean repeated = false;
        for (Row row : rows) {
            List<String> cells = row.nonEmptyTexts();
            if (cells.isEmpty() || cells.size() == 1 && LabelVocabulary.isPageHeader(LabelVocabulary.key(cells.get(0)))) {
                pageHeaders.add(row);
                continue;
            }
            Optional<FormKind> title = kindOfTitleRow(cells);
            if (title.isPresent() && current != null && onlyTitles) {
                current.add(row);
                continue;
            }
            boolean repeats = current != null && tablesRead && startsHeaderBlock(row);
            if (title.isPresent() || current == null && isFormRow(row) || repeats) {
                if (current != null) {
                    forms.add(new FormRows(kind, current, titled, repeated));
                }
                if (title.isPresent()) {
                    kind = title.get();
                } else if (!repeats) {
                    kind = null;
                }
                titled = title.isPresent();
                repeated = repeats && title.isEmpty();
                current = new ArrayList<>();
                current.add(row);
                onlyTitles = title.isPresent();
                tablesRead = false;
            } else if (current != null) {
                current.add(row);
                onlyTitles &= isYearRow(cells);
                tablesRead = tablesRead || isTableRow(row);
            } else {
                before.add(row);
            }
        }
        if (current != null) {
            forms.add(new FormRows(kind, current, titled, repeated));
        }
        return new Split(forms, pageHeaders, before);
    }

    static Optional<FormKind> kindOfTitleRow(List<String> cells) {
        if (cells.size() == 1 && mayBeTitle(cells.get(0))) {
            return kindOfTitle(cells.get(0));
        }
        // "标 题: | 项目支出绩效目标申报表": a label and the title
        if (cells.size() == 2 && LabelVocabulary.key(cells.get(0)).equals("标题")) {
            return kindOfTitle(cells.get(1));
        }
        return Optional.empty();
    }

    /** A cheap test before the title is read: it ends in 表, or in a note in parentheses. */
    private static boolean mayBeTitle(String cell) {
        String text = cell.stripTrailing();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return last == '表' || last == ')' || last == '）';
    }

    /** The kind a title names: …部门整体…目标表, …自评表, …申报表 … */
    public static Optional<FormKind> kindOfTitle(String cell) {
        String key = LabelVocabulary.compact(cell);
        if (key.endsWith(")") && key.lastIndexOf('(') > 0) {
            key = key.substring(0, key.lastIndexOf('('));
        }
        if (key.length() > MAX_TITLE_LENGTH || !key.endsWith("表") || LIST_ITEM.matcher(key).lookingAt()) {
            return Optional.empty();
        }
        boolean department = false;
        String ending = null;
        String endingKind = null;
        for (var clue : Vocabulary.active().synonyms("kind_clue").entrySet()) {
            if (clue.getValue().equals("department")) {
                department |= key.contains(clue.getKey());
            } else if (key.endsWith(clue.getKey()) && (ending == null || clue.getKey().length() > ending.length())) {
                ending = clue.getKey();
                endingKind = clue.getValue();
            }
        }
        if (ending == null || !(key.contains("绩效") || key.contains("项目") || key.contains("部门"))) {
            return Optional.empty();
        }
        if (endingKind.equals("self_evaluation")) {
            return Optional.of(department ? FormKind.DEPARTMENT_SELF_EVALUATION : FormKind.PROJECT_SELF_EVALUATION);
        }
        return Optional.of(department ? FormKind.DEPARTMENT_TARGET : FormKind.PROJECT_TARGET);
    }

    private static boolean isYearRow(List<String> cells) {
        return cells.size() == 1 && FormReader.yearIn(cells.get(0)).isPresent() && LabelVocabulary.compact(cells.get(0)).length() <= 12;
    }

    /** A row a form begins with when it has no title: a header field, a fund table, an indicator header. */
    private static boolean isFormRow(Row row) {
        List<String> keys = row.nonEmptyKeys();
        if (keys.size() < 2) {
            return false;
        }
        String first = keys.get(0);
        return LabelVocabulary.field(first).filter(field -> field.equals("project") || field.equals("department")
                || field.equals("unit")).isPresent() || LabelVocabulary.isFundTable(first) || LabelVocabulary.isIndicatorHeader(first);
    }

    /** The first row of a form's header block: its project name, or the line naming its unit. */
    private static boolean startsHeaderBlock(Row row) {
        List<String> keys = row.nonEmptyKeys();
        return keys.size() >= 2 && LabelVocabulary.field(keys.get(0)).filter("project"::equals).isPresent()
                || UnitLine.unitOf(row).isPresent();
    }

    private static boolean isTableRow(Row row) {
        for (String key : row.nonEmptyKeys()) {
            if (!key.isEmpty() && (LabelVocabulary.isIndicatorHeader(key) || LabelVocabulary.kinds(key).fundTable())) {
                return true;
            }
        }
        return false;
    }
}
