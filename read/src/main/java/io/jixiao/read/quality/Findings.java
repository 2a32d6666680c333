package io.jixiao.read.quality;

import io.jixiao.schema.finding.FindingRule;
import io.jixiao.schema.finding.FindingText;
import io.jixiao.schema.model.Finding;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Builds findings with figures written as plain decimals and the English message from the finding bundle, so that
 * the stored message and the message in each language are one text.
 */
public final class Findings {

    /** Stated and recomputed figures closer than this agree (the documents round to 2 decimals). */
    static final BigDecimal TOLERANCE = new BigDecimal("0.015");

    private static final FindingText ENGLISH = FindingText.english();

    private Findings() {
    }

    static Finding of(FindingRule rule, Severity severity, Object expected, Object actual, int line) {
        return of(rule, severity, expected, actual, line, Map.of());
    }

    /** {@code arguments}: the values the rule's message names besides expected and actual. */
    public static Finding of(FindingRule rule, Severity severity, Object expected, Object actual, int line,
                             Map<String, String> arguments) {
        String expectedText = text(expected);
        String actualText = text(actual);
        String message = ENGLISH.message(rule.code(), expectedText, actualText, arguments, null);
        return new Finding(rule, severity.code(), message, expectedText, actualText, line, arguments);
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
