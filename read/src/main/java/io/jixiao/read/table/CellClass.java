package io.jixiao.read.table;

import io.jixiao.read.layout.MatchKey;
import io.jixiao.schema.value.CellKind;
import io.jixiao.schema.value.CellValue;
import io.jixiao.schema.value.CellValueParser;
import java.util.regex.Pattern;

/** What a cell looks like, as far as aligning it to a column is concerned. Told once per cell. */
public enum CellClass {
    EMPTY, ABSENT, NUMBER, PERCENT, VALUE, QUALITATIVE, LEVEL1, LEVEL2, LEVEL_EITHER, COMPARATOR, DIRECTION, TEXT;

    private static final Pattern COMPARATOR_CELL = Pattern.compile("[≥≤=<>≧≦＞＜＝]|大于|小于|等于|大于等于|小于等于|不低于|不高于");
    private static final Pattern DIRECTION_CELL = Pattern.compile("正向|反向|中性|正向指标|反向指标|大于等于|小于等于|等于");

    /** "100%覆盖", "≥360天服务": a number written first, whatever follows. */
    private static final Pattern STARTS_WITH_NUMBER = Pattern.compile("[≥≤=<>≧≦]?\\d+(\\.\\d+)?%?");

    // Cell texts repeat within and across documents ("100%", "已完成", level names): each is told once.
    private static final VocabularyMemo<CellClass> TOLD = new VocabularyMemo<>(CellClass::tell, 200_000);

    public static CellClass of(String text, Vocabulary vocabulary) {
        // most cells of a tab row are empty: told without a look-up
        return text.isEmpty() ? EMPTY : TOLD.get(text, vocabulary);
    }

    private static CellClass tell(String text, Vocabulary vocabulary) {
        String cell = text.strip();
        if (cell.isEmpty()) {
            return EMPTY;
        }
        if (NumberCells.isAbsent(cell)) {
            return ABSENT;
        }
        if (NumberCells.isNumber(cell)) {
            return cell.endsWith("%") ? PERCENT : NUMBER;
        }
        String compact = MatchKey.compact(cell);
        if (DIRECTION_CELL.matcher(compact).matches()) {
            return DIRECTION;
        }
        if (COMPARATOR_CELL.matcher(compact).matches()) {
            return COMPARATOR;
        }
        var level = LevelName.of(cell, vocabulary);
        if (level.isPresent()) {
            return level.get().level1() && level.get().level2() ? LEVEL_EITHER
                    : level.get().level1() ? LEVEL1 : LEVEL2;
        }
        char first = compact.charAt(0);
        // the value grammar is costly: only cells that start as a value can be one ("≥20人", "95%", "2020年底前")
        if ((first >= '0' && first <= '9' || "≥≤=<>≧≦±+-".indexOf(first) >= 0)
                && (STARTS_WITH_NUMBER.matcher(compact).lookingAt() || isValue(CellValueParser.parse(cell)))) {
            return VALUE;
        }
        if (vocabulary.contains("qualitative", compact) || compact.length() <= 4) {
            return QUALITATIVE;
        }
        return TEXT;
    }

    private static boolean isValue(CellValue value) {
        return value.kind() == CellKind.NUMBER || value.kind() == CellKind.DATE_OR_PERIOD;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == PERCENT;
    }

    public boolean isLevel() {
        return this == LEVEL1 || this == LEVEL2 || this == LEVEL_EITHER;
    }
}
