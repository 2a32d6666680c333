package io.jixiao.schema.warehouse;

import static io.jixiao.schema.warehouse.Column.optional;
import static io.jixiao.schema.warehouse.Column.required;
import static io.jixiao.schema.warehouse.ColumnType.BOOLEAN;
import static io.jixiao.schema.warehouse.ColumnType.DECIMAL;
import static io.jixiao.schema.warehouse.ColumnType.INT;
import static io.jixiao.schema.warehouse.ColumnType.LONG;
import static io.jixiao.schema.warehouse.ColumnType.STRING;
import static io.jixiao.schema.warehouse.ColumnType.TIMESTAMP;

import io.jixiao.schema.vocabulary.Coded;
import io.jixiao.schema.vocabulary.FormKind;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import io.jixiao.schema.vocabulary.IndicatorStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The warehouse's tables: the one definition from which the Spark schemas, the Parquet files and the
 * DuckDB views are derived.
 */
public final class WarehouseTables {

    private static final String FORM_KEY_HIGH = "form_id's first 16 digits as an integer: with form_key_low, the join "
            + "key (FormKey; derived from form_id in files written before it)";
    private static final String FORM_KEY_LOW = "form_id's last 16 digits as an integer";

    public static final WarehouseTable DOCUMENTS = new WarehouseTable("documents", List.of(
            required("doc_id", STRING, "SHA-256 of the document's bytes").distinct(),
            required("path", STRING, "where the document was read from").distinct(),
            required("file_name", STRING, "the document's file name").distinct(),
            required("size_bytes", LONG, "the document's size").distinct(),
            optional("encoding", STRING, "the character set it was decoded with"),
            optional("layout", STRING, "the physical layout detected"),
            required("status", STRING, "ok, partial (read, with problems or findings) or rejected"),
            optional("message", STRING, "why it was rejected, or a summary of its problems").distinct(),
            required("forms", INT, "forms read from it"),
            required("problems", INT, "lines or parts that could not be used"),
            required("run_id", STRING, "the ingest run that read it"),
            required("ingested_at", TIMESTAMP, "when it was read")), false);

    public static final WarehouseTable FORMS = new WarehouseTable("forms", List.of(
            required("form_id", STRING, "derived from year, kind, unit and project: stable across corrections")
                    .distinct(),
            required("doc_id", STRING, "the document it was read from").distinct(),
            required("kind", STRING, codes(FormKind.class)),
            optional("region", STRING, "the most specific administrative division the department or unit names"),
            optional("region_code", STRING, "its six-digit division code (GB/T 2260)"),
            optional("province", STRING, "the province it lies in (省级)"),
            optional("prefecture", STRING, "the prefecture it lies in (地级; a municipality for its districts)"),
            optional("county", STRING, "the county it is (县级)"),
            optional("department", STRING, "主管部门"),
            optional("unit", STRING, "实施单位 / 单位名称"),
            optional("unit_code", STRING, "单位代码, where the document gives one: one agency under every name it had"),
            optional("project", STRING, "项目名称").distinct(),
            optional("project_type", STRING, "项目类型"),
            optional("project_level", STRING, "项目级次"),
            optional("start_date", STRING, "开始时间"),
            optional("end_date", STRING, "完成时间"),
            optional("filled_date", STRING, "填报日期, ISO: of two copies of a form, the later is kept"),
            optional("goal_expected", STRING, "年度总体目标: 预期目标, or 年度目标").distinct(),
            optional("goal_actual", STRING, "年度总体目标: 实际完成情况").distinct(),
            optional("full_year_budget", DECIMAL, "total full-year budget, 万元").distinct(),
            optional("executed", DECIMAL, "total executed, 万元").distinct(),
            optional("execution_rate", DECIMAL, "executed / full-year budget × 100, recomputed").distinct(),
            optional("execution_rate_reported", DECIMAL, "the execution rate the form states").distinct(),
            optional("execution_weight", DECIMAL, "the weight of the execution rate (normally 10)"),
            optional("execution_score", DECIMAL, "the execution score the form states"),
            optional("execution_score_computed", DECIMAL, "weight × min(rate, 100%), 2 decimals"),
            optional("total_score", DECIMAL, "总分 as stated"),
            optional("total_score_computed", DECIMAL, "execution score + Σ indicator scores"),
            optional("grade", STRING, "评分等级 as stated"),
            optional("grade_computed", STRING, "the grade the stated total earns"),
            required("indicator_count", INT, "level-3 indicators"),
            optional("ocr", BOOLEAN, "read by OCR from a scan (documents.layout ocr-…): its values may hold misreadings"),
            required("first_line", INT, "first source line").distinct(),
            required("last_line", INT, "last source line").distinct(),
            required("run_id", STRING, "the ingest run that wrote it"),
            optional(FormKey.HIGH, LONG, FORM_KEY_HIGH).distinct(),
            optional(FormKey.LOW, LONG, FORM_KEY_LOW).distinct(),
            required(WarehouseTable.YEAR, INT, "fiscal year (partition)")), true);

    public static final WarehouseTable FUNDS = new WarehouseTable("funds", linesOfForms(List.of(
            required("form_id", STRING, "the form").distinct(),
            required("doc_id", STRING, "the document").distinct(),
            required("seq", INT, "position of the line in its form"),
            required("side", STRING, codes(FundSide.class)),
            required("source", STRING, codes(FundSource.class)),
            optional("first_of_source", BOOLEAN, "the first line of its form with this side and source: counting these "
                    + "lines counts the forms (absent from warehouses ingested before it)"),
            optional("item", STRING, "the row label as written"),
            optional("initial_budget", DECIMAL, "年初预算数, 万元").distinct(),
            optional("full_year_budget", DECIMAL, "全年预算数, 万元").distinct(),
            optional("executed", DECIMAL, "全年执行数, 万元").distinct(),
            optional("half_year_plan", DECIMAL, "半年计划执行数, 万元").distinct(),
            optional("weight", DECIMAL, "分值"),
            optional("rate", DECIMAL, "执行率 as stated, %").distinct(),
            optional("rate_computed", DECIMAL, "executed / full-year budget × 100").distinct(),
            optional("score", DECIMAL, "得分"),
            required("amount_unit", STRING, "the unit the document states amounts in (万元 or 元; stored in 万元)"),
            optional("ocr", BOOLEAN, "read by OCR from a scan (documents.layout ocr-…): its values may hold misreadings"),
            required("line", INT, "source line").distinct())), true);

    public static final WarehouseTable INDICATORS = new WarehouseTable("indicators", linesOfForms(List.of(
            required("form_id", STRING, "the form").distinct(),
            required("doc_id", STRING, "the document").distinct(),
            required("seq", INT, "position of the indicator in its form"),
            optional("level1", STRING, "一级指标"),
            optional("level2", STRING, "二级指标"),
            optional("key_work", STRING, "重点工作"),
            optional("name", STRING, "三级指标"),
            optional("target", STRING, "(full-year) target as written"),
            optional("target_half", STRING, "half-year target as written"),
            optional("actual", STRING, "actual as written"),
            optional("weight", DECIMAL, "分值"),
            optional("score", DECIMAL, "得分"),
            optional("reason", STRING, "偏差原因分析及改进措施").distinct(),
            optional("comparator", STRING, "≥ ≤ = > <"),
            optional("target_value", DECIMAL, "target number"),
            optional("actual_value", DECIMAL, "actual number"),
            optional("unit", STRING, "unit of measure"),
            required("status", STRING, codes(IndicatorStatus.class)),
            optional("ocr", BOOLEAN, "read by OCR from a scan (documents.layout ocr-…): its values may hold misreadings"),
            required("line", INT, "source line").distinct())), true);

    public static final WarehouseTable FINDINGS = new WarehouseTable("findings", List.of(
            required("form_id", STRING, "the form").distinct(),
            required("doc_id", STRING, "the document").distinct(),
            required("rule", STRING, "the data-quality rule"),
            required("severity", STRING, "error, warning or info"),
            required("message", STRING, "what is wrong, in English").distinct(),
            optional("expected", STRING, "what the rule computed").distinct(),
            optional("actual", STRING, "what the document says").distinct(),
            required("line", INT, "source line").distinct(),
            optional("arguments", STRING, "the other values the message names, a JSON object: {\"indicator\": …}")
                    .distinct(),
            required(WarehouseTable.YEAR, INT, "fiscal year (partition)")), true);

    /**
     * The copies of forms that another document's copy superseded (an original and its 修订 copy, a form filed twice),
     * with the rule that decided (later_filled_date, revision_mark, later_ingest, last_path) and their key figures: the
     * kept copy is in {@code forms}, the superseded one only here.
     */
    public static final WarehouseTable FORM_COPIES = new WarehouseTable("form_copies", List.of(
            required("form_id", STRING, "the form").distinct(),
            optional("year", INT, "its fiscal year"),
            required("doc_id", STRING, "the document whose copy was superseded").distinct(),
            required("path", STRING, "that document's path").distinct(),
            optional("filled_date", STRING, "that copy's 填报日期"),
            optional("full_year_budget", DECIMAL, "that copy's total full-year budget, 万元"),
            optional("executed", DECIMAL, "that copy's total executed, 万元"),
            optional("total_score", DECIMAL, "that copy's 总分"),
            required("kept_doc_id", STRING, "the document whose copy is kept").distinct(),
            required("kept_path", STRING, "that document's path").distinct(),
            optional("kept_filled_date", STRING, "the kept copy's 填报日期"),
            required("rule", STRING, "why the kept copy won: later_filled_date, revision_mark, later_ingest, last_path"),
            required("run_id", STRING, "the ingest run that settled it")), false);

    /**
     * Target drift settled by {@code jixiao compact} ({@link TargetDrift}): one row per pair of a target table and the
     * self-evaluation of the same year, unit and project, with its indicators compared by name, and one row per year
     * with no form (the year's mark: a year of forms without it has no stored drift, and the views compute it). An
     * ingest drops the stored drift of the years whose forms or indicators it changed.
     */
    public static final WarehouseTable TARGET_DRIFT = new WarehouseTable("target_drift", List.of(
            optional("target_form", STRING, "the target table's form (null on the year's mark)"),
            optional("evaluation_form", STRING, "the self-evaluation's form (null on the year's mark)"),
            optional("added", INT, "indicators only the self-evaluation states"),
            optional("dropped", INT, "indicators only the target table states"),
            optional("changed", INT, "indicators both state, with another target"),
            optional("unchanged", INT, "indicators both state with the same target"),
            required(WarehouseTable.YEAR, INT, "fiscal year (partition)")), true);

    public static final WarehouseTable RUNS = new WarehouseTable("runs", List.of(
            required("run_id", STRING, "the run"),
            required("started_at", TIMESTAMP, "start"),
            required("finished_at", TIMESTAMP, "end"),
            required("inputs", STRING, "the paths given"),
            required("documents", INT, "documents seen"),
            required("documents_ok", INT, "read without problems"),
            required("documents_partial", INT, "read with problems or findings"),
            required("documents_rejected", INT, "not read"),
            required("forms", INT, "forms written"),
            required("funds", INT, "fund lines written"),
            required("indicators", INT, "indicators written"),
            required("findings", INT, "findings written"),
            required("wall_ms", LONG, "wall time"),
            required("version", STRING, "Jixiao version"),
            optional("strict", BOOLEAN, "run with --strict")), false);

    public static final List<WarehouseTable> ALL = List.of(DOCUMENTS, FORMS, FUNDS, INDICATORS, FINDINGS, FORM_COPIES,
            TARGET_DRIFT, RUNS);

    /** The forms column an agency's renames ({@link AgencyAliases}) are looked up by. */
    public static final String UNIT = "unit";
    /** The forms column whose latest unit name names an agency ({@link #agencyNamesSql}). */
    public static final String UNIT_CODE = "unit_code";
    /**
     * A column of the {@code forms} view, not of its files: the agency a form belongs to, by its unit's current name
     * after the confirmed renames ({@link AgencyAliases}), so that a renamed agency is one across the years.
     */
    public static final String AGENCY = "agency";
    /** The column {@link #agencyNamesSql} adds. */
    public static final String NAMED_UNIT = "named_unit";

    /**
     * The forms with the name each one's agency goes by before the analyst's renames, in {@link #NAMED_UNIT}: where a
     * form gives its unit code, the unit name of the latest year with that code (the greatest name if that year has
     * several), so that a code's forms are one agency whatever the unit was called; else its unit. The same SQL on
     * DuckDB and Spark.
     *
     * @param forms the forms as a FROM item: a table name or a parenthesised SELECT
     */
    public static String agencyNamesSql(String forms) {
        return agencyNamesSql(forms, UNIT, UNIT_CODE, forms);
    }

    /**
     * Rows of forms or of their lines with their form's {@link #NAMED_UNIT}, as {@link #agencyNamesSql(String)}.
     *
     * @param rows         the rows as a FROM item
     * @param unitColumn   the rows' column of their form's unit
     * @param unitCodeColumn the rows' column of their form's unit code
     * @param forms        the forms as a FROM item: the names of the codes are theirs
     */
    public static String agencyNamesSql(String rows, String unitColumn, String unitCodeColumn, String forms) {
        return "SELECT r.*, COALESCE(c.coded_name, r." + unitColumn + ") AS " + NAMED_UNIT + " FROM " + rows
                + " r LEFT JOIN (SELECT unit_code, max(unit) AS coded_name FROM (SELECT unit_code, unit, year, "
                + "max(year) OVER (PARTITION BY unit_code) AS latest FROM " + forms + " g "
                + "WHERE unit_code IS NOT NULL AND unit IS NOT NULL) named WHERE year = latest GROUP BY unit_code) c "
                + "ON r." + unitCodeColumn + " = c.unit_code";
    }

    /** A view over the {@code forms} view, not a table: the self-evaluations, which execution and completion read. */
    public static final String SELF_EVALUATIONS = "self_evaluations";

    /** The {@link #SELF_EVALUATIONS} view's SELECT, the same on DuckDB and Spark: its kinds from {@link FormKind}. */
    public static String selfEvaluationsSql() {
        return "SELECT * FROM " + FORMS.name() + " WHERE kind IN (" + Arrays.stream(FormKind.values())
                .filter(FormKind::isSelfEvaluation).map(kind -> "'" + kind.code() + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    private WarehouseTables() {
    }

    /** The columns of a table of a form's lines: its own, its form's copied columns, the form key and the year. */
    private static List<Column> linesOfForms(List<Column> own) {
        List<Column> columns = new ArrayList<>(own);
        columns.addAll(FormColumnCopies.columns());
        columns.add(optional(FormKey.HIGH, LONG, FORM_KEY_HIGH).distinct());
        columns.add(optional(FormKey.LOW, LONG, FORM_KEY_LOW).distinct());
        columns.add(required(WarehouseTable.YEAR, INT, "fiscal year (partition)"));
        return List.copyOf(columns);
    }

    public static WarehouseTable named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no warehouse table named " + name));
    }

    /** A column's description that lists the codes it holds, from the enum that defines them. */
    private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return String.join(", ", Coded.codes(type));
    }
}
