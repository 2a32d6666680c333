package io.jixiao.read.form;

import io.jixiao.read.layout.AsciiBlanks;
import io.jixiao.read.layout.Cell;
import io.jixiao.read.layout.Row;
import io.jixiao.read.table.CellClass;
import io.jixiao.read.table.LevelName;
import io.jixiao.read.table.NumberCells;
import io.jixiao.read.table.RowAligner;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.TableHeader;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.value.IndicatorInterpreter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An indicator table under its header: each row's cells are aligned to the header's columns by what they hold
 * ({@link RowAligner}) and read by their column. Level-1, level-2 and 重点工作 names are carried down over merged
 * cells; a row holding only level names (a merged category cell on a line of its own, "产 出 指 标 (50分)") sets them
 * for the rows below; a level-1 name met below rows that had none (a merged cell whose text sits mid-group) is given
 * to them too. Values whose column is uncertain are not stored; the row is reported instead.
 */
final class IndicatorTable {

    private static final Pattern PLACEHOLDER = Pattern.compile("[.…。·、\\s]*|指标\\d*[:：]?|\\.{2,}|…+");
    private static final Pattern NUMBERED_PREFIX = Pattern.compile("^指标\\d+[:：]");

    private final TableHeader header;
    private final List<TableField> fields;
    private final Vocabulary vocabulary;
    private final int firstIndicator;
    private final boolean hasHalfAndFull;
    private String level1;
    private String level2;
    private String keyWork;
    private final LevelWeights weightsOfLevels = new LevelWeights();
    /** A row was reported, not read, before any level-1 name: it may have held the level-1 cell itself. */
    private boolean lostBeforeLevel1;
    /** A row was lost after the levels were set: rows after it get no carried level until one is written again. */
    private boolean levelsUncertain;
    /** The row whose level cells were read last: reporting it after that loses no level. */
    private Row levelsTakenFrom;

    IndicatorTable(TableHeader header, int firstIndicator) {
        this.header = header;
        this.fields = header.fields();
        this.vocabulary = Vocabulary.active();
        this.firstIndicator = firstIndicator;
        this.hasHalfAndFull = header.has(TableField.TARGET_HALF) && header.has(TableField.TARGET);
    }

    TableHeader header() {
        return header;
    }


    /** Reads the row into the draft: an indicator, a level row, a placeholder, or a reported row. */
    void read(Row row, FormDraft draft) {
        List<Cell> cells = row.placed() ? row.cells() : span(row);
        if (row.nonEmptyTexts().isEmpty()) {
            return;
        }
        if (isPlaceholder(cells)) {
            draft.use(row);
            return;
        }
        List<CellClass> classes = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            CellClass type = CellClass.of(cells.get(i).text(), vocabulary);
            // 成本指标 is a level-2 name under 产出指标 and a level-1 name elsewhere
            classes.add(type == CellClass.LEVEL_EITHER && isOutput(level1) ? CellClass.LEVEL2 : type);
        }
        List<LevelName> levels = levelsOnly(cells, classes);
        if (levels != null && levels.size() == 2 && levels.get(1).level2()) {
            // two level names side by side are the level-1 and level-2 cells, whatever else the first may be
            reportWeight(levels.get(0), row, draft);
            carryLevel1(levels.get(0).name(), draft);
            carryLevel2(levels.get(1).name());
            draft.use(row);
            return;
        }
        if (levels != null) {
            for (LevelName level : levels) {
                setLevel(level, row, draft);
            }
            draft.use(row);
            return;
        }
        RowAligner.Alignment alignment = row.placed() ? RowAligner.asPlaced(cells.size(), fields.size())
                : RowAligner.align(classes, fields);
        Map<TableField, String> levelWeights = new EnumMap<>(TableField.class);
        Map<TableField, String> values = new EnumMap<>(TableField.class);
        List<String> unplaced = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        // a figure no column takes, amid figures that were placed, means the row holds more values than the header
        // names (a column name broken or lost): where the others stand is a guess, so none of its figures is stored;
        // figures left over after the last placed cell are an unnamed trailing column, the others stand
        int lastPlaced = -1;
        for (int i = 0; i < cells.size(); i++) {
            lastPlaced = alignment.columnOf(i) >= 0 ? i : lastPlaced;
        }
        boolean figureLeftOver = false;
        for (int i = 0; i < lastPlaced; i++) {
            figureLeftOver |= !cells.get(i).text().isEmpty() && alignment.columnOf(i) < 0
                    && FIGURES.contains(classes.get(i));
        }
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).text();
            if (text.isEmpty()) {
                continue;
            }
            int column = alignment.columnOf(i);
            if (column < 0) {
                unplaced.add(text);
                continue;
            }
            TableField field = fields.get(column);
            if ((alignment.uncertain()[i] || figureLeftOver) && isStoredValue(field)) {
                uncertain.add(text);
                continue;
            }
            if (field == TableField.IGNORED && header.unknown().contains(header.columns().get(column).text())) {
                unread.add(text);
            } else if (field == TableField.LEVEL_WEIGHT && column > 0) {
                levelWeights.put(fields.get(column - 1), text);
            } else if (field != TableField.IGNORED) {
                values.merge(field, text, (a, b) -> a + " " + b);
            }
        }
        if (draft.explaining) {
            draft.explanation.add("    line " + row.firstLine() + ": " + explain(values, unplaced, uncertain));
        }
        String name = values.get(TableField.NAME);
        if (name == null) {
            name = nameFromLevelColumn(values);
        }
        if (name == null) {
            report(draft, row, "indicator row without a name");
            return;
        }
        boolean ownLevel1 = values.containsKey(TableField.LEVEL1) || values.containsKey(TableField.LEVEL2)
                && isLevel1Only(values.get(TableField.LEVEL2));
        boolean ownLevel2 = values.containsKey(TableField.LEVEL2) && !isLevel1Only(values.get(TableField.LEVEL2));
        setRowLevels(values, row, draft);
        if (ownLevel1 || ownLevel2) {
            levelsTakenFrom = row;
        }
        if (ownLevel1) {
            levelsUncertain = false;
        }
        if (!levelWeights.isEmpty()) {
            weightsOfLevels.open(level1, levelWeights.get(TableField.LEVEL1), level2,
                    levelWeights.get(TableField.LEVEL2), row.firstLine(), draft);
        }
        if (!unread.isEmpty()) {
            // the indicator stands; its values stand under columns nobody told Jixiao the meaning of
            draft.problem(row.firstLine(), "values under columns the vocabulary does not know "
                    + header.unknown() + ", not read: " + unread);
        } else if (!holdsAValue(values)) {
            report(draft, row, "indicator row with no target, actual, weight or score read");
            return;
        }
        if (!unplaced.isEmpty()) {
            draft.problem(row.firstLine(), "cells not under any column of the indicator header: " + unplaced);
        }
        if (!uncertain.isEmpty()) {
            draft.problem(row.firstLine(), "cells whose column is uncertain, not read: " + uncertain);
        }
        String target = values.get(TableField.TARGET);
        String half = values.get(TableField.TARGET_HALF);
        if (hasHalfAndFull && target == null && half != null) {
            draft.problem(row.firstLine(), "one target value where the header has half-year and full-year columns:"
                    + " read as the full-year target");
            target = half;
            half = null;
        }
        if (target == null && values.containsKey(TableField.PRIOR_ACTUAL) && header.has(TableField.TARGET)) {
            // "2021年实际实现值 | 预期2022年实现值" over one value: a target table states its target
            draft.problem(row.firstLine(), "one value where the header has last year's actual and this year's"
                    + " target: read as the target");
            target = values.remove(TableField.PRIOR_ACTUAL);
        }
        target = withComparator(target, values);
        Indicator raw = Indicator.builder()
                .level1(levelsUncertain ? null : level1)
                .level2(levelsUncertain && !ownLevel2 ? null : level2)
                .keyWork(levelsUncertain ? null : keyWork)
                .name(cleanName(name))
                .target(emptyToNull(target))
                .targetHalf(emptyToNull(half))
                .actual(emptyToNull(values.get(TableField.ACTUAL)))
                .weight(number(values.get(TableField.WEIGHT), row, draft))
                .score(number(values.get(TableField.SCORE), row, draft))
                .reason(reason(values.get(TableField.REASON)))
                .line(firstFilledLine(cells, row))
                .build();
        draft.indicators.add(IndicatorInterpreter.interpret(raw));
        weightsOfLevels.add(raw.weight());
        draft.use(row);
    }

    private static String explain(Map<TableField, String> values, List<String> unplaced, List<String> uncertain) {
        StringBuilder out = new StringBuilder();
        values.forEach((field, text) -> out.append(field.code()).append('=').append(abbreviate(text)).append(' '));
        if (!unplaced.isEmpty()) {
            out.append("unread=").append(unplaced).append(' ');
        }
        if (!uncertain.isEmpty()) {
            out.append("uncertain=").append(uncertain);
        }
        return out.toString().strip();
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() > 24 ? flat.substring(0, 24) + "…" : flat;
    }

    /** The row's cells from its first non-empty one to its last. */
    private static List<Cell> span(Row row) {
        List<Cell> cells = row.cells();
        int first = 0;
        while (first < cells.size() && cells.get(first).isEmpty()) {
            first++;
        }
        int end = cells.size();
        while (end > first && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(first, end);
    }

    /**
     * A row whose name cell is empty and whose right-most level cell holds no level name: that cell is the name,
     * written one column left ("满意度指标 | 客户满意度 | | ≥90% …").
     */
    private String nameFromLevelColumn(Map<TableField, String> values) {
        for (TableField field : List.of(TableField.KEY_WORK, TableField.LEVEL2)) {
            String text = values.get(field);
            if (text != null) {
                if (LevelName.of(text, vocabulary).isPresent()) {
                    return null;
                }
                values.remove(field);
                return text;
            }
        }
        return null;
    }

    private static boolean holdsAValue(Map<TableField, String> values) {
        return values.containsKey(TableField.TARGET) || values.containsKey(TableField.TARGET_HALF)
                || values.containsKey(TableField.ACTUAL) || values.containsKey(TableField.WEIGHT)
                || values.containsKey(TableField.SCORE) || values.containsKey(TableField.PRIOR_ACTUAL);
    }

    private static final Set<CellClass> FIGURES = EnumSet.of(CellClass.NUMBER, CellClass.PERCENT,
            CellClass.VALUE);

    private static boolean isStoredValue(TableField field) {
        return field == TableField.TARGET || field == TableField.TARGET_HALF || field == TableField.ACTUAL
                || field == TableField.WEIGHT || field == TableField.SCORE || field == TableField.COMPARATOR
                || field == TableField.UNIT;
    }

    /** "……", "指标2:", "..." rows hold nothing: they are used, not indicators. */
    private static boolean isPlaceholder(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            // a cell too long to have a match key is text, never a placeholder
            if (!cell.isEmpty() && (cell.key().isEmpty() || !isPlaceholder(cell.key()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlaceholder(String key) {
        // most cells fail on their first character; the pattern runs on the few that might match
        return key.isEmpty() || ".…。·、指".indexOf(key.charAt(0)) >= 0 && PLACEHOLDER.matcher(key).matches();
    }

    /** The row's level names when every non-empty cell is one (at most three), else null. */
    private List<LevelName> levelsOnly(List<Cell> cells, List<CellClass> classes) {
        // the classes first: most rows hold a cell of another class after their level cells, and need no level read
        int filled = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            if (!classes.get(i).isLevel()) {
                return null;
            }
            filled++;
        }
        if (filled == 0 || filled > 2) {
            return null;
        }
        List<LevelName> levels = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            var level = LevelName.of(cell.text(), vocabulary);
            if (level.isEmpty()) {
                return null;
            }
            levels.add(level.get());
        }
        return levels;
    }

    /** A level row: a level-1 name (or, after a level-1 of the same rows, a level-2 name) sets the carry. */
    private void setLevel(LevelName level, Row row, FormDraft draft) {
        reportWeight(level, row, draft);
        boolean asLevel1 = level.level1() && !(level.level2() && isOutput(level1));
        if (asLevel1) {
            carryLevel1(level.name(), draft);
        } else {
            carryLevel2(level.name());
        }
    }

    private void setRowLevels(Map<TableField, String> values, Row row, FormDraft draft) {
        String one = values.get(TableField.LEVEL1);
        String two = values.get(TableField.LEVEL2);
        String work = values.get(TableField.KEY_WORK);
        if (one == null && two != null && isLevel1Only(two)) {
            // a level-1 name under the level-2 column: its row's level-2 cell is merged into the one above it
            one = two;
            two = null;
        }
        if (one != null) {
            carryLevel1(levelName(one, row, draft), draft);
        }
        if (two != null) {
            carryLevel2(levelName(two, row, draft));
        }
        if (work != null) {
            keyWork = LabelVocabulary.withoutBlanks(work);
        }
    }

    private void carryLevel1(String name, FormDraft draft) {
        if (level1 == null && !lostBeforeLevel1) {
            backfillLevel1(name, draft);
        } else if (!name.equals(level1)) {
            level2 = null;
            keyWork = null;
        }
        level1 = name;
    }

    private void carryLevel2(String name) {
        if (!name.equals(level2)) {
            keyWork = null;
        }
        level2 = name;
    }

    /** A row not read: reported; one lost before any level-1 name makes filling that name in upwards unsafe. */
    private void report(FormDraft draft, Row row, String message) {
        if (row != levelsTakenFrom && namesALevel(row)) {
            // the row lost opened a level of its own: what is carried down from above it is no longer certain
            lostBeforeLevel1 |= level1 == null;
            levelsUncertain = level1 != null;
        }
        draft.report(row, message);
    }

    /** Whether a cell of the row, or a blank-separated word in one, is a level name ("产出指标 数量指标 出具…"). */
    private boolean namesALevel(Row row) {
        for (String text : row.nonEmptyTexts()) {
            for (String word : AsciiBlanks.split(text)) {
                if (LevelName.of(word, vocabulary).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Rows of this table read before any level-1 name: a merged level-1 cell wrote its text lower down. Not done
     * when a row was lost in between, which may have been the one that named their level (they keep none).
     */
    private void backfillLevel1(String name, FormDraft draft) {
        List<Indicator> indicators = draft.indicators;
        for (int i = firstIndicator; i < indicators.size(); i++) {
            Indicator o = indicators.get(i);
            if (o.level1() == null) {
                indicators.set(i, o.toBuilder().level1(name).build());
            }
        }
    }

    /** The level name as written without blanks and notes; the category weight "(50分)" is reported. */
    private String levelName(String text, Row row, FormDraft draft) {
        var level = LevelName.of(text, vocabulary);
        if (level.isEmpty()) {
            return LabelVocabulary.withoutBlanks(text);
        }
        reportWeight(level.get(), row, draft);
        return level.get().name();
    }

    private static void reportWeight(LevelName level, Row row, FormDraft draft) {
        if (level.weight() != null) {
            draft.problem(row.firstLine(), "category weight of '" + LabelVocabulary.withoutBlanks(level.written())
                    + "' is not stored");
        }
    }

    private boolean isLevel1Only(String text) {
        return LevelName.of(text, vocabulary).map(level -> level.level1() && !level.level2()).orElse(false);
    }

    private static boolean isOutput(String level) {
        return level != null && level.startsWith("产出");
    }

    /** A comparator written in a 指标性质 column and a unit in a 度量单位 column join the target: "≥" "120" "公里". */
    private static String withComparator(String target, Map<TableField, String> values) {
        String comparator = values.get(TableField.COMPARATOR);
        String unit = values.get(TableField.UNIT);
        if (target == null || comparator == null && unit == null) {
            return target;
        }
        String symbol = comparator == null ? "" : switch (LabelVocabulary.compact(comparator)) {
            case "大于等于", "不低于", "≧" -> "≥";
            case "小于等于", "不高于", "≦" -> "≤";
            case "等于" -> "=";
            case "大于" -> ">";
            case "小于" -> "<";
            default -> LabelVocabulary.compact(comparator).length() == 1 ? LabelVocabulary.compact(comparator) : "";
        };
        return symbol + target.strip() + (unit == null || NumberCells.isAbsent(unit) ? "" : unit.strip());
    }

    private static String cleanName(String name) {
        String stripped = name.strip();
        // the prefix starts with 指 as written too: other names skip the pattern
        String without = stripped.startsWith("指") && NUMBERED_PREFIX.matcher(LabelVocabulary.compact(stripped)).find()
                ? stripped.substring(stripped.indexOf(stripped.contains(":") ? ':' : '：') + 1).strip()
                : stripped;
        return without.isEmpty() ? stripped : without;
    }

    private static int firstFilledLine(List<Cell> cells, Row row) {
        for (Cell cell : cells) {
            if (!cell.isEmpty()) {
                return cell.line();
            }
        }
        return row.firstLine();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The deviation reason as written; null when empty or "/" (nothing to explain). */
    private static String reason(String text) {
        return text == null || NumberCells.isAbsent(text) ? null : text.strip();
    }

    private static BigDecimal number(String text, Row row, FormDraft draft) {
        if (text == null) {
            return null;
        }
        try {
            return NumberCells.parse(text);
        } catch (NumberFormatException e) {
            draft.problem(row.firstLine(), "not a number in weight or score: '" + text + "'");
            return null;
        }
    }
}
