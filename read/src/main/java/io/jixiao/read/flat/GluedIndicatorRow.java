package io.jixiao.read.flat;

import io.jixiao.read.table.TableField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an indicator row whose cells were glued together ("免费发放原原种8550万粒550万粒8") into its name and the
 * header's value columns (分值 | 年度指标值 | 全年实际值 | 得分 …). Every cut where each cell fits its column is
 * tried: weights and scores are numbers, targets and actuals a value (comparator, number, unit: "≥90%", "550万粒")
 * or a short qualitative word, notes and reasons any text not cut from a figure, trailing ones perhaps empty. A cut
 * is kept where 0 < 分值,
 * 得分 ≤ 分值 and 分值 ≤ the category's weight ("产出指标(40分)"). When several are kept, those whose target and actual
 * are written alike and score the full weight are preferred; one reading must remain, else the row is not cut. A
 * cut inside a run of digits needs that confirmation itself.
 */
final class GluedIndicatorRow {

    private static final Pattern POINTS = Pattern.compile("(0|[1-9]\\d{0,2})(\\.\\d{1,2})?");
    private static final Pattern VALUE = Pattern.compile(
            "[≥≤<>=≧≦＞＜＝]?(0|[1-9]\\d{0,8})(\\.\\d{1,4})?(%|\\p{IsHan}{1,4}(/\\p{IsHan}{1,3})?)?");
    private static final Pattern QUALITATIVE = Pattern.compile("\\p{IsHan}{1,8}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_READINGS = 2_000;
    private static final int MAX_CELL = 24;
    /** Longer text is no single indicator row (a level name lost, notes run together): it is not tried. */
    private static final int MAX_ROW = 300;

    /** The row read: its name and the text under each value column, in the columns' order (null: empty). */
    record Reading(String name, List<String> values, List<TableField> columns) {

        String value(TableField field) {
            int index = columns.indexOf(field);
            return index < 0 ? null : values.get(index);
        }
    }

    private GluedIndicatorRow() {
    }

    /**
     * @param columns the header's columns after the name column, left to right
     * @param categoryWeight the weight the row's level-1 cell states, or null
     */
    static Optional<Reading> cut(String text, List<TableField> columns, BigDecimal categoryWeight) {
        if (text.length() > MAX_ROW) {
            return Optional.empty();
        }
        List<Reading> readings = new ArrayList<>();
        for (int nameEnd = 1; nameEnd < text.length() && readings.size() < MAX_READINGS; nameEnd++) {
            char before = text.charAt(nameEnd - 1);
            if (!Character.isDigit(text.charAt(nameEnd)) && !isComparator(text.charAt(nameEnd))
                    || isFigure(before) || isComparator(before)) {
                // the name ends where a figure starts, never inside one
                continue;
            }
            String name = text.substring(0, nameEnd).strip();
            // values written with blanks between them are cut at the blanks only
            boolean spaced = text.substring(nameEnd).strip().chars().anyMatch(Character::isWhitespace);
            List<List<String>> found = new ArrayList<>();
            place(text, nameEnd, spaced, columns, 0, new String[columns.size()], found);
            for (List<String> values : found) {
                Reading reading = new Reading(name, values, columns);
                if (agrees(reading, categoryWeight) && (spaced || !cutInsideDigits(values) || fullAndAlike(reading))) {
                    readings.add(reading);
                }
            }
        }
        List<Reading> kept = preferred(readings);
        return kept.size() == 1 ? Optional.of(kept.get(0)) : Optional.empty();
    }

    private static List<Reading> preferred(List<Reading> readings) {
        if (readings.size() <= 1) {
            return readings;
        }
        List<Reading> alike = readings.stream().filter(GluedIndicatorRow::fullAndAlike).toList();
        return alike.isEmpty() ? readings : alike;
    }

    private static boolean fullAndAlike(Reading reading) {
        String target = reading.value(TableField.TARGET);
        String weight = reading.value(TableField.WEIGHT);
        return target != null && target.equals(reading.value(TableField.ACTUAL)) && weight != null
                && weight.equals(reading.value(TableField.SCORE));
    }

    private static void place(String text, int from, boolean spaced, List<TableField> columns, int column,
                              String[] values, List<List<String>> out) {
        if (out.size() >= MAX_READINGS) {
            return;
        }
        int at = from;
        // blanks, where the text has them, stand between cells
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (column == columns.size()) {
            if (at == text.length()) {
                out.add(Arrays.asList(values.clone()));
            }
            return;
        }
        TableField field = columns.get(column);
        if (isText(field)) {
            // a note or reason: any text, but never cut from a figure ("12.5完成值…" is not 1 | 2.5完成值…); the last
            // text columns take the rest, another text column ends before a figure
            if (at < text.length() && isFigure(text.charAt(at))) {
                return;
            }
            boolean last = columns.subList(column + 1, columns.size()).stream().allMatch(GluedIndicatorRow::isText);
            if (last) {
                String rest = text.substring(at).strip();
                values[column] = rest.isEmpty() ? null : rest;
                place(text, text.length(), spaced, columns, columns.size(), values, out);
                values[column] = null;
                return;
            }
            for (int end = at + 1; end <= text.length(); end++) {
                if (isFigure(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1))
                        || spaced && !endsAtBlank(text, end)) {
                    continue;
                }
                values[column] = text.substring(at, end).strip();
                place(text, end, spaced, columns, column + 1, values, out);
            }
            values[column] = null;
            return;
        }
        Pattern grammar = field == TableField.WEIGHT || field == TableField.SCORE ? POINTS : VALUE;
        Matcher matcher = grammar.matcher(text);
        for (int end = at + 1; end <= Math.min(text.length(), at + MAX_CELL); end++) {
            String cell = text.substring(at, end);
            boolean fits = matcher.region(at, end).matches()
                    || grammar == VALUE && QUALITATIVE.matcher(cell).matches();
            if (fits && (!spaced || endsAtBlank(text, end))) {
                values[column] = cell;
                place(text, end, spaced, columns, column + 1, values, out);
                values[column] = null;
            }
        }
    }

    /**
     * Whether two neighbouring cells were cut out of one run of digits ("8535.5亩" as 8 | 5 | 3 | 5.5 | 亩): such a cut
     * is taken only where the form's figures confirm it (target and actual alike, full score), as in
     * "8550万粒550万粒8" = 8 | 550万粒 | 550万粒 | 8.
     */
    private static boolean cutInsideDigits(List<String> values) {
        String before = null;
        for (String value : values) {
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (before != null && isDigitOrPoint(before.charAt(before.length() - 1)) && isDigitOrPoint(value.charAt(0))) {
                return true;
            }
            before = value;
        }
        return false;
    }

    private static boolean isDigitOrPoint(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    private static boolean endsAtBlank(String text, int end) {
        return end == text.length() || Character.isWhitespace(text.charAt(end));
    }

    private static boolean isFigure(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == '%';
    }

    private static boolean isText(TableField field) {
        return field == TableField.REASON || field == TableField.IGNORED;
    }

    private static boolean isComparator(char c) {
        return "≥≤<>=≧≦＞＜＝".indexOf(c) >= 0;
    }

    private static boolean agrees(Reading reading, BigDecimal categoryWeight) {
        BigDecimal weight = number(reading.value(TableField.WEIGHT));
        BigDecimal score = number(reading.value(TableField.SCORE));
        if (weight != null && (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0
                || categoryWeight != null && weight.compareTo(categoryWeight) > 0)) {
            return false;
        }
        return score == null || weight == null || score.compareTo(weight) <= 0;
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
