package io.jixiao.jobs.ingest;

import io.jixiao.read.quality.Severity;
import io.jixiao.schema.warehouse.WarehouseTables;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * What one task attempt of the parse tells the driver, beside the table files it wrote: how many rows of each table,
 * the findings by severity, the documents it could not read in full, and a 64-bit key of each form it wrote with
 * its document's, from which the driver finds the forms two documents hold without reading the tables back.
 */
record AttemptResult(String attempt, long documents, long forms, long funds, long indicators,
                     Map<String, Long> findings, List<DocumentIssue> issues, long[] formKeys) implements Serializable {

    AttemptResult {
        requireNonNull(attempt, "attempt");
        findings = Map.copyOf(findings);
        issues = List.copyOf(issues);
    }

    /**
     * The key of a form (its id, 32 hex digits) or a document (64): its first 16 hex digits; for an id of another
     * shape (a warehouse an older Jixiao wrote), a hash of it. Keys only find candidates: equal ids give equal keys.
     */
    static long key(String id) {
        if (hexPrefix(id)) {
            return Long.parseUnsignedLong(id, 0, 16, 16);
        }
        long hash = 1125899906842597L;
        for (int i = 0; i < id.length(); i++) {
            hash = 31 * hash + id.charAt(i);
        }
        return hash;
    }

    private static boolean hexPrefix(String id) {
        if (id.length() < 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            if (Character.digit(id.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Gathers one attempt's figures, document by document. */
    static final class Builder {

        private static final int DOC_ID = TableRow.position(WarehouseTables.DOCUMENTS, "doc_id");
        private static final int PATH = TableRow.position(WarehouseTables.DOCUMENTS, "path");
        private static final int MESSAGE = TableRow.position(WarehouseTables.DOCUMENTS, "message");
        private static final int FORM_ID = TableRow.position(WarehouseTables.FORMS, "form_id");
        private static final int SEVERITY = TableRow.position(WarehouseTables.FINDINGS, "severity");
        private static final int RULE = TableRow.position(WarehouseTables.FINDINGS, "rule");
        private static final int LINE = TableRow.position(WarehouseTables.FINDINGS, "line");

        private final String attempt;
        private long documents;
        private long forms;
        private long funds;
        private long indicators;
        private final Map<String, Long> findings = new TreeMap<>();
        private final List<DocumentIssue> issues = new ArrayList<>();
        private long[] formKeys = new long[64];
        private int keys;

        Builder(String attempt) {
            this.attempt = requireNonNull(attempt, "attempt");
        }

        void add(DocumentRecords records) {
            documents++;
            String docId = (String) records.document()[DOC_ID];
            String path = (String) records.document()[PATH];
            String message = (String) records.document()[MESSAGE];
            forms += records.forms().size();
            funds += records.funds().size();
            indicators += records.indicators().size();
            long docKey = key(docId);
            for (Object[] form : records.forms()) {
                if (keys + 2 > formKeys.length) {
                    formKeys = Arrays.copyOf(formKeys, formKeys.length * 2);
                }
                formKeys[keys++] = key((String) form[FORM_ID]);
                formKeys[keys++] = docKey;
            }
            Map<String, DocumentIssue.RuleErrors> errors = new TreeMap<>();
            for (Object[] finding : records.findings()) {
                findings.merge((String) finding[SEVERITY], 1L, Long::sum);
                if (Severity.ERROR.code().equals(finding[SEVERITY])) {
                    String rule = (String) finding[RULE];
                    int line = (Integer) finding[LINE];
                    DocumentIssue.RuleErrors seen = errors.get(rule);
                    errors.put(rule, seen == null ? new DocumentIssue.RuleErrors(rule, line, 1)
                            : new DocumentIssue.RuleErrors(rule, Math.min(line, seen.firstLine()), seen.count() + 1));
                }
            }
            if (!records.status().equals(DocumentRecords.OK)) {
                issues.add(new DocumentIssue(path, records.status(), message,
                        records.status().equals(DocumentRecords.PARTIAL) ? List.copyOf(errors.values()) : List.of()));
            }
        }

        void rejected(RejectedDocuments.Rejection rejection) {
            documents++;
            issues.add(rejection.issue());
        }

        AttemptResult build() {
            return new AttemptResult(attempt, documents, forms, funds, indicators, findings, issues,
                    Arrays.copyOf(formKeys, keys));
        }
    }
}
