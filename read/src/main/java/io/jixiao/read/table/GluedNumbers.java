package io.jixiao.read.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cuts a fund row's figures that lost their cell borders ("310.2154.741050%5", "2456.182456.182456.1810100%10") into
 * the columns of the fund header above them. Every cut the number grammar allows is tried; a cut is kept only where
 * the form's arithmetic agrees: 执行率 = 执行数 / 预算数 within the rate's rounding, 0 < 分值 ≤ 100, 得分 ≤ 分值, each
 * figure of a sub-row at most the total row's, amounts cut from glued figures with at most two decimals. When several cuts agree, those whose amounts all have two decimals (as amounts in 万元 are kept), then those
 * whose score is 分值 × 执行率, are preferred; a cut is returned only when one remains, else none.
 *
 * <p>Blanks and line breaks inside the run are cell borders; "-", "—" and "/" are empty cells of their own.
 */
public final class GluedNumbers {

    private static final String ABSENT = "-—–－/／";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int USUAL_DECIMALS = 2;
    private static final int MAX_CANDIDATES = 20_000;
    private static final int MAX_FIGURE = 16;

    private GluedNumbers() {
    }

    /** Whether a character may belong to a run of glued figures. */
    public static boolean isRunCharacter(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == '%' || ABSENT.indexOf(c) >= 0;
    }

    /**
     * The run's figures under {@code columns} (null where a column stays empty), or empty when no single cut agrees.
     *
     * @param bounds the total row's figures by column, which a sub-row's may not exceed; empty for the total row
     */
    public static Optional<List<String>> cut(String run, List<TableField> columns, Map<TableField, BigDecimal> bounds) {
        List<String> pieces = pieces(run);
        if (run.length() > MAX_FIGURE * columns.size() || pieces.isEmpty() || pieces.stream().noneMatch(piece -> piece.chars().anyMatch(Character::isDigit))) {
            return Optional.empty();
        }
        List<List<String>> tokenings = new ArrayList<>();
        tokenize(pieces, 0, columns.size(), new ArrayList<>(), tokenings);
        if (tokenings.size() >= MAX_CANDIDATES) {
            return Optional.empty();
        }
        List<Reading> readings = new ArrayList<>();
        for (List<String> tokens : tokenings) {
            Glue glue = Glue.of(pieces, tokens);
            for (List<TableField> placement : placements(columns, tokens.size())) {
                Reading reading = Reading.of(tokens, placement, columns, !glue.cut());
                if (reading != null && reading.agrees(bounds) && (reading.rateChecked() || glue.safeUnchecked(bounds))
                        && (!glue.cut() || reading.amountDecimals(false))) {
                    readings.add(reading);
                }
            }
        }
        readings = preferred(readings, reading -> reading.amountDecimals(true));
        readings = preferred(readings, Reading::scoreFollowsRate);
        List<List<String>> distinct = readings.stream().map(Reading::cells).distinct().toList();
        return distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty();
    }

    /** The readings that pass {@code test}, when some do; else all of them. */
    private static List<Reading> preferred(List<Reading> readings, java.util.function.Predicate<Reading> test) {
        List<Reading> passing = readings.stream().filter(test).toList();
        return passing.isEmpty() ? readings : passing;
    }

    /** The run split at blanks, line breaks and empty-cell marks (which stay as pieces of their own). */
    static List<String> pieces(String run) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (ABSENT.indexOf(c) >= 0 || Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                if (!piece.isEmpty()) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                if (ABSENT.indexOf(c) >= 0) {
                    pieces.add("-");
                }
            } else {
                piece.append(c);
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** Every way of cutting each piece into tokens of the number grammar. */
    private static void tokenize(List<String> pieces, int index, int maxTokens, List<String> tokens,
                                 List<List<String>> out) {
        if (out.size() >= MAX_CANDIDATES || tokens.size() > maxTokens) {
            return;
        }
        if (index == pieces.size()) {
            out.add(List.copyOf(tokens));
            return;
        }
        String piece = pieces.get(index);
        if (piece.equals("-")) {
            tokens.add(piece);
            tokenize(pieces, index + 1, maxTokens, tokens, out);
            tokens.remove(tokens.size() - 1);
            return;
        }
        cutPiece(piece, 0, maxTokens, tokens, pieces, index, out);
    }

    private static void cutPiece(String piece, int from, int maxTokens, List<String> tokens, List<String> pieces,
                                 int index, List<List<String>> out) {
        if (from == piece.length()) {
            tokenize(pieces, index + 1, maxTokens, tokens, out);
            return;
        }
        if (tokens.size() >= maxTokens) {
            return;
        }
        for (int end = from + 1; end <= piece.length(); end++) {
            if (isToken(piece, from, end)) {
                tokens.add(piece.substring(from, end));
                cutPiece(piece, end, maxTokens, tokens, pieces, index, out);
                tokens.remove(tokens.size() - 1);
            }
        }
    }

    /**
     * Whether {@code text[from, end)} is a figure: no leading zero, at most nine whole digits and four decimals, an
     * optional %, as {@code (0|[1-9]\\d{0,8})(\\.\\d{1,4})?%?} matches it. Scanned by hand: that expression, matched on
     * every cut of every run, was most of the time spent reading real documents.
     */
    static boolean isToken(String text, int from, int end) {
        if (from >= end || !isDigit(text.charAt(from))) {
            return false;
        }
        int i = from + 1;
        if (text.charAt(from) != '0') {
            while (i < end && i - from < 9 && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < end && text.charAt(i) == '.') {
            int decimals = ++i;
            while (i < end && i - decimals < 4 && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == decimals) {
                return false;
            }
        }
        if (i < end && text.charAt(i) == '%') {
            i++;
        }
        return i == end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Which columns {@code count} tokens may fill, left to right: all of them; or the amount columns only (a sub-row
     * without weight, rate and score); or all but trailing columns after the rate (a score cell left empty); or, one
     * cell short of a row with a rate, all but any one column other than the rate.
     */
    private static List<List<TableField>> placements(List<TableField> columns, int count) {
        List<List<TableField>> placements = new ArrayList<>();
        if (count == columns.size()) {
            placements.add(columns);
        }
        List<TableField> amounts = columns.stream().filter(GluedNumbers::isAmount).toList();
        if (count == amounts.size() && count < columns.size()) {
            placements.add(amounts);
        }
        int rate = columns.indexOf(TableField.RATE);
        if (rate >= 0 && count > rate && count < columns.size()) {
            placements.add(columns.subList(0, count));
        }
        if (rate >= 0 && count == columns.size() - 1 && count > amounts.size()) {
            // one cell lost from a row with a rate: an empty cell collapsed anywhere, not only the score's ("年度资金总额
            // 104.39 102.18 10.00 97.88 9.79" lost its 年初预算数); where two places agree, nothing is read
            for (int i = 0; i < columns.size(); i++) {
                List<TableField> fewer = new ArrayList<>(columns);
                fewer.remove(i);
                if (i != rate && !placements.contains(fewer)) {
                    placements.add(fewer);
                }
            }
        }
        return placements;
    }

    static boolean isAmount(TableField field) {
        return field == TableField.INITIAL || field == TableField.FULL_YEAR || field == TableField.EXECUTED
                || field == TableField.HALF_YEAR;
    }

    private static int decimals(String token) {
        String digits = token.endsWith("%") ? token.substring(0, token.length() - 1) : token;
        int dot = digits.indexOf('.');
        return dot < 0 ? 0 : digits.length() - dot - 1;
    }

    /**
     * How a tokenization cut the run's pieces. A cut no rate checks needs other evidence: the total row's figures
     * bounding it, and decimal points in every token cut from a piece ("310.2|154.74"), since glued whole numbers
     * ("156.2" as 1 | 5 | 6.2) can be cut anywhere.
     */
    private record Glue(boolean cut, boolean cutWholeNumber) {

        static Glue of(List<String> pieces, List<String> tokens) {
            boolean cut = false;
            boolean whole = false;
            int next = 0;
            for (String piece : pieces) {
                List<String> parts = new ArrayList<>();
                int length = 0;
                while (length < piece.length()) {
                    String token = tokens.get(next++);
                    parts.add(token);
                    length += token.length();
                }
                if (parts.size() > 1) {
                    cut = true;
                    whole |= parts.stream().anyMatch(part -> part.indexOf('.') < 0 && !part.endsWith("%"));
                }
            }
            return new Glue(cut, whole);
        }

        boolean safeUnchecked(Map<TableField, BigDecimal> bounds) {
            return !cut || !bounds.isEmpty() && !cutWholeNumber;
        }
    }

    /** One way of reading the run: each token under a column. */
    private record Reading(Map<TableField, String> written, List<String> cells) {

        /**
         * @param wholeCells whether every token is a whole piece of the run (blanks between the figures): a rate may
         *                   then lack its "%" (a header "执行率(%)" says it), the arithmetic still checks it
         */
        static Reading of(List<String> tokens, List<TableField> placement, List<TableField> columns,
                          boolean wholeCells) {
            Map<TableField, String> written = new EnumMap<>(TableField.class);
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                TableField field = placement.get(i);
                boolean percent = token.endsWith("%");
                boolean bareRate = wholeCells && field == TableField.RATE;
                if (percent != (field == TableField.RATE) && !bareRate && !token.equals("-")) {
                    return null;
                }
                if (written.put(field, token) != null) {
                    return null;
                }
            }
            String[] cells = new String[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                String token = written.get(columns.get(i));
                cells[i] = token == null || token.equals("-") ? null : token;
            }
            return new Reading(written, Arrays.asList(cells));
        }

        private BigDecimal value(TableField field) {
            String token = written.get(field);
            return token == null || token.equals("-") ? null : NumberCells.parse(token);
        }

        boolean agrees(Map<TableField, BigDecimal> bounds) {
            BigDecimal weight = value(TableField.WEIGHT);
            BigDecimal score = value(TableField.SCORE);
            BigDecimal rate = value(TableField.RATE);
            if (weight != null && (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0)) {
                return false;
            }
            if (score != null && (score.compareTo(HUNDRED) > 0 || weight != null && score.compareTo(weight) > 0)) {
                return false;
            }
            for (Map.Entry<TableField, BigDecimal> bound : bounds.entrySet()) {
                BigDecimal mine = isAmount(bound.getKey()) ? value(bound.getKey()) : null;
                if (mine != null && mine.compareTo(bound.getValue()) > 0) {
                    return false;
                }
            }
            if (rate == null) {
                return true;
            }
            BigDecimal budget = value(TableField.FULL_YEAR) != null ? value(TableField.FULL_YEAR)
                    : value(TableField.INITIAL);
            BigDecimal executed = value(TableField.EXECUTED);
            if (budget != null && executed != null && budget.signum() == 0 && executed.signum() == 0) {
                // a line without money: its rate is written 0
                return rate.signum() == 0;
            }
            if (budget == null || executed == null || budget.signum() == 0) {
                return false;
            }
            BigDecimal computed = executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64);
            return computed.subtract(rate).abs().compareTo(unit(written.get(TableField.RATE))) <= 0;
        }

        /** Whether the rate was checked against the amounts (a reading with a rate is kept only if it agrees). */
        boolean rateChecked() {
            return value(TableField.RATE) != null;
        }

        /** Whether every amount has two decimals ({@code exactly}), or at most two. */
        boolean amountDecimals(boolean exactly) {
            return written.entrySet().stream().filter(entry -> isAmount(entry.getKey()))
                    .map(entry -> decimals(entry.getValue()))
                    .allMatch(decimals -> exactly ? decimals == USUAL_DECIMALS : decimals <= USUAL_DECIMALS);
        }

        /** 得分 = 分值 × min(执行率, 100%) within the score's rounding (or 0.01, whichever is larger). */
        boolean scoreFollowsRate() {
            BigDecimal weight = value(TableField.WEIGHT);
            BigDecimal score = value(TableField.SCORE);
            BigDecimal rate = value(TableField.RATE);
            if (weight == null || score == null || rate == null) {
                return true;
            }
            BigDecimal expected = weight.multiply(rate.min(HUNDRED)).divide(HUNDRED, MathContext.DECIMAL64);
            BigDecimal tolerance = unit(written.get(TableField.SCORE)).max(new BigDecimal("0.01"));
            return expected.subtract(score).abs().compareTo(tolerance) <= 0;
        }

        /** One unit of the token's last written digit: "50%" → 1, "86.5%" → 0.1. */
        private static BigDecimal unit(String token) {
            return BigDecimal.ONE.movePointLeft(decimals(token));
        }
    }
}
