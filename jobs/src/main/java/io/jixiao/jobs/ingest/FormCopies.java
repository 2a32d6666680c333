package io.jixiao.jobs.ingest;

import io.jixiao.read.quality.Findings;
import io.jixiao.read.quality.Severity;
import io.jixiao.schema.finding.FindingRule;
import io.jixiao.schema.model.Finding;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Forms held by more than one document, settled by {@link CopyPrecedence}: which (form, document) pairs lose, and the
 * {@code form_copies} rows that keep the superseded copies' key figures and the rule that decided.
 */
final class FormCopies {

    /** The columns each copy is collected with, in this order, then a boolean: whether it came in an earlier ingest. */
    static final String[] COLUMNS = {"form_id", "doc_id", "path", "filled_date", "year", "full_year_budget",
            "executed", "total_score", "first_line"};

    /**
     * @param losers     (form_id, doc_id) of each superseded copy
     * @param superseded the superseded copies as {@code form_copies} rows
     * @param messages   one line per superseded copy, for the ingest summary
     * @param findings   one {@code findings} row per superseded copy, on the kept copy: a warning where their key
     *                   figures differ, else info
     */
    record Settled(List<Row> losers, List<Row> superseded, List<String> messages, List<Row> findings) {

        static final Settled NONE = new Settled(List.of(), List.of(), List.of(), List.of());

        Settled with(Settled more) {
            return new Settled(joined(losers, more.losers), joined(superseded, more.superseded),
                    joined(messages, more.messages), joined(findings, more.findings));
        }

        private static <T> List<T> joined(List<T> a, List<T> b) {
            List<T> all = new ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }
    }

    private FormCopies() {
    }

    /** Settles every form among the collected copies that more than one document holds. */
    static Settled settle(List<Row> copies, String runId) {
        Map<String, List<Row>> byForm = new LinkedHashMap<>();
        for (Row copy : copies) {
            byForm.computeIfAbsent(copy.getString(0), id -> new ArrayList<>()).add(copy);
        }
        List<Row> losers = new ArrayList<>();
        List<Row> superseded = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<Row> findings = new ArrayList<>();
        for (List<Row> rows : byForm.values()) {
            Map<CopyPrecedence.FormCopy, Row> byCopy = new LinkedHashMap<>();
            for (Row row : rows) {
                byCopy.put(new CopyPrecedence.FormCopy(row.getString(0), row.getString(1), row.getString(2),
                        row.getString(3), row.getBoolean(COLUMNS.length)), row);
            }
            for (CopyPrecedence.Superseded lost : CopyPrecedence.settle(List.copyOf(byCopy.keySet()))) {
                Row copy = byCopy.get(lost.copy());
                losers.add(RowFactory.create(lost.copy().formId(), lost.copy().docId()));
                superseded.add(RowFactory.create(TableRow.of(WarehouseTables.FORM_COPIES)
                        .set("form_id", lost.copy().formId())
                        .set("year", copy.get(4))
                        .set("doc_id", lost.copy().docId())
                        .set("path", lost.copy().path())
                        .set("filled_date", lost.copy().filledDate())
                        .set("full_year_budget", copy.get(5))
                        .set("executed", copy.get(6))
                        .set("total_score", copy.get(7))
                        .set("kept_doc_id", lost.keptBy().docId())
                        .set("kept_path", lost.keptBy().path())
                        .set("kept_filled_date", lost.keptBy().filledDate())
                        .set("rule", lost.rule().code())
                        .set("run_id", runId)
                        .toArray()));
                messages.add(lost.copy().path() + " holds a form also in " + lost.keptBy().path() + " ("
                        + lost.copy().formId().substring(0, Math.min(12, lost.copy().formId().length()))
                        + "…): superseded by " + lost.rule().code().replace('_', ' '));
                Row kept = byCopy.get(lost.keptBy());
                String keptFigures = figures(kept);
                String lostFigures = figures(copy);
                Finding finding = Findings.of(FindingRule.SUPERSEDED_COPY,
                        keptFigures.equals(lostFigures) ? Severity.INFO : Severity.WARNING, keptFigures, lostFigures,
                        kept.getInt(8), Map.of("path", lost.copy().path(), "copy_rule", lost.rule().code()));
                findings.add(RowFactory.create(DocumentRecords.findingRow(finding, lost.keptBy().formId(),
                        lost.keptBy().docId(), kept.getInt(4))));
            }
        }
        return new Settled(losers, superseded, messages, findings);
    }

    /** A copy's key figures as the finding shows them: full-year budget, executed, total score. */
    private static String figures(Row copy) {
        return "全年预算数 " + plain(copy.get(5)) + ", 执行数 " + plain(copy.get(6)) + ", 总分 " + plain(copy.get(7));
    }

    private static String plain(Object value) {
        return value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : "-";
    }
}
