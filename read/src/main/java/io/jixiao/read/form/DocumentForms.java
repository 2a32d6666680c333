package io.jixiao.read.form;

import io.jixiao.read.layout.Row;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.Problem;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/** Reads all forms of a document's rows: splits at titles, reads each form, and accounts for every line. */
public final class DocumentForms {

    /** The forms, the problems, the lines records used, the lines reported as problems; rejection when no title. */
    public record Result(List<Form> forms, List<Problem> problems, BitSet usedLines, BitSet reportedLines,
                         String rejection, List<String> explanation) {
    }

    private final FormSplitter splitter = new FormSplitter();
    private final FormReader reader = new FormReader();
    private final boolean explain;

    public DocumentForms() {
        this(false);
    }

    /** @param explain whether to record, per table, how its header and rows were read (parse --explain) */
    public DocumentForms(boolean explain) {
        this.explain = explain;
    }

    public Result read(List<Row> rows) {
        return read(rows, false);
    }

    /** @param preview whether the rows come from a preview's flattened text, where OCR misreads comparators */
    public Result read(List<Row> rows, boolean preview) {
        return read(rows, preview, false);
    }

    /**
     * @param preview whether the rows come from a preview's flattened text, where OCR misreads comparators
     * @param scanned whether the rows were read by OCR from a scan: its misread comparators are repaired as a
     *                preview's, and the figures its arithmetic contradicts withheld ({@link OcrFigures})
     */
    public Result read(List<Row> rows, boolean preview, boolean scanned) {
        FormSplitter.Split split = splitter.split(rows);
        BitSet used = new BitSet();
        BitSet reported = new BitSet();
        if (split.forms().isEmpty()) {
            Row first = split.beforeFirstTitle().isEmpty() ? null : split.beforeFirstTitle().get(0);
            String rejection = first == null ? "no form title found"
                    : "line " + first.firstLine() + ": no form title found: '" + RowQuote.of(first) + "'";
            return new Result(List.of(), List.of(), used, reported, rejection, List.of());
        }
        List<Form> forms = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        Integer lastYear = null;
        Optional<NoticeYear> noticeYear = NoticeYear.of(split.beforeFirstTitle());
        for (Row row : split.pageHeaders()) {
            row.lines().forEach(used::set);
        }
        for (Row row : split.beforeFirstTitle()) {
            row.lines().forEach(reported::set);
            problems.add(new Problem(row.firstLine(), "text before the first form title: '" + RowQuote.of(row) + "'"));
        }
        List<FormDraft> drafts = new ArrayList<>();
        for (FormSplitter.FormRows formRows : split.forms()) {
            FormDraft draft = reader.read(formRows.kind(), formRows.rows(), formRows.titled(), explain);
            if (draft.year == null && formRows.repeated()) {
                // the header block repeated within one document: the year written once above holds for all
                draft.year = lastYear;
            }
            if (draft.year == null && noticeYear.isPresent()) {
                draft.year = noticeYear.get().year();
                draft.problem(draft.firstLine, "no year in the form: " + draft.year + " taken from the text before it"
                        + " (line " + noticeYear.get().line() + ")");
            }
            lastYear = draft.year;
            if (draft.holdsNothing(formRows.titled())) {
                // a title or header field with nothing under it (a notice's heading, a page title repeated by a
                // preview site): its rows are reported, no form is made of them
                reportAll(formRows, draft, problems, reported);
                continue;
            }
            drafts.add(draft);
        }
        if (scanned) {
            // figures the form's arithmetic contradicts go first: none of them may confirm a repaired target
            OcrFigures.review(drafts);
            OcrNames.review(drafts, Vocabulary.active());
        }
        OcrTargets.review(drafts, preview || scanned);
        for (FormDraft draft : drafts) {
            Form form = draft.build();
            forms.add(form);
            explanation.add("form " + forms.size() + " (" + form.kind().code() + ", lines " + form.firstLine() + "-"
                    + form.lastLine() + ")");
            explanation.addAll(draft.explanation);
            problems.addAll(draft.problems);
            used.or(draft.usedLines);
            reported.or(draft.reportedLines);
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        if (forms.isEmpty()) {
            Row first = split.forms().get(0).rows().get(0);
            return new Result(List.of(), List.of(), new BitSet(), new BitSet(), "line " + first.firstLine()
                    + ": no form found, only a heading: '" + RowQuote.of(first) + "'", List.of());
        }
        return new Result(forms, problems, used, reported, null, explanation);
    }

    private static void reportAll(FormSplitter.FormRows formRows, FormDraft draft, List<Problem> problems,
                                  BitSet reported) {
        for (Row row : formRows.rows()) {
            row.lines().forEach(reported::set);
        }
        Row first = formRows.rows().get(0);
        problems.add(new Problem(first.firstLine(), "text without a form (no fund table, indicator or goal under it),"
                + " lines " + first.firstLine() + "-" + draft.lastLine + ": '" + RowQuote.of(first) + "'"));
    }
}
