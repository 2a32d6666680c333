package io.jixiao.read.form;

import io.jixiao.read.table.NumberCells;

import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import io.jixiao.read.table.ColumnNames;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.TableHeader;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.vocabulary.FormKind;
import io.jixiao.schema.vocabulary.FundSide;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of one form (its title row first) by their anchor labels, whatever their column: the year line,
 * header fields (项目名称, 主管部门, 实施单位/单位名称 …; 项目负责人/联系电话 is consumed and dropped), free texts,
 * the fund table (项目资金 / 部门整体资金, with 收入 and 支出 parts in target tables), the goal texts under
 * 预期目标 / 实际完成情况, indicator tables (一级指标 …), 总分 (or an unlabelled row of two numbers) and 评分等级.
 * What differs between form kinds lies in the rows themselves (the fund table's side, the indicator columns), so
 * one reader serves the four kinds; the kind only sets the fund side a table starts on.
 */
public final class FormReader {

    private static final Pattern YEAR = Pattern.compile("(?:^|\\D)((?:19|20)\\d{2})\\s*年度?");
    private static final Pattern YEAR_LINE = Pattern.compile("[(]?((?:19|20)\\d{2})年度?[)]?");

    private enum Section { HEADER, FUNDS, GOALS, INDICATORS }

    /** A figure standing between blanks ("… 5.00 5.00"), which no column name holds. */
    private static final Pattern STANDALONE_FIGURE = Pattern.compile("(?:^|\\s)[≥≤<>=]?\\d+(?:\\.\\d+)?%?(?:\\s|$)");

    /** Reads one form; the draft collects the form, the lines it used and the rows it could not use. */
    FormDraft read(FormKind kind, List<Row> rows, boolean titled, boolean explain) {
        Row title = rows.get(0);
        FormDraft draft = new FormDraft(kind, title.firstLine());
        draft.explaining = explain;
        if (titled) {
            draft.use(title);
            yearIn(String.join("", title.nonEmptyTexts())).ifPresent(year -> draft.year = year);
            readTitleProject(title, draft);
        }
        Section section = Section.HEADER;
        FundTable funds = null;
        IndicatorTable indicators = null;
        TableHeader pendingHeader = null;
        for (Row row : rows.subList(titled ? 1 : 0, rows.size())) {
            draft.lastLine = Math.max(draft.lastLine, row.lines().get(row.lines().size() - 1));
            List<String> cells = row.nonEmptyTexts();
            List<String> keys = row.nonEmptyKeys();
            String first = cells.get(0);
            String firstKey = keys.get(0);
            LabelsInRow labels = LabelsInRow.of(keys);
            Optional<TableHeader> header = indicatorHeader(row, pendingHeader != null);
            Optional<String> unit = UnitLine.unitOf(row);
            if (cells.size() == 1 && firstKey.indexOf('年') > 0 && YEAR_LINE.matcher(firstKey).matches()) {
                draft.year = yearIn(first).orElse(draft.year);
                draft.use(row);
            } else if (FormSplitter.kindOfTitleRow(cells).isPresent()) {
                if (draft.year == null) {
                    yearIn(String.join("", cells)).ifPresent(year -> draft.year = year);
                }
                readTitleProject(row, draft);
                draft.use(row);
            } else if (row.placed() && indicators != null) {
                // a row rebuilt under the indicator header: its cells are indicator cells whatever they read like
                indicators.read(row, draft);
            } else if (unit.isPresent()) {
                draft.fields.putIfAbsent("unit", unit.get());
                UnitLine.codeOf(row).ifPresent(code -> draft.fields.putIfAbsent("unit_code", code));
                draft.use(row);
            } else if (cells.size() <= 2 && InlineFields.holdsFields(cells)) {
                InlineFields.read(row, draft);
            } else if (labels.footer) {
                // "财政资金管理科室(盖章) 年 月 日" (a stamp beside a value, "单位(盖章):某某", is a field): the signatures under a form end its tables
                section = Section.HEADER;
                indicators = null;
                pendingHeader = null;
                draft.use(row);
            } else if (labels.grade) {
                readGrade(row, draft);
            } else if (labels.first.total() || (indicators != null && isTotalRow(cells))) {
                readTotal(row, cells, draft);
            } else if (header.isPresent()) {
                TableHeader joined = pendingHeader == null ? null
                        : pendingHeader.followedBy(header.get()).orElse(null);
                pendingHeader = joined != null ? joined : header.get();
                indicators = new IndicatorTable(pendingHeader, draft.indicators.size());
                if (draft.explaining) {
                    draft.explanation.add("  indicator header, lines " + pendingHeader.lines() + ": "
                            + pendingHeader.describe());
                }
                draft.sawActuals |= pendingHeader.has(TableField.ACTUAL) || pendingHeader.has(TableField.SCORE);
                draft.sawTargetsOnly |= !draft.sawActuals && pendingHeader.has(TableField.TARGET);
                section = Section.INDICATORS;
                draft.use(row);
                continue;
            } else if ((labels.fundTable || section == Section.FUNDS || section == Section.HEADER)
                    && PairedFundRow.matches(row) && !FundTable.isFundRow(row)) {
                PairedFundRow.read(row, kind == null || kind.isSelfEvaluation() ? FundSide.BUDGET : FundSide.INCOME,
                        draft);
            } else if (ScrambledFundBlock.matches(row)) {
                ScrambledFundBlock.read(row, kind == null || kind.isSelfEvaluation() ? FundSide.BUDGET
                        : FundSide.INCOME, draft);
                draft.sawExecution |= !draft.funds.isEmpty();
            } else if (labels.fundTable) {
                funds = new FundTable(kind == null || kind.isSelfEvaluation() ? FundSide.BUDGET : FundSide.INCOME);
                funds.readHeader(row);
                draft.sawExecution |= funds.hasExecution();
                section = Section.FUNDS;
                draft.use(row);
            } else if (labels.first.text().isPresent()) {
                draft.putText(labels.first.text().get(), FreeTextCells.clean(cells.subList(1, cells.size())));
                section = Section.HEADER;
                draft.use(row);
            } else if (labels.goalColumn) {
                readGoals(row, draft);
                section = Section.GOALS;
            } else if (labels.first.goalLabel() || section == Section.GOALS && !labels.first.anchor()
                    && (!draft.texts.containsKey("goal_expected") || continuesGoals(cells, draft))) {
                readGoals(row, draft);
            } else if (labels.field) {
                readFields(row, draft);
                section = Section.HEADER;
            } else if (section == Section.FUNDS && funds.readHeader(row)) {
                draft.sawExecution |= funds.hasExecution();
                draft.use(row);
            } else if (section == Section.FUNDS && FundTable.isFundRow(row) && row.size() == 1
                    && labels.first.fundSource().isEmpty()) {
                // a line holding a label alone, no empty cells beside it, that names no fund source: part of a label
                // column split over lines ("项目资金" / "预算执行" / "10分"), not a row of the table
                draft.report(row, "fund label alone on its line, no amounts read with it");
            } else if (section == Section.FUNDS && FundTable.isFundRow(row)) {
                draft.funds.add(funds.read(row, draft));
                draft.use(row);
            } else if (section == Section.INDICATORS) {
                indicators.read(row, draft);
            } else {
                draft.report(row, "row not recognised in " + section.name().toLowerCase() + " section");
            }
            pendingHeader = null;
        }
        return draft;
    }

    /**
     * The indicator header a row is, or starts: every non-empty cell names an indicator column and one of them a
     * level or the name column ("一级指标 | 二级指标 | 三级指标 …"), or the row is the merged "绩效指标" cell alone, or
     * it continues the header row above it ("实际 完成值").
     */
    private static Optional<TableHeader> indicatorHeader(Row row, boolean continuing) {
        if (!continuing && !mayNameIndicatorColumns(row)) {
            return Optional.empty();
        }
        if (continuing && row.nonEmptyTexts().stream().anyMatch(cell -> NumberCells.isNumber(cell)
                || STANDALONE_FIGURE.matcher(cell).find())) {
            // a header's second line names columns; a row with figures ("… 5.00 5.00") is the table's first row
            return Optional.empty();
        }
        ColumnNames names = ColumnNames.indicators(Vocabulary.active());
        // every row under a header is tried as its continuation: most fail here, before anything is built
        if (!TableHeader.mayName(row.nonEmptyKeys(), names)) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            if (!row.cells().get(i).isEmpty()) {
                texts.add(row.text(i));
                positions.add(i);
            }
        }
        Optional<TableHeader> header = TableHeader.of(texts, positions, names, row.firstLine());
        if (header.isEmpty()) {
            return header;
        }
        List<TableField> fields = header.get().fields();
        boolean namesIndicators = fields.contains(TableField.LEVEL1) || fields.contains(TableField.LEVEL2)
                || fields.contains(TableField.NAME);
        boolean mergedLabel = texts.size() == 1 && LabelVocabulary.key(texts.get(0)).equals("绩效指标");
        return namesIndicators || mergedLabel || continuing ? header : Optional.empty();
    }

    /** A cheap test before the header is mapped: some cell names a level ("一级指标", "二级") or a 绩效指标 column. */
    private static boolean mayNameIndicatorColumns(Row row) {
        for (String key : row.nonEmptyKeys()) {
            if (key.contains("指标") || key.startsWith("一级") || key.startsWith("二级") || key.startsWith("三级")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which kinds of label a row holds anywhere, found in one pass over its cells' keys, and what its first cell is
     * (asked again by most branches of the reader).
     */
    private static final class LabelsInRow {
        LabelVocabulary.Kinds first;
        boolean grade;
        boolean fundTable;
        boolean goalColumn;
        boolean field;
        boolean footer;

        static LabelsInRow of(List<String> keys) {
            LabelsInRow labels = new LabelsInRow();
            labels.first = LabelVocabulary.NONE;
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                if (key.isEmpty()) {
                    continue;
                }
                LabelVocabulary.Kinds kinds = LabelVocabulary.kinds(key);
                if (i == 0) {
                    labels.first = kinds;
                }
                labels.grade |= kinds.grade();
                labels.fundTable |= kinds.fundTable();
                labels.goalColumn |= kinds.goalColumn();
                labels.field |= kinds.field().isPresent();
                labels.footer |= kinds.footer();
            }
            return labels;
        }
    }

    static Optional<Integer> yearIn(String text) {
        Matcher matcher = YEAR.matcher(LabelVocabulary.compact(text));
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private static boolean isTotalRow(List<String> cells) {
        return cells.size() == 2 && cells.stream().allMatch(NumberCells::isNumber);
    }

    private static void readTotal(Row row, List<String> cells, FormDraft draft) {
        BigDecimal total = null;
        for (String cell : cells) {
            if (NumberCells.isNumber(cell)) {
                total = NumberCells.parse(cell);
            }
        }
        if (total == null) {
            draft.report(row, "total score row without a number");
            return;
        }
        draft.totalScore = total;
        draft.use(row);
    }

    private static void readGrade(Row row, FormDraft draft) {
        List<String> cells = row.nonEmptyTexts();
        List<String> keys = row.nonEmptyKeys();
        for (int i = 0; i < cells.size() - 1; i++) {
            if (LabelVocabulary.isGrade(keys.get(i))) {
                draft.grade = cells.get(i + 1).strip();
            } else if (LabelVocabulary.isTotal(keys.get(i)) && NumberCells.isNumber(cells.get(i + 1))) {
                // "总分(100分) | 100 | 自评等级 | 优": the total score shares the grade's row
                draft.totalScore = NumberCells.parse(cells.get(i + 1));
            }
        }
        if (draft.grade == null) {
            draft.problem(row.firstLine(), "grade row without a grade");
        }
        draft.use(row);
    }

    /**
     * Goal rows: the header naming the goal columns (预期目标 | 实际完成情况, or 中期目标 | 年度目标), and the row
     * holding their texts (perhaps after 年度总体目标), each text stored as its column says; without such a header the
     * first text is the expected goal and the rest its outcome.
     */
    private static void readGoals(Row row, FormDraft draft) {
        List<String> texts = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        boolean first = true;
        for (Cell cell : row.cells()) {
            if (cell.isEmpty()) {
                continue;
            }
            Optional<String> column = LabelVocabulary.goalColumn(cell.key());
            if (column.isPresent()) {
                columns.add(column.get());
            } else if (LabelVocabulary.isGoalLabel(cell.key()) && !first) {
                // "总体目标完成情况 | 总体目标 | 全年实际完成情况": after the row's label, 总体目标 heads the expected goal
                columns.add("expected");
            } else if (!LabelVocabulary.isGoalLabel(cell.key())) {
                texts.add(cell.text());
            }
            first = false;
        }
        if (!texts.isEmpty() && texts.size() < row.nonEmptyTexts().size()
                && texts.stream().allMatch(NumberCells::isNumber)) {
            // "年度目标完成情况 | 预期目标 | 目标实际完成情况 | 20": the section's score in the form's score column
            draft.problem(row.firstLine(), "numbers beside the goal labels not read: " + texts);
            texts.clear();
        }
        if (!columns.isEmpty()) {
            draft.goalColumns = columns;
        }
        List<String> roles = draft.goalColumns != null ? draft.goalColumns : List.of("expected", "actual");
        for (int i = 0; i < texts.size(); i++) {
            boolean last = i == roles.size() - 1;
            String role = roles.get(Math.min(i, roles.size() - 1));
            String text = FreeTextCells.clean(last ? texts.subList(i, texts.size()) : texts.subList(i, i + 1));
            String key = role.equals("long_term_goal") ? role : "goal_" + role;
            // "目标1:… | 目标1:…" then "目标2:… | 目标2:…": one row per goal under one goal header
            String before = draft.texts.get(key);
            draft.putText(key, before == null ? text : before + "\n" + text);
            if (last) {
                break;
            }
        }
        draft.use(row);
    }

    private static void readTitleProject(Row title, FormDraft draft) {
        List<String> cells = title.nonEmptyTexts();
        if (draft.titleProject == null && !cells.isEmpty()) {
            TitleProject.of(cells.get(cells.size() - 1)).ifPresent(project -> draft.titleProject = project);
        }
    }

    /** A further row of goals: one text under each column of the goal header read before it. */
    private static boolean continuesGoals(List<String> cells, FormDraft draft) {
        return draft.goalColumns != null && cells.size() == draft.goalColumns.size();
    }

    /** Label / value pairs: each label's value is the next non-empty cell that is not itself a label. */
    private static void readFields(Row row, FormDraft draft) {
        List<String> cells = row.nonEmptyTexts();
        List<String> keys = row.nonEmptyKeys();
        for (int i = 0; i < cells.size(); i++) {
            Optional<String> field = LabelVocabulary.field(keys.get(i));
            if (field.isEmpty()) {
                continue;
            }
            boolean hasValue = i + 1 < cells.size() && LabelVocabulary.field(keys.get(i + 1)).isEmpty();
            if (hasValue) {
                if (!field.get().equals("personal")) {
                    draft.putField(field.get(), cells.get(i + 1).strip(), row.firstLine());
                }
                i++;
            } else if (!field.get().equals("personal")) {
                draft.problem(row.firstLine(), "no value for " + cells.get(i).strip());
            }
        }
        draft.use(row);
    }
}
