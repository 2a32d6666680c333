package io.jixiao.jobs.ingest;

import io.jixiao.read.quality.FormFacts;
import io.jixiao.read.scan.ScanRowsReader;
import io.jixiao.read.quality.QualityRules;
import io.jixiao.read.quality.Severity;
import io.jixiao.schema.finding.FindingArguments;
import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.model.Problem;
import io.jixiao.schema.region.AdministrativeDivisions;
import io.jixiao.schema.region.RegionPath;
import io.jixiao.schema.vocabulary.IndicatorStatus;
import io.jixiao.schema.warehouse.FormKey;
import io.jixiao.schema.warehouse.ModelColumns;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import io.jixiao.schema.value.ExecutionRate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The warehouse rows of one parsed document: its {@code documents} row and the rows of its forms, fund lines,
 * indicators and findings, each laid out in its table's column order. Spark-free.
 */
public record DocumentRecords(
        Object[] document,
        List<Object[]> forms,
        List<Object[]> funds,
        List<Object[]> indicators,
        List<Object[]> findings,
        String status) {

    public static final String OK = "ok";
    public static final String PARTIAL = "partial";
    public static final String REJECTED = "rejected";

    static final int UNKNOWN_YEAR = WarehouseTable.UNKNOWN_YEAR;

    public static DocumentRecords of(DocumentSource source, ParsedDocument parsed, String runId, Timestamp now) {
        List<Object[]> forms = new ArrayList<>();
        List<Object[]> funds = new ArrayList<>();
        List<Object[]> indicators = new ArrayList<>();
        List<Object[]> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(parsed.problems());
        Map<String, Integer> firstLines = new HashMap<>();
        boolean errors = false;
        boolean ocr = ScanRowsReader.isOcr(parsed.layout());
        for (Form form : parsed.forms()) {
            String formId = formId(form);
            FormKey key = FormKey.of(formId);
            Integer first = firstLines.putIfAbsent(formId, form.firstLine());
            if (first != null) {
                // a form's id is its natural key: a second form under the same key would be two rows of one form
                problems.add(new Problem(form.firstLine(), "the form repeats the year, kind, unit and project of "
                        + "the form at line " + first + "; only the first is kept"));
                continue;
            }
            int year = form.year() == null ? UNKNOWN_YEAR : form.year();
            FormFacts facts = FormFacts.of(form);
            List<Finding> formFindings = QualityRules.check(form, facts);
            errors |= formFindings.stream().anyMatch(f -> f.severity().equals(Severity.ERROR.code()));
            Object[] formRow = formRow(form, facts, formId, key, source.docId(), year, runId, ocr);
            forms.add(formRow);
            Set<String> sidesAndSources = new HashSet<>();
            for (int i = 0; i < form.funds().size(); i++) {
                FundLine fund = form.funds().get(i);
                boolean firstOfSource = sidesAndSources.add(fund.side() + "\u001f" + fund.source());
                funds.add(fundRow(fund, i, firstOfSource, formRow, formId, key, source.docId(), year, ocr));
            }
            for (int i = 0; i < form.indicators().size(); i++) {
                indicators.add(indicatorRow(form.indicators().get(i), i, formRow, formId, key, source.docId(), year,
                        ocr));
            }
            for (Finding finding : formFindings) {
                findings.add(findingRow(finding, formId, source.docId(), year));
            }
        }
        String status;
        String message;
        if (parsed.isRejected()) {
            status = REJECTED;
            message = parsed.rejection();
        } else if (parsed.forms().isEmpty()) {
            status = REJECTED;
            message = "no form found in the document";
        } else if (!problems.isEmpty() || errors) {
            status = PARTIAL;
            message = problems.size() + " problem(s)"
                    + (problems.isEmpty() ? "" : ", first: " + problems.get(0))
                    + (errors ? "; data-quality errors in findings" : "");
        } else {
            status = OK;
            message = null;
        }
        Object[] document = TableRow.of(WarehouseTables.DOCUMENTS)
                .set("doc_id", source.docId())
                .set("path", source.path())
                .set("file_name", source.fileName())
                .set("size_bytes", source.sizeBytes())
                .set("encoding", parsed.encoding())
                .set("layout", parsed.layout())
                .set("status", status)
                .set("message", message)
                .set("forms", forms.size())
                .set("problems", problems.size())
                .set("run_id", runId)
                .set("ingested_at", now)
                .toArray();
        return new DocumentRecords(document, forms, funds, indicators, findings, status);
    }

    /** A form's id derives from its natural key, so a corrected document replaces the form instead of adding one. */
    public static String formId(Form form) {
        String key = String.join("\u001f", String.valueOf(form.year()), form.kind().code(),
                Objects.toString(form.unit(), ""), Objects.toString(form.project(), ""));
        return sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Object[] formRow(Form form, FormFacts facts, String formId, FormKey key, String docId, int year,
                                    String runId, boolean ocr) {
        FundLine total = facts.total();
        RegionPath region = AdministrativeDivisions.standard().path(form.regionCode());
        return TableRow.of(WarehouseTables.FORMS)
                .setAll(ModelColumns.FORM, form)
                .setForm(formId, key)
                .set("doc_id", docId)
                .set("kind", form.kind().code())
                .set("province", region.province())
                .set("prefecture", region.prefecture())
                .set("county", region.county())
                .set("unit_code", form.texts().get("unit_code"))
                .set("filled_date", form.texts().get("filled_date"))
                .set("goal_expected", form.texts().get("goal_expected"))
                .set("goal_actual", form.texts().get("goal_actual"))
                .set("full_year_budget", facts.fullYearBudget())
                .set("executed", facts.executed())
                .set("execution_rate", facts.executionRate())
                .set("execution_rate_reported", total == null ? null : total.rate())
                .set("execution_weight", total == null ? null : total.weight())
                .set("execution_score", total == null ? null : total.score())
                .set("execution_score_computed", facts.executionScore())
                .set("total_score_computed", facts.totalScore())
                .set("grade_computed", facts.grade())
                .set("indicator_count", form.indicators().size())
                .set("ocr", ocr)
                .set("first_line", form.firstLine())
                .set("last_line", form.lastLine())
                .set("run_id", runId)
                .set("year", year)
                .toArray();
    }

    /**
     * @param firstOfSource whether no earlier line of the form (lower seq) has this line's side and source: the
     *                      funds metric counts a group's forms by these lines (one per form, side and source)
     */
    private static Object[] fundRow(FundLine fund, int seq, boolean firstOfSource, Object[] formRow, String formId,
                                    FormKey key, String docId, int year, boolean ocr) {
        return TableRow.of(WarehouseTables.FUNDS)
                .setAll(ModelColumns.FUND_LINE, fund)
                .setForm(formId, key)
                .setFormColumns(formRow)
                .set("doc_id", docId)
                .set("seq", seq)
                .set("first_of_source", firstOfSource)
                .set("rate_computed", ExecutionRate.of(fund.executed(), fund.fullYearBudget()))
                .set("ocr", ocr)
                .set("year", year)
                .toArray();
    }

    private static Object[] indicatorRow(Indicator indicator, int seq, Object[] formRow, String formId, FormKey key,
                                         String docId, int year, boolean ocr) {
        return TableRow.of(WarehouseTables.INDICATORS)
                .setAll(ModelColumns.INDICATOR, indicator)
                .setForm(formId, key)
                .setFormColumns(formRow)
                .set("doc_id", docId)
                .set("seq", seq)
                // an indicator no rule judged is stored as unknown (the column is required; the JSON writes null)
                .set("status", Objects.requireNonNullElse(indicator.status(), IndicatorStatus.UNKNOWN).code())
                .set("ocr", ocr)
                .set("year", year)
                .toArray();
    }

    /** A finding as a row of the findings table: the one mapping, for the parsed forms' findings and the copies'. */
    static Object[] findingRow(Finding finding, String formId, String docId, int year) {
        return TableRow.of(WarehouseTables.FINDINGS)
                .set("form_id", formId)
                .set("doc_id", docId)
                .set("rule", finding.rule().code())
                .set("severity", finding.severity())
                .set("message", finding.message())
                .set("expected", finding.expected())
                .set("actual", finding.actual())
                .set("line", finding.line())
                .set("arguments", FindingArguments.toJson(finding.arguments()))
                .set("year", year)
                .toArray();
    }
}
