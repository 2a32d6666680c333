package io.jixiao.reports.output;

import java.math.BigDecimal;

/** The text of one value in the text formats: plain decimals (no exponent, no trailing zeros), empty for null. */
final class TextFormatValue {

    private TextFormatValue() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return plain(decimal);
        }
        if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite() ? number.toString() : plain(BigDecimal.valueOf(number));
        }
        return value.toString();
    }

    private static String plain(BigDecimal decimal) {
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }
}
