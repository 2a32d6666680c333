package io.jixiao.jobs.quality;

import io.jixiao.schema.model.Finding;

import java.math.BigDecimal;

/** Builds findings with figures written as plain decimals. */
final class Findings {

    /** Stated and recomputed figures closer than this agree (the documents round to 2 decimals). */
    static final BigDecimal TOLERANCE = new BigDecimal("0.015");

    private Findings() {
    }

    static Finding of(String rule, Severity severity, String message, Object expected, Object actual, int line) {
        return new Finding(rule, severity.code(), message, text(expected), text(actual), line);
    }

    static boolean differ(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.subtract(b).abs().compareTo(TOLERANCE) > 0;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}
