package io.jixiao.read.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a table column holds, as the vocabulary names it ({@code indicator_column} and {@code fund_column} keys). */
public enum TableField {
    LEVEL1, LEVEL2, KEY_WORK, NAME, TARGET_HALF, TARGET, ACTUAL, PRIOR_ACTUAL, COMPARATOR, UNIT, DIRECTION, REASON,
    INITIAL, FULL_YEAR, HALF_YEAR, EXECUTED, WEIGHT, RATE, SCORE,
    /** The weight of the level cell to its left, in a rubric header (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值). */
    LEVEL_WEIGHT,
    /** A row-label column of a fund table (资金来源, 收入, 支出). */
    LABEL,
    /** A column known to hold nothing Jixiao stores (绩效指标描述, 得分计算方法, 备注 …). */
    IGNORED;

    private static final Map<String, TableField> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(TableField::code, field -> field));

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TableField> ofCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** Columns whose cells are label text carried down over merged cells. */
    public boolean isLevel() {
        return this == LEVEL1 || this == LEVEL2 || this == KEY_WORK;
    }
}
