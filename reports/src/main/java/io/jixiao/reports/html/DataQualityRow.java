package io.jixiao.reports.html;

import java.util.Map;

/**
 * One data-quality finding as the report lists it.
 *
 * @param rule      the rule's code, e.g. {@code total_score_mismatch}
 * @param severity  {@code error}, {@code warning} or {@code info}
 * @param message   the message as stored (English), shown where the finding bundles cannot render the rule
 * @param source    where in the source document, e.g. {@code 002_13d1e6413ad98fbc.txt:153}
 * @param arguments the other values the rule's message names ({@code findings.arguments}); empty in a warehouse
 *                  written before they were stored
 */
public record DataQualityRow(String unit, String project, int year, String rule, String severity, String message,
                             String expected, String actual, String source, Map<String, String> arguments) {

    public DataQualityRow {
        arguments = Map.copyOf(arguments);
    }

    /** A finding without stored arguments, as a warehouse written before they were stored gives it. */
    public DataQualityRow(String unit, String project, int year, String rule, String severity, String message,
                          String expected, String actual, String source) {
        this(unit, project, year, rule, severity, message, expected, actual, source, Map.of());
    }
}
