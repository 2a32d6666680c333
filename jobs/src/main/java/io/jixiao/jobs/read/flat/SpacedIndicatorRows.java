package io.jixiao.jobs.read.flat;

import io.jixiao.jobs.read.table.TableField;
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
 */
final class SpacedIndicatorRows {

    private static final Pattern POINTS = Pattern.compile("(0|[1-9]\\d{0,2})(\\.\\d{1,2})?");
    private static final Pattern NAME = Pattern.compile("[^\\d≥≤<>=≧≦＞＜＝.%-].*\\p{IsHan}.*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Longer text is not tried: the count of cuts grows with it, and so does the chance of a wrong one. */
    private static final int MAX_TOKENS = 400;

    private final String[] tokens;
    private final List<TableField> columns;
    private final BigDecimal categoryWeight;
    /** ways[i]: the number of ways to cut tokens i.. into rows, capped at 2 (only "one" or "more" matters). */
    private final int[] ways;

    private SpacedIndicatorRows(String[] tokens, List<TableField> columns, BigDecimal categoryWeight) {
        this.tokens = tokens;
        this.columns = columns;
        this.categoryWeight = categoryWeight;
        this.ways = new int[tokens.length + 1];
    }

    /**
     * The rows of the text, where one cut alone fits.
     *
     * @param columns the header's columns after the name column, left to right
     * @param categoryWeight the weight the rows' level-1 cell states, or null
     */
    static Optional<List<GluedIndicatorRow.Reading>> cut(String text, List<TableField> columns,
                                                         BigDecimal categoryWeight) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length < 2 || tokens.length > MAX_TOKENS || columns.isEmpty()) {
            return Optional.empty();
        }
        SpacedIndicatorRows rows = new SpacedIndicatorRows(tokens, columns, categoryWeight);
        rows.ways[tokens.length] = 1;
        for (int i = tokens.length - 1; i >= 0; i--) {
            int count = 0;
            for (int length : rows.rowLengths(i)) {
                count = Math.min(2, count + rows.ways[i + length]);
            }
            rows.ways[i] = count;
        }
        if (rows.ways[0] != 1) {
            return Optional.empty();
        }
        List<GluedIndicatorRow.Reading> readings = new ArrayList<>();
        for (int i = 0; i < tokens.length; ) {
            int next = -1;
            for (int length : rows.rowLengths(i)) {
                if (rows.ways[i + length] == 1) {
                    next = length;
                }
            }
            readings.add(rows.reading(i, next));
            i += next;
        }
        return Optional.of(readings);
    }

    /** The token counts a row starting at token {@code start} can take: each a row whose cells fit their columns. */
    private List<Integer> rowLengths(int start) {
        List<Integer> lengths = new ArrayList<>();
        if (!NAME.matcher(tokens[start]).matches()) {
            return lengths;
        }
        int optional = (int) columns.stream().filter(SpacedIndicatorRows::mayBeEmpty).count();
        for (int absent = 0; absent <= optional; absent++) {
            int length = 1 + columns.size() - absent;
            if (start + length <= tokens.length && fits(start, length)) {
                lengths.add(length);
            }
        }
        return lengths;
    }

    /** Whether tokens start.. make a row: the optional columns empty from the right as the count requires. */
    private boolean fits(int start, int length) {
        return reading(start, length) != null;
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
            String token = tokens[next++];
            if ((field == TableField.WEIGHT || field == TableField.SCORE) && !POINTS.matcher(token).matches()) {
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

    private boolean agrees(GluedIndicatorRow.Reading reading) {
        String weightText = reading.value(TableField.WEIGHT);
        String scoreText = reading.value(TableField.SCORE);
        BigDecimal weight = weightText == null ? null : new BigDecimal(weightText);
        BigDecimal score = scoreText == null ? null : new BigDecimal(scoreText);
        if (weight != null && (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0
                || categoryWeight != null && weight.compareTo(categoryWeight) > 0)) {
            return false;
        }
        return score == null || weight == null || score.compareTo(weight) <= 0;
    }

    private static boolean mayBeEmpty(TableField field) {
        return field == TableField.REASON || field == TableField.IGNORED;
    }
}
