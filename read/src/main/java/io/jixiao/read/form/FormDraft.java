package io.jixiao.read.form;

import io.jixiao.read.layout.Row;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.model.Problem;
import io.jixiao.schema.region.Division;
import io.jixiao.schema.region.RegionReader;
import io.jixiao.schema.vocabulary.FormKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;


/** A form being read: its fields so far, the lines its records use, and the rows it could not use. */
final class FormDraft {

    /** A unit's budget code (单位代码: 207101): digits only; anything else written there is not kept. */
    private static final Pattern UNIT_CODE = Pattern.compile("\\d{3,12}");

    FormKind kind;
    boolean sawActuals;
    boolean sawTargetsOnly;
    boolean sawExecution;
    final int firstLine;
    int lastLine;
    Integer year;
    BigDecimal totalScore;
    String grade;
    /** What the goal columns hold, left to right, once their header row is read (expected, actual …). */
    List<String> goalColumns;
    /** The project the title names, for a form without a project field ({@link TitleProject}). */
    String titleProject;
    final Map<String, String> fields = new HashMap<>();
    final Map<String, String> texts = new LinkedHashMap<>();
    final List<FundLine> funds = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final BitSet usedLines = new BitSet();
    final BitSet reportedLines = new BitSet();
    /** How the form's tables were read, for {@code parse --explain}. */
    final List<String> explanation = new ArrayList<>();
    boolean explaining;

    FormDraft(FormKind kind, int firstLine) {
        this.kind = kind;
        this.firstLine = firstLine;
        this.lastLine = firstLine;
    }

    void use(Row row) {
        row.lines().forEach(usedLines::set);
    }

    void report(Row row, String message) {
        row.lines().forEach(reportedLines::set);
        problems.add(new Problem(row.firstLine(), message + ": '" + RowQuote.of(row) + "'"));
    }

    void putText(String key, String text) {
        if (text != null) {
            texts.put(key, text);
        }
    }

    void problem(int line, String message) {
        problems.add(new Problem(line, message));
    }

    /**
     * The form's kind from its content where it speaks: an indicator header with actuals or scores, or a fund table
     * with execution, makes a self-evaluation whatever the title says; a header with targets only makes a target
     * table. The title decides otherwise; without a title and without evidence, a project self-evaluation.
     */
    FormKind resolvedKind() {
        boolean department = kind != null ? kind.isDepartment()
                : fields.containsKey("department") && !fields.containsKey("project") && !fields.containsKey("unit");
        if (sawActuals || sawExecution && !sawTargetsOnly) {
            return department ? FormKind.DEPARTMENT_SELF_EVALUATION : FormKind.PROJECT_SELF_EVALUATION;
        }
        if (sawTargetsOnly && kind == null) {
            return department ? FormKind.DEPARTMENT_TARGET : FormKind.PROJECT_TARGET;
        }
        if (kind != null) {
            return kind;
        }
        return department ? FormKind.DEPARTMENT_SELF_EVALUATION : FormKind.PROJECT_SELF_EVALUATION;
    }

    /**
     * Not a form: no fund line, indicator or text, and no header field under a title (or at most one without a title,
     * as under the heading of a notice's allocation table).
     */
    boolean holdsNothing(boolean titled) {
        return funds.isEmpty() && indicators.isEmpty() && texts.isEmpty()
                && (fields.isEmpty() || !titled && fields.size() <= 1);
    }

    /** A header field's value; a checkbox cell gives the one option ticked, or nothing and a problem. */
    void putField(String field, String value, int line) {
        TickedOption option = TickedOption.of(value);
        if (!option.isCheckboxCell()) {
            fields.put(field, value);
        } else if (option.ticked().isPresent()) {
            fields.put(field, option.ticked().get());
        } else {
            problem(line, field + ": not exactly one option ticked, not read");
        }
    }

    Form build() {
        String department = fields.get("department");
        String unit = fields.get("unit");
        Optional<Division> region = RegionReader.standard().read(department, unit);
        FilledDate.iso(fields.get("filled_date")).ifPresent(date -> texts.put("filled_date", date));
        Optional.ofNullable(fields.get("unit_code")).map(String::strip).filter(UNIT_CODE.asMatchPredicate())
                .ifPresent(code -> texts.put("unit_code", code));
        return Form.builder()
                .kind(resolvedKind())
                .year(year)
                .region(region.map(Division::name).orElse(null))
                .regionCode(region.map(Division::code).orElse(null))
                .department(department)
                .unit(unit)
                .project(fields.getOrDefault("project", titleProject))
                .projectType(fields.get("project_type"))
                .projectLevel(fields.get("project_level"))
                .startDate(fields.get("start_date"))
                .endDate(fields.get("end_date"))
                .totalScore(totalScore)
                .grade(grade)
                .texts(texts)
                .firstLine(firstLine)
                .lastLine(lastLine)
                .funds(funds)
                .indicators(indicators)
                .build();
    }
}
