package io.jixiao.jobs.read.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers in amount, weight, rate and score cells, kept at the scale written (216.86 stays 216.86, 10 stays 10). */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");
    private static final Pattern ABSENT = Pattern.compile("[-—–－/／]*");

    private Numbers() {
    }

    /** A plain number, optionally followed by %. */
    static boolean isNumber(String cell) {
        return NUMBER.matcher(cell.strip().replace(",", "")).matches();
    }

    /** Empty, "-", "—" or "/": not applicable. */
    static boolean isAbsent(String cell) {
        return ABSENT.matcher(Labels.compact(cell)).matches();
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
