package io.jixiao.reports.html;

import io.jixiao.schema.vocabulary.FormKind;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The report's two fixed queries for what no metric gives one row each of: the self-evaluated projects and the
 * findings. {@link WarehouseReportData} reads them; {@link ReportBuilder} shows them as the {@code jixiao sql}
 * command that gives a cut table's full rows, so that the command answers with the rows the report read.
 */
final class ReportQueries {

    /** The forms that are self-evaluations, by the codes the warehouse stores for them. */
    static final String SELF_EVALUATIONS = "f.kind IN (" + Arrays.stream(FormKind.values())
            .filter(FormKind::isSelfEvaluation).map(kind -> "'" + kind.code() + "'")
            .collect(Collectors.joining(", ")) + ")";

    /** The projects: their rate as the ingest stored it (executed / full-year budget × 100, 2 decimals). */
    static final String PROJECTS = "SELECT f.unit, f.project, f.year, f.agency, f.region, f.province, f.prefecture, "
            + "f.county, f.department, f.kind, f.full_year_budget, f.executed, "
            + "CAST(f.execution_rate AS DECIMAL(18, 2)) AS execution_rate, f.total_score, f.grade, "
            + "f.grade_computed, f.first_line, doc.file_name "
            + "FROM forms f LEFT JOIN documents doc ON doc.doc_id = f.doc_id";

    static final String FINDINGS = "SELECT f.unit, f.project, f.year, f.agency, f.region, f.department, f.kind, "
            + "d.rule, d.severity, d.message, d.expected, d.actual, d.line, d.arguments, doc.file_name "
            + "FROM findings d JOIN forms f ON f.form_id = d.form_id AND f.year = d.year "
            + "LEFT JOIN documents doc ON doc.doc_id = d.doc_id";

    /** Errors first, then warnings, then the rest. */
    static final String FINDINGS_ORDER = "CASE d.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, "
            + "f.unit, f.year, d.line";

    private ReportQueries() {
    }
}
