package io.jixiao.jobs.read.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers in amount, weight, rate and score cells, kept at the scale written (216.86 stays 216.86, 10 stays 10). */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");
    private static final String ABSENT_CHARACTERS = "-—–－/／";

    private Numbers() {
    }

    /** A plain number, optionally followed by %. */
    static boolean isNumber(String cell) {
        if (cell.isEmpty() || cell.length() > 30) {
            return false;
        }
        char first = cell.charAt(0);
        if (!(first >= '0' && first <= '9') && first != '-' && first != '+' && !Character.isWhitespace(first)) {
            return false;
        }
        return NUMBER.matcher(cell.strip().replace(",", "")).matches();
    }

    /** Empty, "-", "—" or "/": not applicable. */
    static boolean isAbsent(String cell) {
        String key = Labels.compact(cell);
        for (int i = 0; i < key.length(); i++) {
            if (ABSENT_CHARACTERS.indexOf(key.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The cell's number, null when absent; {@code "100%"} reads as 100. Throws when the cell holds other text. */
    static BigDecimal parse(String cell) {
        if (isAbsent(cell)) {
            return null;
        }
        String text = cell.strip().replace(",", "");
        if (!NUMBER.matcher(text).matches()) {
            throw new NumberFormatException(cell);
        }
        return new BigDecimal(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
    }
}
