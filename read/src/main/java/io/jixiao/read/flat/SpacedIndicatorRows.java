package io.jixiao.read.flat;

import io.jixiao.read.layout.AsciiBlanks;
import io.jixiao.read.layout.MatchKey;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts the text of several indicator rows flattened onto one line, cells split by single blanks ("出具检测报告数量
 * ≥15000(份) 17172(份) 10 10 检定校准仪器设备台件数 ≥23000(台件) 26455(台件) 5 5"), into rows under the header's
 * columns. Each row is a name, then one blank-free cell per value column (a note or reason column may be empty and
 * so absent); weights and scores are numbers with 0 < 分值 ≤ the category's weight and 得分 ≤ 分值. Every way to cut
 * the text into such rows is counted: the rows are read only where exactly one exists, else the text is left whole.
 *
 * <p>Where the header has level columns before the name (一级指标 二级指标 [重点工作] 三级指标), a row may start with
 * the cells a merged table writes once per group ("决策 项目立项 立项依据充分性 充分 充分 立项程序规范性 规范 规范"):
 * a level-1 name the vocabulary knows, always followed by its level-2 cell (and key work, where the header has that
 * column); or a level-2 name the vocabulary knows, followed by its key work; or a key work alone. A level-1 name is
 * never an indicator's name, no level name is a value. A table with neither weight nor score (a target table) has no
 * figures to anchor the cut, so its values must look like values: a figure ("≥95%", "=100%", "1800家") or a short
 * qualitative word ("健全", "较显著"), the two targets of a row written alike (both figures or both words).
 */
final class SpacedIndicatorRows {

    /** One row read: the level cells it states (null where the table's merged cell carries them down) and the row. */
    record SpacedRow(String level1, String level2, String keyWork, GluedIndicatorRow.Reading reading) {
    }

    private static final Pattern POINTS = Pattern.compile("(0|[1-9]\\d{0,2})(\\.\\d{1,2})?");
    private static final Pattern NAME = Pattern.compile("[^\\d≥≤<>=≧≦＞＜＝.%-].*\\p{IsHan}.*");
    /** A figure with its comparator (or "W"/"M", OCR's reading of "≤", which the form reader judges) and unit. */
    private static final Pattern FIGURE = Pattern.compile(
            "[≥≤<>=≧≦＞＜＝WM]?\\d+(\\.\\d+)?\\s*(%|[\\p{IsHan}/()（）a-zA-Z²³]{1,8})?");
    private static final Pattern QUALITATIVE = Pattern.compile("\\p{IsHan}{1,6}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Longer text is not tried: the count of cuts grows with it, and so does the chance of a wrong one. */
    private static final int MAX_TOKENS = 400;
    private static final String WRAPPED_END = "指标";
    private static final int MIN_GROUP_CELL = 4;

    private record Leading(String level1, String level2, String keyWork, int length) {
    }

    private record Candidate(SpacedRow row, int length) {
    }

    private final String[] tokens;
    private final List<TableField> leading;
    private final List<TableField> columns;
    private final BigDecimal categoryWeight;
    /** Per token: a level-1, a level-2 name the vocabulary knows (looked up once, the cut asks many times). */
    private final boolean[] level1;
    private final boolean[] level2;
    private final boolean anchored;
    /** ways[i]: the number of ways to cut tokens i.. into rows, capped at 2 (only "one" or "more" matters). */
    private final int[] ways;

    private SpacedIndicatorRows(String[] tokens, List<TableField> leading, List<TableField> columns,
                                BigDecimal categoryWeight, Vocabulary vocabulary) {
        this.tokens = tokens;
        this.leading = leading;
        this.columns = columns;
        this.categoryWeight = categoryWeight;
        this.level1 = new boolean[tokens.length];
        this.level2 = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String key = MatchKey.compact(tokens[i]);
            level1[i] = vocabulary.lookUp("level1", key).isPresent();
            level2[i] = vocabulary.lookUp("level2", key).isPresent();
        }
        this.anchored = columns.contains(TableField.WEIGHT) || columns.contains(TableField.SCORE);
        this.ways = new int[tokens.length + 1];
    }

    /**
     * The rows of the text, where one cut alone fits.
     *
     * @param leading the header's level columns before the name column (LEVEL1, LEVEL2, KEY_WORK), left to right
     * @param columns the header's columns after the name column, left to right
     * @param categoryWeight the weight the rows' level-1 cell states, or null
     */
    static Optional<List<SpacedRow>> cut(String text, List<TableField> leading, List<TableField> columns,
                                         BigDecimal categoryWeight, Vocabulary vocabulary) {
        String[] tokens = AsciiBlanks.split(text.strip());
        if (tokens.length < 2 || tokens.length > MAX_TOKENS || columns.isEmpty()
                || Arrays.stream(tokens).anyMatch(WRAPPED_END::equals)) {
            // a lone "指标" is the end of a level name wrapped in its cell ("社会" / "效益指标"), printed after the
            // row: the text lost its rows' order, no cut of it is certain
            return Optional.empty();
        }
        SpacedIndicatorRows rows = new SpacedIndicatorRows(tokens, leading, columns, categoryWeight, vocabulary);
        rows.ways[tokens.length] = 1;
        List<List<Candidate>> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            candidates.add(null);
        }
        for (int i = tokens.length - 1; i >= 0; i--) {
            List<Candidate> here = rows.candidates(i);
            candidates.set(i, here);
            int count = 0;
            for (Candidate candidate : here) {
                count = Math.min(2, count + rows.ways[i + candidate.length()]);
            }
            rows.ways[i] = count;
        }
        if (rows.ways[0] != 1) {
            return Optional.empty();
        }
        List<SpacedRow> read = new ArrayList<>();
        for (int i = 0; i < tokens.length; ) {
            Candidate next = null;
            for (Candidate candidate : candidates.get(i)) {
                if (rows.ways[i + candidate.length()] == 1) {
                    next = candidate;
                }
            }
            read.add(next.row());
            i += next.length();
        }
        return Optional.of(read);
    }

    /** Every row that can start at token {@code start}: its level cells, name and values fitting their columns. */
    private List<Candidate> candidates(int start) {
        List<Candidate> found = new ArrayList<>();
        for (Leading cells : leadings(start)) {
            int nameAt = start + cells.length();
            if (nameAt >= tokens.length || !isName(nameAt)) {
                continue;
            }
            int optional = (int) columns.stream().filter(SpacedIndicatorRows::mayBeEmpty).count();
            for (int absent = 0; absent <= optional; absent++) {
                int length = 1 + columns.size() - absent;
                if (nameAt + length <= tokens.length) {
                    GluedIndicatorRow.Reading reading = reading(nameAt, length);
                    if (reading != null) {
                        found.add(new Candidate(new SpacedRow(cells.level1(), cells.level2(), cells.keyWork(),
                                reading), cells.length() + length));
                    }
                }
            }
        }
        return found;
    }

    /** The ways the level cells of a row can be written at {@code start}, none among them. */
    private List<Leading> leadings(int start) {
        List<Leading> ways = new ArrayList<>();
        boolean level1Column = leading.contains(TableField.LEVEL1);
        boolean level2Column = leading.contains(TableField.LEVEL2);
        boolean keyWorkColumn = leading.contains(TableField.KEY_WORK);
        ways.add(new Leading(null, null, null, 0));
        if (keyWorkColumn && isGroupCell(start)) {
            ways.add(new Leading(null, null, tokens[start], 1));
        }
        if (level2Column && level2[start]) {
            ways.add(keyWorkColumn ? withKeyWork(null, tokens[start], start + 1) : new Leading(null, tokens[start],
                    null, 1));
        }
        if (level1Column && level1[start]) {
            if (!level2Column) {
                ways.add(keyWorkColumn ? withKeyWork(tokens[start], null, start + 1)
                        : new Leading(tokens[start], null, null, 1));
            } else if (isGroupCell(start + 1)) {
                ways.add(keyWorkColumn ? withKeyWork(tokens[start], tokens[start + 1], start + 2)
                        : new Leading(tokens[start], tokens[start + 1], null, 2));
            }
        }
        return ways.stream().filter(way -> way != null).toList();
    }

    /** Level cells followed by the key work at {@code at}, a new group having a key work of its own; or null. */
    private Leading withKeyWork(String level1, String level2, int at) {
        if (!isGroupCell(at)) {
            return null;
        }
        int length = 1 + (level1 == null ? 0 : 1) + (level2 == null ? 0 : 1);
        return new Leading(level1, level2, tokens[at], length);
    }

    /**
     * A level-2 or key-work cell: a level-2 name the vocabulary knows, or name-like text of a few words at least
     * ("履行主责主业职能"; not "社会", the first line of a wrapped "社会效益指标"), no level-1 name.
     */
    private boolean isGroupCell(int at) {
        return at < tokens.length && NAME.matcher(tokens[at]).matches() && !level1[at]
                && (level2[at] || tokens[at].length() >= MIN_GROUP_CELL);
    }

    private boolean isName(int at) {
        return NAME.matcher(tokens[at]).matches() && !level1[at];
    }

    /** The row of tokens start..start+length, or null when they do not fit the columns. */
    private GluedIndicatorRow.Reading reading(int start, int length) {
        int absent = 1 + columns.size() - length;
        String[] values = new String[columns.size()];
        int next = start + 1;
        // the optional columns left empty are the last ones
        int optionalSeen = 0;
        int optional = (int) columns.stream().filter(SpacedIndicatorRows::mayBeEmpty).count();
        for (int c = 0; c < columns.size(); c++) {
            TableField field = columns.get(c);
            if (mayBeEmpty(field) && optionalSeen++ >= optional - absent) {
                continue;
            }
            int at = next++;
            String token = tokens[at];
            if ((field == TableField.WEIGHT || field == TableField.SCORE) && !POINTS.matcher(token).matches()) {
                return null;
            }
            if (isValue(field) && !fitsValue(at)) {
                return null;
            }
            values[c] = token;
        }
        if (next != start + length) {
            return null;
        }
        GluedIndicatorRow.Reading reading = new GluedIndicatorRow.Reading(tokens[start], Arrays.asList(values),
                columns);
        return agrees(reading) ? reading : null;
    }

    /** A target or actual cell: never a level name; in a table without figures to anchor it, a value's shape. */
    private boolean fitsValue(int at) {
        if (level1[at] || level2[at]) {
            return false;
        }
        return anchored || FIGURE.matcher(tokens[at]).matches() || QUALITATIVE.matcher(tokens[at]).matches();
    }

    private boolean agrees(GluedIndicatorRow.Reading reading) {
        String weightText = reading.value(TableField.WEIGHT);
        String scoreText = reading.value(TableField.SCORE);
        BigDecimal weight = weightText == null ? null : new BigDecimal(weightText);
        BigDecimal score = scoreText == null ? null : new BigDecimal(scoreText);
        if (weight != null && (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0
                || categoryWeight != null && weight.compareTo(categoryWeight) > 0)) {
            return false;
        }
        if (!anchored && !targetsAlike(reading)) {
            return false;
        }
        return score == null || weight == null || score.compareTo(weight) <= 0;
    }

    /** The half-year and full-year targets of a target table: both figures or both words. */
    private static boolean targetsAlike(GluedIndicatorRow.Reading reading) {
        String half = reading.value(TableField.TARGET_HALF);
        String full = reading.value(TableField.TARGET);
        return half == null || full == null || FIGURE.matcher(half).matches() == FIGURE.matcher(full).matches();
    }

    private static boolean isValue(TableField field) {
        return field == TableField.TARGET || field == TableField.TARGET_HALF || field == TableField.ACTUAL
                || field == TableField.PRIOR_ACTUAL;
    }

    private static boolean mayBeEmpty(TableField field) {
        return field == TableField.REASON || field == TableField.IGNORED;
    }
}
