package io.jixiao.read.table;

import io.jixiao.read.layout.MatchKey;

import java.math.BigDecimal;

/** Numbers in amount, weight, rate and score cells, kept at the scale written (216.86 stays 216.86, 10 stays 10). */
public final class NumberCells {

    private static final String ABSENT_CHARACTERS = "-—–－/／";

    private NumberCells() {
    }

    /** A plain number: optional sign, digits, optional decimals, optional trailing %; thousands commas allowed. */
    public static boolean isNumber(String cell) {
        return !cell.isEmpty() && cell.length() <= 30 && isPlainNumber(cell.strip().replace(",", ""));
    }

    private static boolean isPlainNumber(String text) {
        int end = text.endsWith("%") ? text.length() - 1 : text.length();
        int i = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        while (i < end && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && text.charAt(i) == '.') {
            i++;
            int decimals = 0;
            while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                decimals++;
            }
            if (decimals == 0) {
                return false;
            }
        }
        return i == end;
    }

    /** A cell a figure column may hold: a number, or a mark that it has none ({@link #isAbsent}). */
    public static boolean isFigure(String cell) {
        return isNumber(cell) || isAbsent(cell);
    }

    /** Empty, "-", "—" or "/": not applicable. */
    public static boolean isAbsent(String cell) {
        String key = MatchKey.compact(cell);
        for (int i = 0; i < key.length(); i++) {
            if (ABSENT_CHARACTERS.indexOf(key.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The cell's number, null when absent; {@code "100%"} reads as 100. Throws when the cell holds other text. */
    public static BigDecimal parse(String cell) {
        if (isAbsent(cell)) {
            return null;
        }
        String text = cell.strip().replace(",", "");
        if (!isPlainNumber(text)) {
            throw new NumberFormatException(cell);
        }
        return new BigDecimal(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
    }
}
