package io.jixiao.jobs.read.form;

import io.jixiao.jobs.read.layout.Row;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.value.IndicatorInterpreter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator table under its header row (一级指标 二级指标 [重点工作] 三级指标 …). Cells shift between rows, so a row
 * is read from the right by content: in self-evaluations weight and score are the right-most two adjacent numbers,
 * actual and target the two cells before them, the reason whatever follows; in target tables the full-year target is
 * the last cell and the half-year target the one before. The label cells left of the values are the level-3 name
 * (right-most), then level-1 and level-2 names recognised by vocabulary, the others filling the 重点工作, level-2 and
 * level-1 slots from the right. Level names are carried down over merged cells. A row without a pair of numbers
 * ("/" everywhere) is read by the header's column positions.
 */
final class IndicatorTable {

    private static final Pattern CATEGORY_WEIGHT = Pattern.compile("[(（]\\d+(\\.\\d+)?分[)）]$");

    private final boolean selfEvaluation;
    private final boolean hasHalf;
    private final boolean hasKeyWork;
    private final int namePosition;
    private final int targetPosition;
    private final int actualPosition;
    private final int weightPosition;
    private final int scorePosition;
    private final int reasonPosition;
    private String level1;
    private String level2;
    private String keyWork;

    IndicatorTable(Row header) {
        int name = -1;
        int target = -1;
        int actual = -1;
        int weight = -1;
        int score = -1;
        int reason = -1;
        boolean half = false;
        boolean key = false;
        for (int i = 0; i < header.size(); i++) {
            String cell = header.key(i);
            if (cell.equals("三级指标")) {
                name = i;
            } else if (cell.equals("重点工作")) {
                key = true;
            } else if (cell.startsWith("半年")) {
                half = true;
            } else if (cell.startsWith("全年") || cell.contains("年度指标值") || cell.equals("指标值")) {
                target = i;
            } else if (cell.startsWith("实际")) {
                actual = i;
            } else if (cell.equals("分值") || cell.equals("权重")) {
                weight = i;
            } else if (cell.equals("得分")) {
                score = i;
            } else if (cell.startsWith("偏差")) {
                reason = i;
            }
        }
        this.selfEvaluation = actual >= 0 || score >= 0;
        this.hasHalf = half;
        this.hasKeyWork = key;
        this.namePosition = name;
        this.targetPosition = target;
        this.actualPosition = actual;
        this.weightPosition = weight;
        this.scorePosition = score;
        this.reasonPosition = reason;
    }

    /** The row's indicator, or null (with a problem reported) when it cannot be read as one. */
    Indicator read(Row row, FormDraft draft) {
        int end = row.size();
        while (end > 0 && row.text(end - 1).isEmpty()) {
            end--;
        }
        return selfEvaluation ? readSelfEvaluation(row, end, draft) : readTarget(row, end, draft);
    }

    private Indicator readSelfEvaluation(Row row, int end, FormDraft draft) {
        int score = -1;
        for (int i = end - 1; i >= 1; i--) {
            if (Numbers.isNumber(row.text(i)) && Numbers.isNumber(row.text(i - 1))) {
                score = i;
                break;
            }
        }
        if (score >= 3) {
            List<String> reason = new ArrayList<>();
            for (int i = score + 1; i < end; i++) {
                if (!row.text(i).isEmpty()) {
                    reason.add(row.text(i));
                }
            }
            return build(row, score - 4, row.text(score - 3), null, row.text(score - 2),
                    row.text(score - 1), row.text(score), String.join(" ", reason), draft);
        }
        if (namePosition >= 0 && targetPosition > namePosition && row.size() > targetPosition) {
            return build(row, namePosition, row.text(targetPosition), null, row.text(actualPosition),
                    row.text(weightPosition), row.text(scorePosition), row.text(reasonPosition), draft);
        }
        draft.report(row, "indicator row without weight and score");
        return null;
    }

    private Indicator readTarget(Row row, int end, FormDraft draft) {
        int values = hasHalf ? 2 : 1;
        if (end < values + 1) {
            draft.report(row, "indicator row without a name and target");
            return null;
        }
        if (hasHalf && lacksHalfValue(row, end)) {
            draft.problem(row.firstLine(), "one target value where the header has half-year and full-year columns:"
                    + " read as the full-year target");
            return build(row, end - 2, row.text(end - 1), null, null, null, null, null, draft);
        }
        String half = hasHalf ? row.text(end - 2) : null;
        return build(row, end - values - 1, row.text(end - 1), half, null, null, null, null, draft);
    }

    /**
     * A target row whose second-last cell is its level-3 name: taking it as the half-year value would leave a level
     * name (经济效益) as the last label while no other label of the row holds that level.
     */
    private static boolean lacksHalfValue(Row row, int end) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < end - 2; i++) {
            if (!row.text(i).isEmpty()) {
                labels.add(row.text(i));
            }
        }
        if (labels.isEmpty()) {
            return false;
        }
        String last = Labels.key(labels.get(labels.size() - 1));
        List<String> others = labels.subList(0, labels.size() - 1).stream().map(Labels::key).toList();
        return Labels.isLevel2(last) && others.stream().noneMatch(Labels::isLevel2)
                || Labels.isLevel1(last) && others.stream().noneMatch(Labels::isLevel1);
    }

    /** Builds the indicator from the label cells in [0, lastLabel] and the value cells as written. */
    private Indicator build(Row row, int lastLabel, String target, String half, String actual, String weight,
                            String score, String reason, FormDraft draft) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= lastLabel && i < row.size(); i++) {
            if (!row.text(i).isEmpty()) {
                labels.add(row.text(i));
            }
        }
        if (labels.isEmpty()) {
            draft.report(row, "indicator row without a name");
            return null;
        }
        String name = labels.remove(labels.size() - 1);
        String rowLevel1 = null;
        String rowLevel2 = null;
        String rowKeyWork = null;
        for (int i = labels.size() - 1; i >= 0; i--) {
            String label = labels.get(i);
            String key = Labels.key(label);
            boolean leftHasLevel1 = labels.subList(0, i).stream().map(Labels::key).anyMatch(Labels::isLevel1);
            if (Labels.isLevel1(key) && rowLevel1 == null
                    && !(Labels.isLevel2(key) && (leftHasLevel1 || isOutputLevel(level1)))) {
                rowLevel1 = levelName(label, row, draft);
            } else if (Labels.isLevel2(key) && rowLevel2 == null) {
                rowLevel2 = levelName(label, row, draft);
            } else if (hasKeyWork && rowKeyWork == null && rowLevel2 == null) {
                rowKeyWork = Labels.withoutBlanks(label);
            } else if (rowLevel2 == null && rowLevel1 == null) {
                rowLevel2 = Labels.withoutBlanks(label);
            } else if (rowLevel1 == null) {
                rowLevel1 = Labels.withoutBlanks(label);
            } else {
                draft.problem(row.firstLine(), "extra label cell ignored: '" + label + "'");
            }
        }
        carry(rowLevel1, rowLevel2, rowKeyWork);
        Indicator raw = new Indicator(level1, level2, keyWork, name.strip(), emptyToNull(target),
                emptyToNull(half), emptyToNull(actual), number(weight, row, draft), number(score, row, draft),
                reason(reason), null, null, null, null, null, row.firstFilledLine());
        draft.use(row);
        return IndicatorInterpreter.interpret(raw);
    }

    /** 成本指标 is a level-2 name under 产出指标 and a level-1 name elsewhere. */
    private static boolean isOutputLevel(String level) {
        return level != null && level.startsWith("产出");
    }

    private void carry(String rowLevel1, String rowLevel2, String rowKeyWork) {
        if (rowLevel1 != null) {
            if (!rowLevel1.equals(level1)) {
                level2 = null;
                keyWork = null;
            }
            level1 = rowLevel1;
        }
        if (rowLevel2 != null) {
            if (!rowLevel2.equals(level2)) {
                keyWork = null;
            }
            level2 = rowLevel2;
        }
        if (rowKeyWork != null) {
            keyWork = rowKeyWork;
        }
    }

    /**
     * The level name without blanks and without a category weight such as "(50分)"; the weight is reported, since
     * the model has no field for it.
     */
    private static String levelName(String label, Row row, FormDraft draft) {
        String name = Labels.withoutBlanks(label);
        Matcher weight = CATEGORY_WEIGHT.matcher(name);
        if (!weight.find()) {
            return name;
        }
        String level = name.substring(0, weight.start());
        draft.problem(row.firstLine(), "category weight " + weight.group() + " of " + level + " is not stored");
        return level;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The deviation reason as written; null when empty or "/" (nothing to explain). */
    private static String reason(String text) {
        return text == null || Numbers.isAbsent(text) ? null : text.strip();
    }

    private static BigDecimal number(String text, Row row, FormDraft draft) {
        if (text == null) {
            return null;
        }
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            draft.problem(row.firstLine(), "not a number in weight or score: '" + text + "'");
            return null;
        }
    }
}
