package io.jixiao.corpus.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Number cells as the documents write them, and the value a reader takes from each (at the scale written). */
final class Cells {

    private static final Pattern ABSENT = Pattern.compile("[-—/]+");

    private Cells() {
    }

    /** Two decimals, as Shanghai forms write amounts, weights and scores: 230.00. */
    static String fixed(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Without trailing zeros, as Changji forms write them: 100, 36.46, 98.8. */
    static String plain(BigDecimal value) {
        BigDecimal scaled = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (scaled.scale() < 0 ? scaled.setScale(0) : scaled).toPlainString();
    }

    /** The number a reader takes from a cell: null for empty, "-", "—" or "/", a trailing % dropped. */
    static BigDecimal value(String cell) {
        String text = cell.strip();
        if (text.isEmpty() || ABSENT.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
