package io.jixiao.read.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises a row that continues the previous one across a page break (or a header row split in two) and merges it.
 *
 * <p>Rule: a row is a continuation when it follows a blank line, the previous row has at least two cells, it has no
 * numeric cell (a real indicator or fund row has its weight, score or amounts), its first non-empty cell is not a
 * row anchor (a form label such as 项目名称, 一级指标, 产出指标), and every non-empty cell is a fragment: at most four
 * characters ("指标", "效益指标", "次)", "指标值"), or text that starts with continuing punctuation ("，形成…"), or
 * that closes a parenthesis it did not open. Its cells are appended to the cells above them.
 *
 * <p>Cell alignment: the extraction pads a row whose leading merged cells it dropped with as many empty cells at its
 * end, while a normal row ends with at most one empty cell (the reason column). A row ending in {@code k > 1} empty
 * cells is therefore shifted left by {@code k - 1}, and a fragment goes to the cell {@code k - 1} to the left of its
 * own index, unless that cell is empty (then it stays in its own column).
 *
 * <p>Joining: "≥3.00(万人)" + "次)" gives "≥3.00(万人次)" (the split cell had been closed on the first page);
 * "可持续影响" + "响指 标" gives "可持续影响指 标" (a CJK character repeated on both sides of the break is kept once).
 */
public final class PageBreakJoiner {

    private static final Pattern NUMERIC = Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");
    private static final String CONTINUING_PUNCTUATION = "，。；、,;）)：:";

    private final Predicate<String> isAnchor;

    /** @param isAnchor whether a cell's match key is a form label that always starts a row of its own */
    public PageBreakJoiner(Predicate<String> isAnchor) {
        this.isAnchor = isAnchor;
    }

    public boolean continues(Row previous, Row row, boolean afterBlank) {
        if (!afterBlank || previous == null || previous.size() < 2 || row.size() < 2) {
            return false;
        }
        boolean first = true;
        boolean any = false;
        for (Cell cell : row.cells()) {
            if (cell.isEmpty()) {
                continue;
            }
            String text = cell.text();
            if (NUMERIC.matcher(text).matches() || !isFragment(text)) {
                return false;
            }
            if (first && isAnchor.test(cell.key())) {
                return false;
            }
            first = false;
            any = true;
        }
        return any;
    }

    /** Appends the row to the rows read so far, or joins it to the last one when it continues it. */
    public void append(List<Row> rows, Row row, boolean afterBlank) {
        Row previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (continues(previous, row, afterBlank)) {
            rows.set(rows.size() - 1, merge(previous, row));
        } else {
            rows.add(row);
        }
    }

    public Row merge(Row previous, Row row) {
        List<Cell> cells = new ArrayList<>(previous.cells());
        int shift = Math.max(0, trailingEmpty(previous) - 1);
        for (int i = 0; i < row.size(); i++) {
            Cell fragment = row.cells().get(i);
            if (fragment.isEmpty()) {
                continue;
            }
            int target = i - shift >= 0 && !previous.text(i - shift).isEmpty() ? i - shift : i;
            while (cells.size() <= target) {
                cells.add(new Cell("", fragment.line()));
            }
            Cell above = cells.get(target);
            cells.set(target, above.isEmpty() ? fragment : new Cell(join(above.text(), fragment.text()), above.line()));
        }
        List<Integer> lines = new ArrayList<>(previous.lines());
        lines.addAll(row.lines());
        return new Row(cells, lines);
    }

    static String join(String above, String fragment) {
        if (above.endsWith(")") && fragment.endsWith(")") && fragment.indexOf('(') < 0) {
            return above.substring(0, above.length() - 1) + fragment;
        }
        if (above.endsWith("）") && fragment.endsWith("）") && fragment.indexOf('（') < 0) {
            return above.substring(0, above.length() - 1) + fragment;
        }
        char last = above.charAt(above.length() - 1);
        char first = fragment.charAt(0);
        if (last == first && isCjk(last) && fragment.strip().length() <= 4) {
            return above + fragment.substring(1);
        }
        return above + fragment;
    }

    private static boolean isFragment(String text) {
        String compact = AsciiBlanks.removed(text);
        if (compact.isEmpty() || !hasLetter(compact)) {
            return false;
        }
        return compact.length() <= 4
                || CONTINUING_PUNCTUATION.indexOf(compact.charAt(0)) >= 0
                || (compact.indexOf(')') >= 0 && compact.indexOf('(') < 0);
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static int trailingEmpty(Row row) {
        int count = 0;
        for (int i = row.size() - 1; i >= 0 && row.cells().get(i).isEmpty(); i--) {
            count++;
        }
        return count;
    }
}
