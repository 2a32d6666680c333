package io.jixiao.read.form;

import io.jixiao.read.table.NumberCells;
import java.math.BigDecimal;

/**
 * The weights a rubric states for its level-1 and level-2 cells ("项目决策 | 20 | 决策过程 | 8 | …"), checked against
 * the indicators under them: a level's weight is the sum of its indicators' weights. A group is checked when the next
 * group of its level begins (a table cut off mid-group is not judged); a sum that differs is reported. The level
 * weights themselves are not stored.
 */
final class LevelWeights {

    private static final class Group {
        final String name;
        final BigDecimal stated;
        final int line;
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;

        Group(String name, BigDecimal stated, int line) {
            this.name = name;
            this.stated = stated;
            this.line = line;
        }
    }

    private Group level1;
    private Group level2;

    /** A row stating the weight of its level-1 and/or level-2 cell (null: the row opens no such group). */
    void open(String level1Name, String level1Weight, String level2Name, String level2Weight, int line,
              FormDraft draft) {
        if (level1Weight != null) {
            close(level2, draft);
            close(level1, draft);
            level1 = group(level1Name, level1Weight, line, draft);
            level2 = null;
        }
        if (level2Weight != null) {
            close(level2, draft);
            level2 = group(level2Name, level2Weight, line, draft);
        }
    }

    /** An indicator's weight, counted in the groups it stands in (none: their sums are not known). */
    void add(BigDecimal weight) {
        for (Group group : new Group[] {level1, level2}) {
            if (group != null) {
                group.complete &= weight != null;
                group.sum = weight == null ? group.sum : group.sum.add(weight);
            }
        }
    }

    private static Group group(String name, String weight, int line, FormDraft draft) {
        try {
            BigDecimal stated = NumberCells.parse(weight);
            return stated == null ? null : new Group(name, stated, line);
        } catch (NumberFormatException e) {
            draft.problem(line, "not a number in a level's weight: '" + weight + "'");
            return null;
        }
    }

    private static void close(Group group, FormDraft draft) {
        if (group != null && group.complete && group.sum.compareTo(group.stated) != 0) {
            draft.problem(group.line, "the weights under '" + group.name + "' add up to " + group.sum.toPlainString()
                    + ", its weight is " + group.stated.toPlainString());
        }
    }
}
